import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startGateway, type TestGateway } from './support/gateway.js';

/**
 * Every error the gateway answers with carries `extensions.code`, whichever part of the stack
 * raised it (yoga's request parsers, graphql-js parsing, validation and coercion, Pothos, the
 * gateway's own typed errors, masking), over HTTP, SSE and graphql-ws; and none carries parser
 * detail (an invalid body's text) or yoga's internal extensions. Against a production gateway.
 */

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway({ env: { NODE_ENV: 'production', LOG_LEVEL: 'silent' } });
});
afterAll(() => gw?.close());

interface Answer {
  status: number;
  /** The GraphQL payloads it held: one JSON answer, each SSE event, each graphql-ws message. */
  payloads: { errors?: GraphQLFormattedError[] }[];
  bytes: number;
}

type Send = () => Promise<Answer>;

async function read(response: Response): Promise<Answer> {
  const text = await response.text();
  const sse = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
  const bodies = sse ? [...text.matchAll(/^data: (.+)$/gm)].map((match) => match[1]!) : [text];
  const payloads = bodies.filter((body) => body.trim() !== '').map((body) => JSON.parse(body) as Answer['payloads'][number]);
  return { status: response.status, payloads, bytes: text.length };
}

const http =
  (init: RequestInit & { headers?: Record<string, string> }, search = ''): Send =>
  async () =>
    read(await fetch(`${gw.graphqlUrl}${search}`, { ...init, headers: { authorization: `Bearer ${gw.keys.viewer}`, ...init.headers } }));

const json = (body: unknown, headers: Record<string, string> = {}): Send =>
  http({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const sse = (body: unknown) => json(body, { accept: 'text/event-stream' });
const multipart = (body: string) => http({ method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=b' }, body });
const field = (name: string, value: string) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const get = (params: Record<string, string>) => http({}, `?${new URLSearchParams(params)}`);

/** Each operation on one graphql-ws socket, answered by its `error` or its `next` messages until `complete`. */
const overWebSocket =
  (...operations: { query: string; variables?: Record<string, unknown> }[]): Send =>
  async () => {
    const socket = new WebSocket(gw.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const payloads: Answer['payloads'] = [];
    let bytes = 0;
    const done = new Set<string>();
    const finished = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        bytes += String(data).length;
        const message = JSON.parse(String(data)) as { type: string; id?: string; payload?: unknown };
        if (message.type === 'connection_ack') {
          operations.forEach((payload, i) => socket.send(JSON.stringify({ id: String(i), type: 'subscribe', payload })));
          return;
        }
        if (message.type === 'error') payloads.push({ errors: message.payload as GraphQLFormattedError[] });
        if (message.type === 'next') payloads.push(message.payload as Answer['payloads'][number]);
        if (message.type === 'error' || message.type === 'complete') done.add(message.id!);
        if (done.size === operations.length) resolve();
      }),
    );
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${gw.keys.viewer}` } }));
    await finished;
    socket.close();
    return { status: 200, payloads, bytes };
  };

const megabyteOfBrokenJson = `{"query": "{ __typename }", "pad": "${'\u0001'.repeat(1_000_000)}`;

const corpus: [string, Send][] = [
  ['1 MB of invalid JSON', json(megabyteOfBrokenJson)],
  ['invalid JSON over SSE', sse('{"query": ')],
  ['JSON that is not an object', json('"{ __typename }"')],
  ['an empty body', json('')],
  ['a query that is not a string', json({ query: 42 })],
  ['an unknown parameter', json({ query: '{ __typename }', rogue: true })],
  ['batched operations', json([{ query: '{ __typename }' }])],
  ['no query', json({})],
  ['a syntax error', json({ query: '{ tickets(' })],
  ['an unknown field', json({ query: '{ nope }' })],
  ['an unknown field over SSE', sse({ query: 'subscription { nope }' })],
  ['an unknown operation name', json({ query: 'query A { __typename }', operationName: 'B' })],
  ['an invalid global id', json({ query: '{ node(id: "%%%%") { id } }' })],
  ['invalid global ids in a list', json({ query: '{ nodes(ids: ["%%%%", "x"]) { id } }' })],
  ['a variable of the wrong type', json({ query: 'query ($n: Int) { tickets(first: $n) { edges { node { id } } } }', variables: { n: 'x' } })],
  ['a DateTime variable that is not one', json({ query: 'mutation ($at: DateTime!) { scheduleCallback(callId: "x", at: $at) { __typename } }', variables: { at: 'soon' } })],
  ['a required variable missing', json({ query: 'query ($n: Int!) { tickets(first: $n) { edges { node { id } } } }' })],
  ['a mutation above the role', json({ query: 'mutation { createContact(input: {name: "X Y", email: "x@example.com"}) { __typename } }' })],
  ['an operation over the limits', json({ query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }` })],
  ['a lone surrogate in variables', json('{"query":"query ($t: String) { tickets(first: 1, filter: {text: $t}) { edges { node { id } } } }","variables":{"t":"\\ud800"}}')],
  ['multipart without operations', multipart(`${field('map', '{}')}--b--\r\n`)],
  ['multipart with operations that are not JSON', multipart(`${field('operations', '{nope')}--b--\r\n`)],
  ['multipart that is not multipart', multipart('garbage')],
  ['a form without a query', http({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1' })],
  ['an unsupported content type', http({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })],
  ['a GET with variables that are not JSON', get({ query: '{ __typename }', variables: '{nope' })],
  ['a GET with a mutation', get({ query: 'mutation { deleteContact(id: "x") { __typename } }' })],
  ['a PUT', http({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })],
  ['no credential', http({ method: 'POST', headers: { 'content-type': 'application/json', authorization: '' }, body: '{"query":"{ __typename }"}' })],
  ['a body over the limit', json({ query: '{ __typename }', variables: { pad: 'x'.repeat(2_000_000) } })],
  [
    'graphql-ws: a syntax error, an unknown field, an invalid id, a wrong variable, a subscription above the role',
    overWebSocket(
      { query: '{ tickets(' },
      { query: '{ nope }' },
      { query: '{ node(id: "%%%%") { id } }' },
      { query: 'query ($n: Int) { tickets(first: $n) { edges { node { id } } } }', variables: { n: 'x' } },
      { query: 'subscription { incomingCall { call { id } } }' },
    ),
  ],
];

describe('every error has a code (NODE_ENV=production)', () => {
  for (const [name, send] of corpus) {
    it(`${name}: each error has extensions.code, and no parser detail or internal extension`, async () => {
      const answer = await send();
      expect(answer.status).toBeLessThan(500);
      const errors = answer.payloads.flatMap((payload) => payload.errors ?? []);
      expect(errors.length, JSON.stringify(answer.payloads).slice(0, 300)).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.extensions?.['code'], JSON.stringify(error).slice(0, 300)).toMatch(/^[A-Z][A-Z_]+$/);
        expect(Object.keys(error.extensions ?? {})).not.toContain('originalError');
        expect(Object.keys(error.extensions ?? {})).not.toContain('http');
        expect(Object.keys(error.extensions ?? {})).not.toContain('unexpected');
      }
    });
  }
});

describe('an invalid JSON body (NODE_ENV=production)', () => {
  it('is answered with a short typed error that quotes none of it, however large it is', async () => {
    const answer = await json(megabyteOfBrokenJson)();
    expect(answer.status).toBe(400);
    expect(answer.bytes).toBeLessThan(500);
    expect(answer.payloads[0]!.errors).toEqual([
      { message: expect.stringMatching(/^The request body is not valid JSON/), extensions: { code: 'BAD_REQUEST', requestId: expect.any(String) } },
    ]);
  });

  it('the same in a development gateway, and over SSE', async () => {
    const dev = await startGateway({ env: { NODE_ENV: 'development', LOG_LEVEL: 'silent' } });
    try {
      const response = await fetch(dev.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${dev.keys.viewer}` },
        body: '{"query": "{ __typename } secret text"',
      });
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(text).not.toContain('secret text');
      expect(text).toMatch(/The request body is not valid JSON/);
    } finally {
      await dev.close();
    }
    const answer = await sse('{"query": "{ __typename } secret text"')();
    expect(JSON.stringify(answer.payloads)).not.toContain('secret text');
    expect(answer.payloads[0]!.errors![0]!.extensions!['code']).toBe('BAD_REQUEST');
  });
});
