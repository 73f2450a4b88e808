import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../clients/transport/errors.js';
import { InputError } from '../domain/errors.js';
import { createErrorMasker } from './errors.js';
import { createLogger } from './logger.js';
import { runInRequestScope } from '../resolvers/request-scope.js';

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
      located(new UpstreamError({ code: 'UPSTREAM_REJECTED', vendor: 'zendesk', message: 'x', status: 422, vendorMessage: 'Subject: cannot be blank' })),
      'Unexpected error.',
    ) as GraphQLError;
    expect(upstream.toJSON()).toEqual({
      message: 'zendesk rejected the request: Subject: cannot be blank',
      path: ['ticket'],
      extensions: { code: 'UPSTREAM_REJECTED', vendor: 'zendesk', status: 422 },
    });
    const input = createErrorMasker(false)(located(new InputError([{ field: 'first', message: 'too big' }])), 'x') as GraphQLError;
    expect(input.extensions).toEqual({ code: 'BAD_USER_INPUT', issues: [{ field: 'first', message: 'too big' }] });
  });

  it("drops a vendor's words about our own credentials in production (401, 403), keeping code and status", () => {
    const error = new UpstreamError({
      code: 'UPSTREAM_REJECTED',
      vendor: 'bomgar',
      message: 'bomgar answered 403 to GET /api/command?token=s3cret',
      status: 403,
      vendorMessage: 'API account switchboard-api lacks the permission "Allowed to use the reporting API"',
    });
    const production = createErrorMasker(false)(located(error), 'Unexpected error.') as GraphQLError;
    expect(production.toJSON()).toEqual({ message: 'bomgar rejected the request', path: ['ticket'], extensions: { code: 'UPSTREAM_REJECTED', vendor: 'bomgar', status: 403 } });
    const development = createErrorMasker(true)(located(error), 'Unexpected error.') as GraphQLError;
    expect(development.message).toContain('lacks the permission');
  });

  it('never shows a stack, the transport message (method, path) or the original error in production', () => {
    const upstream = new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'ameyo', message: 'ameyo: connection failed for POST /ameyowebaccess/command?sessionId=abc (ECONNRESET)', method: 'POST', path: '/ameyowebaccess/command' });
    for (const original of [upstream, new TypeError("Cannot read properties of undefined (reading 'id')")]) {
      const json = JSON.stringify((createErrorMasker(false)(located(original), 'Unexpected error.') as GraphQLError).toJSON());
      expect(json).not.toMatch(/stack|at .*\.ts|ameyowebaccess|sessionId|ECONNRESET|TypeError|reading 'id'/);
    }
  });

  it('adds the request id to every error it answers with, inside a request', () => {
    const masker = createErrorMasker(false);
    const logger = createLogger({ env: 'test' });
    const errors = runInRequestScope({ requestId: 'req-7', logger }, () => [
      masker(located(new Error('bug')), 'Unexpected error.'),
      masker(located(new InputError([{ field: 'first', message: 'too big' }])), 'x'),
      masker(new GraphQLError('Your role (viewer) may not use createContact', { extensions: { code: 'FORBIDDEN' } }), 'x'),
    ]) as GraphQLError[];
    for (const error of errors) expect(error.extensions['requestId']).toBe('req-7');
    // Outside a request (a unit of work with no caller) there is none to add.
    expect((masker(located(new Error('bug')), 'Unexpected error.') as GraphQLError).extensions['requestId']).toBeUndefined();
  });
});
