import { request as httpRequest } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketChain } from './support/deep-documents.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import WebSocket from 'ws';
import { randomBytes, randomUUID } from 'node:crypto';
import { webinarSignature } from '../server/webhooks/gotowebinar.js';

/**
 * A corpus of malformed and hostile requests, each against the gateway with its default limits.
 * Every one must be answered below 500 with an error a client can read, and the gateway must
 * answer a plain query afterwards.
 */

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

interface Answer {
  status: number;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

type Send = () => Promise<Answer>;

const encoder = new TextEncoder();

function answerOf(status: number, text: string): Answer {
  let json: Answer['json'];
  try {
    json = JSON.parse(text) as Answer['json'];
  } catch {
    json = undefined;
  }
  return { status, text, json };
}

async function answer(response: Response): Promise<Answer> {
  return answerOf(response.status, await response.text());
}

/** POST with the admin key; `body` goes as is when it is a string or bytes. */
function post(body: unknown, headers: Record<string, string> = {}): Send {
  return async () =>
    answer(
      await fetch(gw.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${gw.keys.admin}`, ...headers },
        body: typeof body === 'string' || body instanceof Uint8Array || body instanceof ReadableStream ? (body as BodyInit) : JSON.stringify(body),
        ...(body instanceof ReadableStream && { duplex: 'half' }),
      } as RequestInit),
    );
}

function get(query: Record<string, string>, headers: Record<string, string> = {}): Send {
  return async () =>
    answer(
      await fetch(`${gw.graphqlUrl}?${new URLSearchParams(query)}`, {
        headers: { accept: 'application/graphql-response+json', authorization: `Bearer ${gw.keys.admin}`, ...headers },
      }),
    );
}

/**
 * A request fetch would not send (headers it forbids or rewrites), over node:http, with the admin
 * key unless given. Node refuses some such requests itself and destroys the socket: the client
 * may then see the reset before the answer, which counts as status 0.
 */
function raw(headers: Record<string, string>, body: string): Send {
  return () =>
    new Promise((resolve, reject) => {
      const url = new URL(gw.graphqlUrl);
      const all = { authorization: `Bearer ${gw.keys.admin}`, ...headers };
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: all }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(answerOf(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
      });
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve({ status: 0, text: '', json: undefined }) : reject(error),
      );
      req.end(body);
    });
}

const nested = (levels: number, open: string, close: string, inner: string) => open.repeat(levels) + inner + close.repeat(levels);

/** A body of `bytes` bytes streamed in chunks with no Content-Length. */
function chunked(bytes: number): ReadableStream<Uint8Array> {
  const head = encoder.encode('{"query":"{ __typename }","variables":{"pad":"');
  const chunk = encoder.encode('x'.repeat(64 * 1024));
  let sent = head.length;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(head);
    },
    pull(controller) {
      if (sent >= bytes) {
        controller.enqueue(encoder.encode('"}}'));
        controller.close();
        return;
      }
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

const exponentialFragments = (levels: number) =>
  `{ ...F${levels} }\nfragment F0 on Query { __typename }\n` +
  Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join('\n');

interface Case {
  name: string;
  send: Send;
  /** The status expected (or one of them; 0 = Node reset the connection); default any 4xx. */
  status?: number | number[];
  /** `errors[0].extensions.code` expected. */
  code?: string;
  /** A pattern the first error's message must match. */
  message?: RegExp;
}

const cases: Case[] = [
  { name: 'deep nesting: 1000 levels of selections', send: post({ query: `{ ${nested(999, 'a { ', ' }', 'a')} }` }), status: 400, code: 'TOO_MANY_TOKENS' },
  {
    name: 'deep nesting: 600 levels of lists in an argument',
    send: post({ query: `{ contactsByPhone(phone: ${nested(600, '[', ']', '"1"')}) { id } }` }),
    status: 400,
    code: 'QUERY_TOO_DEEP',
  },
  { name: 'deep nesting: 40 levels of real fields', send: post({ query: ticketChain(40) }), status: 400, code: 'QUERY_TOO_DEEP' },
  {
    name: 'deep nesting: 200,000 levels of arrays in variables',
    send: post(`{"query":"query($v: [String]) { __typename }","variables":{"v":${nested(200_000, '[', ']', '"x"')}}}`),
    status: 400,
  },
  {
    name: '10,000 aliases',
    send: post({ query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    status: 400,
    code: 'TOO_MANY_TOKENS',
  },
  {
    name: '200 aliases within the token limit',
    send: post({ query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  {
    name: '2,000 copies of one field (quadratic field merging)',
    send: post({ query: `{ ${'__typename '.repeat(2_000)}}` }),
    status: 400,
    code: 'TOO_MANY_TOKENS',
  },
  { name: 'a 5 MB body', send: post({ query: '{ __typename }', variables: { pad: 'x'.repeat(5_000_000) } }), status: 413, code: 'REQUEST_TOO_LARGE' },
  { name: 'a 5 MB body streamed without Content-Length', send: post(chunked(5_000_000)), status: 413, message: /too large/i },
  {
    name: 'a 1 MB variable into a vendor search',
    send: post({ query: 'query ($t: String) { tickets(first: 1, filter: {text: $t}) { edges { node { id } } } }', variables: { t: 'x'.repeat(1_000_000) } }),
  },
  { name: 'invalid JSON', send: post('{"query": "{ __typename }"'), status: 400 },
  { name: 'JSON that is a string', send: post('"{ __typename }"'), status: 400 },
  { name: 'JSON null', send: post('null'), status: 400 },
  { name: 'an empty body', send: post(''), status: 400 },
  { name: 'a query that is not a string', send: post({ query: 42 }), status: 400 },
  { name: 'variables that are not an object', send: post({ query: '{ __typename }', variables: 'abc' }), status: 400 },
  { name: 'an operationName that is not a string', send: post({ query: '{ __typename }', operationName: ['a'] }), status: 400 },
  { name: 'an unknown parameter', send: post({ query: '{ __typename }', rogue: true }), status: 400 },
  { name: 'bytes that are not UTF-8', send: post(new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0xff, 0x22, 0x7d])), status: 400 },
  { name: 'a lone surrogate escaped in the query', send: post('{"query":"{ \\ud800 }"}'), status: 400 },
  { name: 'a lone surrogate in a string literal', send: post('{"query":"{ contactsByEmail(email: \\"\\ud800@example.com\\") { id } }"}'), status: 400 },
  {
    name: 'a lone surrogate in variables bound for a vendor',
    send: post('{"query":"query ($t: String) { tickets(first: 1, filter: {text: $t}) { edges { node { id } } } }","variables":{"t":"\\ud800"}}'),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /\$t is not well-formed Unicode/,
  },
  {
    name: 'a lone surrogate deep in variables',
    send: post('{"query":"mutation ($i: CreateContactInput!) { createContact(input: $i) { __typename } }","variables":{"i":{"name":"A \\udc00","email":"a@example.com"}}}'),
    status: 400,
    message: /\$i\.name is not well-formed/,
  },
  { name: 'a NUL byte in the query', send: post({ query: '{ __typename \u0000 }' }), status: 400 },
  { name: 'NUL bytes in variables bound for a vendor', send: post({ query: 'query ($p: String!) { contactsByPhone(phone: $p) { id } }', variables: { p: '\u0000\u0000' } }) },
  { name: 'NUL bytes in a search', send: post({ query: 'query ($t: String) { tickets(first: 1, filter: {text: $t}) { edges { node { id } } } }', variables: { t: 'a\u0000b' } }) },
  { name: 'odd unicode: RTL override, zero-width joiners, emoji, combining marks', send: post({ query: 'query ($t: String) { contactsByEmail(email: $t) { id } }', variables: { t: '\u202e\u200d👩‍👩‍👧e\u0301@example.com' } }) },
  {
    name: 'content type text/plain',
    send: post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' }),
    status: 415,
    message: /Content-Type "text\/plain" is not supported: send application\/json/,
  },
  { name: 'content type application/xml', send: post('<query>{ __typename }</query>', { 'content-type': 'application/xml' }), status: 415 },
  { name: 'no content type', send: raw({}, '{"query":"{ __typename }"}'), status: 415, message: /no Content-Type/ },
  { name: 'multipart without operations', send: post('--b\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--b--\r\n', { 'content-type': 'multipart/form-data; boundary=b' }) },
  { name: 'a GET with a mutation', send: get({ query: 'mutation { createContact(input: {name: "X Y", email: "x@example.com"}) { __typename } }' }), status: 405 },
  { name: 'a GET with invalid JSON variables', send: get({ query: '{ __typename }', variables: '{nope' }), status: 400, message: /not valid JSON/ },
  { name: 'batched operations', send: post([{ query: '{ __typename }' }, { query: '{ __typename }' }]), status: 400, message: /Batching is not supported/ },
  {
    name: '1,000 fragments',
    send: post({ query: `{ ${Array.from({ length: 1000 }, (_, i) => `...F${i}`).join(' ')} } ${Array.from({ length: 1000 }, (_, i) => `fragment F${i} on Query { __typename }`).join(' ')}` }),
    status: 400,
    code: 'TOO_MANY_TOKENS',
  },
  { name: 'fragments spreading fragments: 2^60 fields', send: post({ query: exponentialFragments(60) }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: 'a fragment cycle',
    send: post({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
    status: 400,
    message: /Cannot spread fragment "A" within itself/,
  },
  {
    name: 'introspection nested past its depth limit',
    send: post({ query: '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }' }),
    status: 400,
    message: /Maximum introspection depth exceeded/,
  },
  { name: 'an unknown operation name', send: post({ query: 'query A { __typename }', operationName: 'B' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'two anonymous operations', send: post({ query: '{ __typename } { __typename }' }), status: 400 },
  { name: 'a 100 kB Authorization header', send: raw({ authorization: `Bearer ${'a'.repeat(100_000)}`, 'content-type': 'application/json' }, '{}'), status: [431, 0] },
  { name: 'a Content-Length that is not a number', send: raw({ 'content-length': 'abc', 'content-type': 'application/json' }, ''), status: [400, 0] },
  {
    name: 'a JWT-shaped credential with no JWT configured',
    send: post({ query: '{ __typename }' }, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }),
    status: 401,
    message: /The token is not valid/,
  },
];

/** A plain query still answers: nothing above took the gateway down or wedged it. */
async function answersAfterwards(): Promise<void> {
  const after = await post({ query: '{ __typename }' })();
  expect(after.status).toBe(200);
  expect(after.json).toEqual({ data: { __typename: 'Query' } });
}

describe('hostile and malformed requests', () => {
  for (const testCase of cases) {
    it(`${testCase.name}: below 500, a clear error, and the gateway still answers`, async () => {
      const result = await testCase.send();
      expect(result.status, result.text.slice(0, 300)).toBeLessThan(500);
      if (testCase.status !== undefined) expect([testCase.status].flat(), result.text.slice(0, 300)).toContain(result.status);
      if (result.status >= 400 || result.status === 0) {
        // Node answers headers too large (431) and unparsable HTTP (400) itself, with an empty body.
        const byNode = result.status === 0 || result.status === 431 || (result.status === 400 && result.text === '');
        if (!byNode) expect(result.json?.errors?.[0]?.message, result.text.slice(0, 300)).toMatch(/\w{3}/);
      } else {
        // Accepted: an answer in GraphQL's shape; a failure inside is a typed, readable error.
        expect(result.json && ('data' in result.json || 'errors' in result.json), result.text.slice(0, 300)).toBe(true);
        for (const error of result.json?.errors ?? []) expect(error.message).not.toBe('Unexpected error.');
      }
      if (testCase.code) expect(result.json?.errors?.[0]?.extensions?.code).toBe(testCase.code);
      if (testCase.message) expect(result.json?.errors?.[0]?.message).toMatch(testCase.message);
      await answersAfterwards();
    });
  }

  it('a JSON body with a byte order mark is refused as invalid JSON (RFC 8259: senders must not add one)', async () => {
    const result = await post(`\ufeff${JSON.stringify({ query: '{ __typename }' })}`)();
    expect(result.status).toBe(400);
    expect(result.json?.errors?.[0]).toMatchObject({ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
    await answersAfterwards();
  });

  it('a body refused for its size closes its connection, declared or streamed, so no client reuses a socket with half a body on it', async () => {
    for (const body of [JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(5_000_000) } }), chunked(5_000_000)]) {
      const response = await fetch(gw.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.admin}` },
        body,
        ...(body instanceof ReadableStream && { duplex: 'half' }),
      } as RequestInit);
      await response.text();
      expect(response.status).toBe(413);
      expect(response.headers.get('connection')).toBe('close');
    }
    await answersAfterwards();
  });

  it('1 MB of variables within the body limit is accepted and answered with a typed error', async () => {
    const result = await post({ query: 'query ($v: String!) { contactsByEmail(email: $v) { id } }', variables: { v: 'x'.repeat(1_000_000) } })();
    expect(result.status).toBe(200);
    expect(result.json?.errors?.[0]?.extensions?.code).toMatch(/^[A-Z_]+$/);
    expect(result.json?.errors?.[0]?.message).not.toBe('Unexpected error.');
  });

  it("GraphiQL's full introspection query passes the limits", async () => {
    const result = await post({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) })();
    expect(result.status).toBe(200);
    expect(result.json?.errors).toBeUndefined();
  });

  it('an SSE subscription with a refused document is answered, not hung', async () => {
    const response = await fetch(gw.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${gw.keys.admin}` },
      body: JSON.stringify({ query: `subscription { ${Array.from({ length: 40 }, (_, i) => `a${i}: incomingCall { call { id } }`).join(' ')} }` }),
    });
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).toMatch(/TOO_MANY_ALIASES/);
    await answersAfterwards();
  });
});

/**
 * Vendor pushes (`/webhooks/<vendor>`) against a gateway of their own with every push configured
 * and the default WEBHOOK_MAX_BODY_BYTES: oversized bodies (declared or streamed), slow bodies, bad
 * signatures with huge bodies, malformed bodies after a good signature, replays. Each is answered
 * below 500 with a readable reason, never hangs, and the webhooks and /graphql work afterwards.
 */
describe('hostile webhook requests', () => {
  const hookSecrets = { bomgar: randomBytes(18).toString('base64url'), gotoassist: randomBytes(18).toString('base64url'), gotowebinar: randomBytes(18).toString('base64url') };
  let hooks: TestGateway;
  beforeAll(async () => {
    hooks = await startGateway({
      env: {
        BOMGAR_WEBHOOK_SECRET: hookSecrets.bomgar,
        GOTO_ASSIST_WEBHOOK_SECRET: hookSecrets.gotoassist,
        GOTO_WEBINAR_WEBHOOK_SECRET: hookSecrets.gotowebinar,
        // Slow bodies are cut after this (by the webhook's reader or the listener, whichever answers first).
        REQUEST_BODY_TIMEOUT_MS: '500',
      },
    });
  });
  afterAll(() => hooks?.close());

  interface HookAnswer {
    status: number;
    connection: string | undefined;
    json: Record<string, unknown> | undefined;
    text: string;
  }

  const hookAnswer = (status: number, connection: string | undefined, text: string): HookAnswer => {
    let json: HookAnswer['json'];
    try {
      json = JSON.parse(text) as HookAnswer['json'];
    } catch {
      json = undefined;
    }
    return { status, connection, json, text };
  };

  /**
   * A push over node:http: `sent` goes out, then the request ends unless `open` (a body that claims
   * more than it sends). Resolves with the first answer; a reset before one counts as status 0.
   */
  const hookRaw = (path: string, headers: Record<string, string>, sent: Buffer | string, { open = false, method = 'POST' } = {}) => (): Promise<HookAnswer> =>
    new Promise((resolve, reject) => {
      const target = new URL(`${hooks.url}${path}`);
      const req = httpRequest({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve(hookAnswer(res.statusCode ?? 0, res.headers.connection, Buffer.concat(chunks).toString('utf8')));
          req.destroy();
        });
      });
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(hookAnswer(0, undefined, '')) : reject(error)));
      req.write(sent);
      if (!open) req.end();
    });

  /** A push over fetch; a ReadableStream body streams without Content-Length. */
  const hookPost = (path: string, headers: Record<string, string>, body: BodyInit) => async (): Promise<HookAnswer> => {
    const response = await fetch(`${hooks.url}${path}`, { method: 'POST', headers, body, ...(body instanceof ReadableStream && { duplex: 'half' }) } as RequestInit);
    return hookAnswer(response.status, response.headers.get('connection') ?? undefined, await response.text());
  };

  /** 1 MB of `a`, streamed in chunks with no Content-Length. */
  const megabyte = () => {
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 1_000_000) return controller.close();
        controller.enqueue(new Uint8Array(65_536).fill(0x61));
        sent += 65_536;
      },
    });
  };

  /** A GoToWebinar event and the headers GoTo signs it with (`secret`, at `timestampMs`). */
  const signed = (body: string = JSON.stringify({ eventName: 'registrant.added', eventKey: randomUUID(), webinarKey: 1234567890123456789, email: 'hostile@example.com' }), { secret = hookSecrets.gotowebinar, timestampMs = Date.now() } = {}) => {
    const timestamp = String(timestampMs);
    return { body, headers: { 'content-type': 'application/json', 'x-webhook-signature-timestamp': timestamp, 'x-webhook-signature': webinarSignature(secret, timestamp, body) } };
  };

  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const json = { 'content-type': 'application/json' };
  const bomgar = () => `/webhooks/bomgar?token=${hookSecrets.bomgar}`;
  const gotoassist = () => `/webhooks/gotoassist?token=${hookSecrets.gotoassist}`;
  const ameyo = () => `/webhooks/ameyo?token=${hooks.app.config.ameyo.webhookSecret!}`;

  interface HookCase {
    name: string;
    send: () => () => Promise<HookAnswer>;
    /** The status expected (or one of them; 0 = the connection was reset before an answer). */
    status: number | number[];
    /** A pattern the answer's `reason` must match. */
    reason?: RegExp;
  }

  const hookCases: HookCase[] = [
    { name: 'oversized declared: 300 MB to gotowebinar, 1 kB of it sent', send: () => hookRaw('/webhooks/gotowebinar', { ...signed().headers, 'content-length': '300000000' }, Buffer.alloc(1024), { open: true }), status: 413, reason: /300000000 bytes; the limit is 262144 \(WEBHOOK_MAX_BODY_BYTES\)/ },
    { name: 'oversized declared: 300 MB to bomgar with its token', send: () => hookRaw(bomgar(), { ...form, 'content-length': '300000000' }, 'event=support_conference_end&lsid=x', { open: true }), status: 413 },
    { name: 'oversized declared: 300 MB to an unknown webhook', send: () => hookRaw('/webhooks/nobody', { ...json, 'content-length': '300000000' }, '{}', { open: true }), status: 413 },
    { name: 'oversized streamed: 1 MB to gotowebinar', send: () => hookPost('/webhooks/gotowebinar', signed().headers, megabyte()), status: 413, reason: /more than 262144 bytes/ },
    { name: 'oversized streamed: 1 MB to bomgar', send: () => hookPost(bomgar(), form, megabyte()), status: 413 },
    { name: 'oversized streamed: 1 MB to gotoassist', send: () => hookPost(gotoassist(), json, megabyte()), status: 413 },
    { name: 'oversized streamed: a 1 MB form posted to ameyo', send: () => hookPost(ameyo(), form, megabyte()), status: 413 },
    { name: 'slow: claims 1000 bytes and sends 10, signed', send: () => hookRaw('/webhooks/gotowebinar', { ...signed().headers, 'content-length': '1000' }, '{"eventNam', { open: true }), status: 408 },
    { name: 'slow: claims 1000 bytes and sends 10, to bomgar', send: () => hookRaw(bomgar(), { ...form, 'content-length': '1000' }, 'event=supp', { open: true }), status: 408 },
    { name: 'slow with a wrong token: refused before a byte is awaited', send: () => hookRaw('/webhooks/bomgar?token=wrong-token-wrong-token', { ...form, 'content-length': '1000' }, 'event=supp', { open: true }), status: 401 },
    { name: 'bad signature with a huge body', send: () => hookPost('/webhooks/gotowebinar', signed(undefined, { secret: 'not-the-secret-key-value' }).headers, megabyte()), status: 413 },
    { name: 'bad signature with a 200 kB body', send: () => { const event = signed(JSON.stringify({ pad: 'x'.repeat(200_000) }), { secret: 'not-the-secret-key-value' }); return hookPost('/webhooks/gotowebinar', event.headers, event.body); }, status: 401, reason: /x-webhook-signature/ },
    { name: 'no signature at all', send: () => hookPost('/webhooks/gotowebinar', json, '{"eventName":"webinar.created","webinarKey":1}'), status: 401 },
    { name: 'a signature timestamp that is not a number', send: () => hookPost('/webhooks/gotowebinar', { ...signed().headers, 'x-webhook-signature-timestamp': '1e12' }, signed().body), status: 401 },
    { name: 'a signature timestamp of 17 digits', send: () => hookPost('/webhooks/gotowebinar', { ...signed().headers, 'x-webhook-signature-timestamp': '1'.repeat(17) }, signed().body), status: 401 },
    { name: 'replayed: signed ten minutes ago', send: () => { const event = signed(undefined, { timestampMs: Date.now() - 600_000 }); return hookPost('/webhooks/gotowebinar', event.headers, event.body); }, status: 401, reason: /behind the gateway's clock/ },
    { name: 'replayed: signed an hour ahead', send: () => { const event = signed(undefined, { timestampMs: Date.now() + 3_600_000 }); return hookPost('/webhooks/gotowebinar', event.headers, event.body); }, status: 401, reason: /ahead of the gateway's clock/ },
    { name: 'malformed JSON after a good signature', send: () => { const event = signed('{"eventName": "registrant.added", "webinarKey": '); return hookPost('/webhooks/gotowebinar', event.headers, event.body); }, status: 400 },
    {
      name: 'bytes that are not UTF-8 after a good signature',
      send: () => {
        const bytes = new Uint8Array([0x7b, 0x22, 0xed, 0xa0, 0x80, 0xff, 0x22, 0x7d]);
        const timestamp = String(Date.now());
        return hookPost('/webhooks/gotowebinar', { ...json, 'x-webhook-signature-timestamp': timestamp, 'x-webhook-signature': webinarSignature(hookSecrets.gotowebinar, timestamp, bytes) }, bytes);
      },
      status: 400,
    },
    { name: 'a signed event of a kind GoTo does not send', send: () => { const event = signed(JSON.stringify({ eventName: 'webinar.deleted', webinarKey: 1 })); return hookPost('/webhooks/gotowebinar', event.headers, event.body); }, status: 400 },
    { name: 'a signed JSON array 10,000 deep', send: () => { const event = signed(`${'['.repeat(10_000)}${']'.repeat(10_000)}`); return hookPost('/webhooks/gotowebinar', event.headers, event.body); }, status: 400 },
    { name: 'a bomgar form with no event', send: () => hookPost(bomgar(), form, '\u0000\u0001=%%%&&&'), status: 400 },
    { name: 'a gotoassist body that is not JSON', send: () => hookPost(gotoassist(), json, '<session/>'), status: 400 },
    { name: 'an ameyo push with a wrong token', send: () => hookRaw('/webhooks/ameyo?token=wrong-token-wrong-token&phone=1', {}, '', { method: 'GET' }), status: 401 },
    { name: 'an ameyo push with a 12 kB parameter', send: () => hookRaw(`${ameyo()}&crtObjectId=${'x'.repeat(12_000)}&phone=1&campaignId=1&callType=inbound.call.dial`, {}, '', { method: 'GET' }), status: [400, 431, 0] },
    { name: 'a PUT to bomgar', send: () => hookRaw(bomgar(), form, 'event=x', { method: 'PUT' }), status: 405 },
    { name: 'a Content-Length that is not a number', send: () => hookRaw('/webhooks/gotowebinar', { ...signed().headers, 'content-length': 'abc' }, ''), status: [400, 0] },
  ];

  /** A plain query answers, and a fresh signed event is applied: the webhooks are not wedged. */
  async function hooksStillWork(): Promise<void> {
    const query = await fetch(hooks.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hooks.keys.viewer}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(query.status).toBe(200);
    const event = signed();
    expect((await hookPost('/webhooks/gotowebinar', event.headers, event.body)()).json).toEqual({ status: 'success', changes: 1 });
  }

  for (const hookCase of hookCases) {
    it(`${hookCase.name}: below 500, a readable reason, no hang, and the webhooks still work`, async () => {
      const result = await hookCase.send()();
      expect(result.status, result.text.slice(0, 300)).toBeLessThan(500);
      expect([hookCase.status].flat(), result.text.slice(0, 300)).toContain(result.status);
      // Node answers unparsable HTTP (400), headers too large (431) and a request past REQUEST_BODY_TIMEOUT_MS (408) itself, with an empty body.
      if (result.status !== 0 && result.text !== '') expect(result.json?.['reason'], result.text.slice(0, 300)).toMatch(/\w{3}/);
      if (result.status === 413 || result.status === 408) expect(result.connection).toBe('close');
      if (hookCase.reason) expect(result.json?.['reason']).toMatch(hookCase.reason);
      await hooksStillWork();
    });
  }

  it('replayed: the same signed event sent again is answered 200 duplicate and not applied twice', async () => {
    const event = signed();
    const send = hookPost('/webhooks/gotowebinar', event.headers, event.body);
    expect((await send()).json).toEqual({ status: 'success', changes: 1 });
    for (let i = 0; i < 3; i++) expect((await send()).json).toEqual({ status: 'success', duplicate: true, changes: 0 });
    await hooksStillWork();
  });
});

/**
 * graphql-ws frames and SSE requests against the default gateway: each ends in an answer or a close
 * the protocol defines (never a hang, never a 5xx or 4500), every error it answers with has a code,
 * and the gateway serves both transports afterwards.
 */
describe('hostile graphql-ws frames and SSE requests', () => {
  interface SocketOutcome {
    /** The socket's close code, when the server closed it. */
    closed?: number;
    /** The first message about the probed operation (id `probe`), when it got one. */
    message?: { type: string; id?: string; payload?: unknown };
  }

  /**
   * A graphql-transport-ws socket that sends `frames` (after connection_init unless `init` is false)
   * and resolves on the first of: its close, or a message for the operation with id `probe`.
   */
  function frames(send: (socket: WebSocket) => void, { init = true, role = 'agent' as 'agent' | 'viewer', credential = '' } = {}): () => Promise<SocketOutcome> {
    return () =>
      new Promise((resolve, reject) => {
        const authorization = credential || `Bearer ${gw.keys[role]}`;
        const socket = new WebSocket(gw.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
        socket.once('error', (error) => (socket.readyState === socket.CLOSED ? undefined : reject(error)));
        socket.once('close', (code) => resolve({ closed: code }));
        socket.on('message', (data) => {
          const message = JSON.parse(String(data)) as NonNullable<SocketOutcome['message']>;
          if (message.type === 'connection_ack') send(socket);
          if (message.id === 'probe') {
            resolve({ message });
            socket.close();
          }
        });
        socket.once('open', () => {
          if (init) socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
          else send(socket);
        });
      });
  }

  const subscribe = (id: string, query: string, variables?: unknown) => JSON.stringify({ id, type: 'subscribe', payload: { query, variables } });
  const INCOMING = 'subscription { incomingCall { call { id } } }';

  interface FrameCase {
    name: string;
    run: () => Promise<SocketOutcome>;
    /** The close code expected, or the probe's message type and first error code. */
    expected: { closed: number } | { type: 'error' | 'next'; code: string };
  }

  const frameCases: FrameCase[] = [
    { name: 'a subscribe message over LIMIT_MAX_BODY_BYTES (2 MB)', run: frames((s) => s.send(subscribe('probe', `{ __typename ${'a'.repeat(2_000_000)} }`))), expected: { closed: 1009 } },
    { name: 'a connection_init over LIMIT_MAX_BODY_BYTES', run: frames((s) => s.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(2_000_000) } })), { init: false }), expected: { closed: 1009 } },
    { name: 'a frame that is not JSON', run: frames((s) => s.send('{"type": "subscribe", ')), expected: { closed: 4400 } },
    { name: 'JSON without a type', run: frames((s) => s.send('{"id": "probe"}')), expected: { closed: 4400 } },
    { name: 'an unknown message type', run: frames((s) => s.send('{"id": "probe", "type": "start"}')), expected: { closed: 4400 } },
    { name: 'a subscribe whose payload is not an object', run: frames((s) => s.send('{"id": "probe", "type": "subscribe", "payload": "{ __typename }"}')), expected: { closed: 4400 } },
    { name: 'a subscribe whose query is not a string', run: frames((s) => s.send('{"id": "probe", "type": "subscribe", "payload": {"query": 42}}')), expected: { closed: 4400 } },
    { name: 'a text frame that is not UTF-8', run: frames((s) => s.send(Buffer.from([0x7b, 0xed, 0xa0, 0x80, 0xff, 0x7d]), { binary: false })), expected: { closed: 1007 } },
    { name: 'a binary frame of garbage', run: frames((s) => s.send(Buffer.from([0, 1, 2, 3, 255]), { binary: true })), expected: { closed: 4400 } },
    { name: 'subscribe before connection_init', run: frames((s) => s.send(subscribe('probe', '{ __typename }')), { init: false }), expected: { closed: 4401 } },
    { name: 'connection_init twice', run: frames((s) => s.send(JSON.stringify({ type: 'connection_init' }))), expected: { closed: 4429 } },
    { name: 'connection_init with an unknown key', run: frames(() => undefined, { credential: 'Bearer not-a-key-not-a-key' }), expected: { closed: 4403 } },
    { name: 'two running subscriptions with one id', run: frames((s) => [s.send(subscribe('same', INCOMING)), s.send(subscribe('same', INCOMING))]), expected: { closed: 4409 } },
    {
      name: 'too many subscriptions on one socket',
      run: frames((s) => {
        for (let i = 0; i < gw.app.config.maxSubscriptionsPerSocket; i++) s.send(subscribe(`s${i}`, INCOMING));
        s.send(subscribe('probe', INCOMING));
      }),
      expected: { type: 'error', code: 'TOO_MANY_SUBSCRIPTIONS' },
    },
    { name: 'a syntax error', run: frames((s) => s.send(subscribe('probe', 'subscription { incomingCall {'))), expected: { type: 'error', code: 'GRAPHQL_PARSE_FAILED' } },
    { name: '1000 levels of nesting', run: frames((s) => s.send(subscribe('probe', `{ ${nested(999, 'a { ', ' }', 'a')} }`))), expected: { type: 'error', code: 'TOO_MANY_TOKENS' } },
    { name: '200 aliases', run: frames((s) => s.send(subscribe('probe', `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }`))), expected: { type: 'error', code: 'TOO_MANY_ALIASES' } },
    { name: 'a variable that is not well-formed Unicode', run: frames((s) => s.send('{"id":"probe","type":"subscribe","payload":{"query":"query ($t: String) { tickets(first: 1, filter: {text: $t}) { edges { node { id } } } }","variables":{"t":"\\ud800"}}}')), expected: { type: 'next', code: 'BAD_USER_INPUT' } },
    { name: 'variables that are not an object', run: frames((s) => s.send('{"id":"probe","type":"subscribe","payload":{"query":"{ __typename }","variables":"x"}}')), expected: { closed: 4400 } },
    { name: 'a subscription above the role', run: frames((s) => s.send(subscribe('probe', 'subscription { alerts { id } }')), { role: 'viewer' }), expected: { type: 'next', code: 'FORBIDDEN' } },
  ];

  /** A query still answers over graphql-ws and over HTTP. */
  async function bothTransportsAnswer(): Promise<void> {
    const outcome = await frames((s) => s.send(subscribe('probe', '{ __typename }')))();
    expect(outcome.message).toEqual({ id: 'probe', type: 'next', payload: { data: { __typename: 'Query' } } });
    await answersAfterwards();
  }

  for (const frameCase of frameCases) {
    it(`graphql-ws: ${frameCase.name}: ${'closed' in frameCase.expected ? `closed with ${frameCase.expected.closed}` : frameCase.expected.code}, and both transports still answer`, async () => {
      const outcome = await frameCase.run();
      if ('closed' in frameCase.expected) {
        expect(outcome, JSON.stringify(outcome).slice(0, 300)).toEqual({ closed: frameCase.expected.closed });
      } else {
        expect(outcome.message?.type, JSON.stringify(outcome).slice(0, 300)).toBe(frameCase.expected.type);
        const payload = outcome.message!.payload as { extensions?: { code?: string } }[] | { errors?: { extensions?: { code?: string } }[] };
        const errors = Array.isArray(payload) ? payload : (payload.errors ?? []);
        expect(errors[0]?.extensions?.code).toBe(frameCase.expected.code);
        for (const error of errors) expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
      }
      await bothTransportsAnswer();
    });
  }

  /** An SSE request read to its end: the status and the payload of each `next` event. */
  async function sse(body: string | undefined, headers: Record<string, string> = {}, method = 'POST', search = ''): Promise<{ status: number; events: { errors?: { extensions?: { code?: string } }[] }[]; text: string }> {
    const response = await fetch(`${gw.graphqlUrl}${search}`, {
      method,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${gw.keys.agent}`, ...headers },
      body,
    });
    const text = await response.text();
    const events = response.headers.get('content-type')?.startsWith('text/event-stream')
      ? [...text.matchAll(/^event: next\ndata: (.+)$/gm)].map((match) => JSON.parse(match[1]!) as { errors?: { extensions?: { code?: string } }[] })
      : [JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }];
    return { status: response.status, events, text };
  }

  const sseCases: { name: string; send: () => ReturnType<typeof sse>; code: string }[] = [
    { name: 'a body that is not JSON', send: () => sse('{"query": "subscription {'), code: 'BAD_REQUEST' },
    { name: 'a syntax error', send: () => sse(JSON.stringify({ query: 'subscription { incomingCall {' })), code: 'GRAPHQL_PARSE_FAILED' },
    { name: 'an unknown field', send: () => sse(JSON.stringify({ query: 'subscription { nope }' })), code: 'GRAPHQL_VALIDATION_FAILED' },
    { name: 'a subscription above the role', send: () => sse(JSON.stringify({ query: 'subscription { alerts { id } }' }), { authorization: `Bearer ${gw.keys.viewer}` }), code: 'FORBIDDEN' },
    { name: 'an invalid global id', send: () => sse(JSON.stringify({ query: '{ node(id: "%%%%") { id } }' })), code: 'BAD_USER_INPUT' },
    { name: 'no credential', send: () => sse(JSON.stringify({ query: INCOMING }), { authorization: '' }), code: 'UNAUTHENTICATED' },
    { name: 'a 5 MB body', send: () => sse(JSON.stringify({ query: INCOMING, variables: { pad: 'x'.repeat(5_000_000) } })), code: 'REQUEST_TOO_LARGE' },
    { name: 'a GET without a query', send: () => sse(undefined, {}, 'GET'), code: 'BAD_REQUEST' },
    { name: 'a GET subscription with variables that are not JSON', send: () => sse(undefined, {}, 'GET', `?${new URLSearchParams({ query: INCOMING, variables: '{nope' })}`), code: 'BAD_REQUEST' },
  ];

  for (const sseCase of sseCases) {
    it(`SSE: ${sseCase.name}: ends below 500 with ${sseCase.code}, and both transports still answer`, async () => {
      const answer = await sseCase.send();
      expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
      const errors = answer.events.flatMap((event) => event.errors ?? []);
      expect(errors[0]?.extensions?.code, answer.text.slice(0, 300)).toBe(sseCase.code);
      for (const error of errors) expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
      await bothTransportsAnswer();
    });
  }

  it('SSE: a subscriber that drops its connection mid-stream leaves the gateway serving', async () => {
    const abort = new AbortController();
    const response = await fetch(gw.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${gw.keys.agent}` },
      body: JSON.stringify({ query: INCOMING }),
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    await gw.app.pubsub.whenSubscribed('incomingCall', 'agent');
    abort.abort();
    await response.body?.cancel().catch(() => undefined);
    await bothTransportsAnswer();
  });
});
