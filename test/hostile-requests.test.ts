import { request as httpRequest } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketChain } from './support/deep-documents.js';
import { startGateway, type TestGateway } from './support/gateway.js';

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
    expect(result.json?.errors?.[0]?.message).toBe('POST body sent invalid JSON.');
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
