import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../clients/transport/errors.js';
import { InputError } from '../domain/errors.js';
import { PothosValidationError } from '@pothos/core';
import { createErrorMasker, socketError, withCode } from './errors.js';
import { createLogger } from './logger.js';
import { runInRequestScope } from '../resolvers/request-scope.js';
import { IdempotencyKeyInUseError, IdempotentOutcomeUnknownError } from '../resolvers/idempotency/errors.js';

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

  it('gives a lost answer and a key in use their codes, with the key, in production', () => {
    const mask = createErrorMasker(false);
    const lost = mask(located(new UpstreamError({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'ameyo', message: 'POST /x was sent but …' })), 'x') as GraphQLError;
    expect(lost.toJSON()).toEqual({
      message: 'ameyo may have carried out the request, but its answer was lost: check before repeating it',
      path: ['ticket'],
      extensions: { code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'ameyo' },
    });
    const repeated = mask(located(new IdempotentOutcomeUnknownError('k-1', 'ameyo', true)), 'x') as GraphQLError;
    expect(repeated.extensions).toEqual({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'ameyo', idempotencyKey: 'k-1' });
    expect(repeated.message).toContain('idempotencyKey "k-1"');
    const busy = mask(located(new IdempotencyKeyInUseError('k-2', 1)), 'x') as GraphQLError;
    expect(busy.extensions).toEqual({ code: 'IDEMPOTENCY_KEY_IN_USE', idempotencyKey: 'k-2', retryAfterSeconds: 1 });
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

describe('every error with a code', () => {
  const code = (error: GraphQLError) => (withCode(error) as GraphQLError).extensions['code'];

  it('keeps a code it has, and gives each uncoded error of yoga, graphql-js and Pothos the customary one', () => {
    expect(code(new GraphQLError('x', { extensions: { code: 'RATE_LIMITED' } }))).toBe('RATE_LIMITED');
    expect(code(new GraphQLError('Invalid global ID: %%%%', { path: ['node'], originalError: new PothosValidationError('Invalid global ID: %%%%') }))).toBe('BAD_USER_INPUT');
    expect(code(new GraphQLError('Variable "$a" got invalid value "x"; Int cannot represent non-integer value: "x"'))).toBe('BAD_USER_INPUT');
    expect(code(new GraphQLError('Argument "first" has invalid value $n.', { path: ['tickets'] }))).toBe('BAD_USER_INPUT');
    expect(code(new GraphQLError('Syntax Error: Expected Name, found <EOF>.'))).toBe('GRAPHQL_PARSE_FAILED');
    expect(code(new GraphQLError('Required CSRF header(s) not present', { extensions: { http: { status: 403 } } }))).toBe('FORBIDDEN');
    expect(code(new GraphQLError('Cannot return null for non-nullable field Ticket.subject.', { path: ['ticket', 'subject'] }))).toBe('INTERNAL_SERVER_ERROR');
    const multipart = withCode(new GraphQLError('Missing multipart form field "operations"')) as GraphQLError;
    expect(multipart.extensions).toEqual({ code: 'BAD_REQUEST', http: { status: 400 } });
  });

  it("replaces yoga's invalid-JSON error, whose detail quotes the body, with a short one, in every mode", () => {
    const body = `{"query": "${'x'.repeat(10_000)}`;
    const yogas = new GraphQLError('POST body sent invalid JSON.', {
      extensions: { code: 'BAD_REQUEST', http: { spec: true, status: 400 }, originalError: { name: 'SyntaxError', message: `Unterminated string in JSON at position 10012, "${body}" is not valid JSON` } },
    });
    for (const isDev of [false, true]) {
      const masked = createErrorMasker(isDev)(yogas, 'Unexpected error.') as GraphQLError;
      expect(masked.toJSON()).toEqual({ message: 'The request body is not valid JSON (at character 10012)', extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
    }
  });

  it('keeps the original error of a masked bug in development only', () => {
    const development = createErrorMasker(true)(located(new Error('a bug')), 'Unexpected error.') as GraphQLError;
    expect(development.extensions['originalError']).toMatchObject({ message: 'a bug' });
    expect(development.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('drops yoga’s internal extensions from an error sent over graphql-ws', () => {
    const error = new GraphQLError('Syntax Error: Unexpected "}".', { extensions: { http: { spec: true, status: 400 } } });
    expect(socketError(error)).toEqual({ message: 'Syntax Error: Unexpected "}".', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });
});
