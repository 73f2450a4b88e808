import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../clients/transport/errors.js';
import { InputError } from '../resolvers/errors.js';
import { createErrorMasker } from '../server/errors.js';

const located = (original: Error) => new GraphQLError(original.message, { path: ['ticket'], originalError: original });

describe('error masking', () => {
  it('hides an unexpected error entirely in production', () => {
    const masked = createErrorMasker(false)(located(new Error('db password is hunter2')), 'Unexpected error.') as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(JSON.stringify(masked.toJSON())).not.toContain('hunter2');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', unexpected: true });
  });

  it('shows the original message only in development', () => {
    const masked = createErrorMasker(true)(located(new Error('a bug')), 'Unexpected error.') as GraphQLError;
    expect(JSON.stringify(masked.toJSON())).toContain('a bug');
  });

  it('keeps typed upstream and input errors, with their path, in production', () => {
    const upstream = createErrorMasker(false)(
      located(new UpstreamError({ code: 'UPSTREAM_REJECTED', vendor: 'zendesk', message: 'x', status: 403, vendorMessage: 'Forbidden' })),
      'Unexpected error.',
    ) as GraphQLError;
    expect(upstream.toJSON()).toEqual({
      message: 'zendesk rejected the request: Forbidden',
      path: ['ticket'],
      extensions: { code: 'UPSTREAM_REJECTED', vendor: 'zendesk', status: 403 },
    });
    const input = createErrorMasker(false)(located(new InputError([{ field: 'first', message: 'too big' }])), 'x') as GraphQLError;
    expect(input.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ field: 'first', message: 'too big' }] });
  });
});
