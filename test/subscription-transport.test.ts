import { randomBytes } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AgentStatusChangedDocument, LiveBoardDocument } from '../clients/graphql/generated/graphql.js';
import { ameyoCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { LIVE_TEST_ENV, openedStreams, simEvent, wsStream } from './support/live.js';

let gw: TestGateway;
const disposers: (() => unknown)[] = [];
const streams = openedStreams();
beforeAll(async () => {
  gw = await startGateway({ env: LIVE_TEST_ENV, simulatorStartTime: new Date() });
});
afterAll(async () => {
  await streams.closeAll();
  for (const dispose of disposers) await dispose();
  await gw?.close();
});

const INCOMING_CALL = 'subscription { incomingCall { call { vendorId agentUserId } } }';
const wsUrl = () => gw.graphqlUrl.replace(/^http/, 'ws');
const unknownNumber = () => `1202555${String(1000 + (randomBytes(2).readUInt16BE() % 8999)).padStart(4, '0')}`;

/** A graphql-ws client; `closed` resolves with the close code. */
function wsClient(options: { params?: Record<string, unknown>; headers?: Record<string, string> }): { client: Client; closed: Promise<number> } {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const headers = options.headers;
  // Node's ws takes upgrade headers as a constructor option; browsers cannot send them at all.
  class WithHeaders extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client = createWsClient({
    url: wsUrl(),
    webSocketImpl: headers ? WithHeaders : WebSocket,
    connectionParams: options.params ?? {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  disposers.push(() => client.dispose());
  return { client, closed };
}

/** The first result of an operation and whether it then completed. */
function first(client: Client, query: string): Promise<ExecutionResult> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe({ query }, {
      next: (value) => {
        resolve(value as ExecutionResult);
        stop();
      },
      error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
      complete: () => undefined,
    });
  });
}

/** A raw graphql-transport-ws socket, for the protocol's own refusals. */
async function rawSocket(authorization: string) {
  const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
  disposers.push(() => socket.close());
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const acked = new Promise<void>((resolve) => socket.on('message', (data) => String(data).includes('connection_ack') && resolve()));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
  await acked;
  return { socket, closed, send: (message: unknown) => socket.send(JSON.stringify(message)) };
}

describe('graphql-ws authentication', () => {
  it('closes with 4401 Unauthorized when no key is sent', async () => {
    expect(await wsClient({}).closed).toBe(4401);
  });

  it('closes with 4403 Forbidden for a key it does not know, in the params or the upgrade header', async () => {
    expect(await wsClient({ params: { authorization: 'Bearer not-a-key-not-a-key' } }).closed).toBe(4403);
    expect(await wsClient({ headers: { authorization: 'Bearer not-a-key-not-a-key' } }).closed).toBe(4403);
  });

  it('accepts the key from the upgrade request’s Authorization header too', async () => {
    const { client } = wsClient({ headers: { authorization: `Bearer ${gw.keys.viewer}` } });
    expect(await first(client, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('graphql-ws protocol refusals pass through', () => {
  it('closes with 4409 when a subscription id is reused while it runs', async () => {
    const { send, closed } = await rawSocket(`Bearer ${gw.keys.agent}`);
    send({ id: 'same', type: 'subscribe', payload: { query: INCOMING_CALL } });
    send({ id: 'same', type: 'subscribe', payload: { query: INCOMING_CALL } });
    expect(await closed).toBe(4409);
  });

  it('closes with 4429 on a second connection_init', async () => {
    const { send, closed } = await rawSocket(`Bearer ${gw.keys.agent}`);
    send({ type: 'connection_init', payload: { authorization: `Bearer ${gw.keys.agent}` } });
    expect(await closed).toBe(4429);
  });
});

describe('roles per subscription', () => {
  it('refuses a subscription above the caller’s role as a GraphQL error on that operation, keeping the socket', async () => {
    const { client } = wsClient({ params: { authorization: `Bearer ${gw.keys.viewer}` } });
    const refused = await first(client, INCOMING_CALL);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await first(client, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('SSE', () => {
  const sse = (authorization?: string) =>
    fetch(gw.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: INCOMING_CALL }),
    });

  it('refuses a missing or unknown key with 401 before streaming', async () => {
    for (const response of [await sse(), await sse('Bearer not-a-key-not-a-key')]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(((await response.json()) as ExecutionResult).errors![0]!.extensions!['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a subscription above the caller’s role', async () => {
    const client = createSseClient({ url: gw.graphqlUrl, headers: { authorization: `Bearer ${gw.keys.viewer}` }, retryAttempts: 0 });
    disposers.push(() => client.dispose());
    const refused = await new Promise<ExecutionResult>((resolve, reject) =>
      client.subscribe({ query: INCOMING_CALL }, { next: (value) => resolve(value as ExecutionResult), error: reject, complete: () => undefined }),
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('streams an agent’s events with the key in the header (graphql-sse client)', async () => {
    const client = createSseClient({ url: gw.graphqlUrl, headers: { authorization: `Bearer ${gw.keys.agent}` }, retryAttempts: 0 });
    disposers.push(() => client.dispose());
    const events = client.iterate<{ incomingCall: { call: { vendorId: string; agentUserId: string } } }>({ query: INCOMING_CALL });
    const next = events.next();
    await gw.app.pubsub.whenSubscribed('incomingCall', 'agent');
    const call = await ameyoCalls(gw).ring({ phone: unknownNumber(), userId: 'agent' });
    expect((await next).value).toEqual({ data: { incomingCall: { call: { vendorId: call.crtObjectId, agentUserId: 'agent' } } } });
    await events.return?.();
    await ameyoCalls(gw).hangup(call.crtObjectId);
  });
});

describe('identical subscriptions over graphql-ws', () => {
  it('share one execution per event, and each subscriber gets every event', async () => {
    await gw.app.live.pollNow('bomgar');
    const filter = { filter: { vendor: 'BOMGAR' as const } };
    const same = [1, 2, 3].map(() => streams.open(wsStream(gw, 'viewer', AgentStatusChangedDocument, filter)));
    // Another key (role) is another execution, even for the same document.
    const other = streams.open(wsStream(gw, 'manager', AgentStatusChangedDocument, filter));
    await gw.app.sharing.whenMembers(4);
    expect(gw.app.sharing.groups()).toBe(2);

    const rep = gw.app.live.board().agents.flatMap((agent) => agent.identities).find((i) => i.vendor === 'bomgar' && i.status === 'AVAILABLE')!;
    await simEvent(gw, { vendor: 'bomgar', kind: 'agent-status', agent: rep.vendorId, status: 'away' });
    await gw.app.live.pollNow('bomgar');
    for (const stream of [...same, other]) {
      const event = await stream.until((data) => data.agentStatusChanged.identity.vendorId === rep.vendorId);
      expect(event.agentStatusChanged).toMatchObject({ status: 'AWAY', previousStatus: 'AVAILABLE' });
    }

    // Leaving ends nothing for the others; the manager's execution ends with its only subscriber.
    await same[0]!.close();
    await other.close();
    await gw.app.sharing.whenMembers(2);
    expect(gw.app.sharing.groups()).toBe(1);
  });

  it('share liveBoard too: each subscriber starts with the whole board as it is when it joins, then every change', async () => {
    await gw.app.live.pollNow('bomgar');
    const groupsBefore = gw.app.sharing.groups();
    const membersBefore = gw.app.sharing.members();
    const early = [1, 2].map(() => streams.open(wsStream(gw, 'viewer', LiveBoardDocument)));
    await gw.app.sharing.whenMembers(membersBefore + 2);
    for (const board of early) expect((await board.next()).data!.liveBoard.kind).toBe('BOARD');

    const rep = gw.app.live.board().agents.flatMap((agent) => agent.identities).find((i) => i.vendor === 'bomgar' && i.status === 'AVAILABLE')!;
    await simEvent(gw, { vendor: 'bomgar', kind: 'agent-status', agent: rep.vendorId, status: 'away' });
    await gw.app.live.pollNow('bomgar');
    const changed = (data: { liveBoard: { kind: string; agent?: { identities: { vendorId: string; status: string }[] } | null } }) =>
      data.liveBoard.kind === 'AGENT' && data.liveBoard.agent!.identities.some((i) => i.vendorId === rep.vendorId && i.status === 'AWAY');
    for (const board of early) await board.until(changed);

    // A later subscriber joins the same execution and starts from the board as it is now: the rep away.
    const late = streams.open(wsStream(gw, 'viewer', LiveBoardDocument));
    const first = (await late.next()).data!.liveBoard;
    expect(first.kind).toBe('BOARD');
    const identity = first.board!.agents.flatMap((agent) => agent.identities).find((i) => i.vendorId === rep.vendorId);
    expect(identity?.status).toBe('AWAY');
    expect(gw.app.sharing.groups()).toBe(groupsBefore + 1);

    await simEvent(gw, { vendor: 'bomgar', kind: 'agent-status', agent: rep.vendorId, status: 'available' });
    await gw.app.live.pollNow('bomgar');
    const back = (data: Parameters<typeof changed>[0]) =>
      data.liveBoard.kind === 'AGENT' && data.liveBoard.agent!.identities.some((i) => i.vendorId === rep.vendorId && i.status === 'AVAILABLE');
    for (const board of [...early, late]) await board.until(back);
  });
});
