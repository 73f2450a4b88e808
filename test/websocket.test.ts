import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startGateway, type TestGateway } from './support/gateway.js';
import { DEFAULT_LIMITS } from '../server/limits/options.js';

let gw: TestGateway;
const clients: Client[] = [];
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await gw?.close();
});

function connect(authorization: string | undefined): { client: Client; closed: Promise<number> } {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: gw.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  clients.push(client);
  return { client, closed };
}

function execute(client: Client, query: string) {
  return new Promise<unknown>((resolve, reject) => {
    let result: unknown;
    client.subscribe({ query }, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
  });
}

describe('graphql-ws on /graphql', () => {
  it('runs operations for a caller with a key in the connection params, under their role', async () => {
    const viewer = connect(`Bearer ${gw.keys.viewer}`);
    const read = await execute(viewer.client, '{ tickets(first: 2) { edges { node { subject } } } }');
    expect(read).toMatchObject({ data: { tickets: { edges: [{ node: {} }, { node: {} }] } } });
    const write = (await execute(viewer.client, 'mutation { createContact(input: {name: "X"}) { __typename } }')) as {
      errors: { extensions: { code: string } }[];
    };
    expect(write.errors[0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('closes the socket with 4401 for a missing key and 4403 for an unknown one', async () => {
    expect(await connect(undefined).closed).toBe(4401);
    expect(await connect('Bearer nope-nope-nope-nope').closed).toBe(4403);
  });
});

/** A raw graphql-transport-ws socket, acknowledged; `messages` are the parsed ones it got, `closed` its close code. */
async function rawSocket(authorization: string) {
  const socket = new WebSocket(gw.graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const waiters: { test: (message: Message) => boolean; resolve: (message: Message) => void }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Message;
    for (const waiter of waiters.splice(0)) (waiter.test(message) ? waiter.resolve(message) : waiters.push(waiter));
  });
  const next = (test: (message: Message) => boolean) => new Promise<Message>((resolve) => waiters.push({ test, resolve }));
  await new Promise((resolve) => socket.once('open', resolve));
  const acked = next((message) => message.type === 'connection_ack');
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
  await acked;
  return { socket, closed, next, send: (message: unknown) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)) };
}

interface Message {
  type: string;
  id?: string;
  payload?: { data?: unknown; extensions?: Record<string, unknown> }[] & { data?: unknown };
}

describe('graphql-ws limits', () => {
  it('closes a socket whose message is over LIMIT_MAX_BODY_BYTES with 1009 before parsing it, and keeps serving others', async () => {
    const { send, closed } = await rawSocket(`Bearer ${gw.keys.viewer}`);
    const query = `{ __typename ${'a'.repeat(DEFAULT_LIMITS.maxBodyBytes)} }`;
    send({ id: 'big', type: 'subscribe', payload: { query } });
    expect(await closed).toBe(1009);
    const other = connect(`Bearer ${gw.keys.viewer}`);
    expect(await execute(other.client, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses the 101st running subscription on one socket with an Error message for it, and the socket goes on', async () => {
    const { send, next, socket } = await rawSocket(`Bearer ${gw.keys.agent}`);
    const limit = gw.app.config.maxSubscriptionsPerSocket;
    expect(limit).toBe(100);
    for (let i = 0; i < limit; i++) send({ id: `s${i}`, type: 'subscribe', payload: { query: 'subscription { incomingCall { call { id } } }' } });
    const refused = next((message) => message.id === 'over');
    send({ id: 'over', type: 'subscribe', payload: { query: 'subscription { incomingCall { call { id } } }' } });
    const message = await refused;
    expect(message.type).toBe('error');
    expect(message.payload?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', limit: 100 });
    // Completing one makes room: the socket serves the next operation.
    send({ id: 's0', type: 'complete' });
    const answered = next((message) => message.id === 'after' && message.type === 'next');
    send({ id: 'after', type: 'subscribe', payload: { query: '{ __typename }' } });
    expect((await answered).payload?.data).toEqual({ __typename: 'Query' });
    socket.close();
  });
});
