import { connect } from 'node:net';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { IncomingCallDocument, TicketsDocument } from '../clients/graphql/generated/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/*
 * Graceful shutdown as `serve` does it on SIGTERM: Listening.close() (drain, stop accepting,
 * WebSockets 1001, in-flight requests finish within SHUTDOWN_GRACE_MS), then app.close()
 * (every registered closer, the store last).
 */

let gw: TestGateway | undefined;
const clients: Client[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.dispose();
  await gw?.close();
  gw = undefined;
  vi.restoreAllMocks();
});

/** Resolves when the gateway sends its first request to the simulated Zendesk (the slow request is in flight). */
function zendeskCalled(): Promise<void> {
  const realFetch = globalThis.fetch;
  return new Promise((resolve) => {
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/zendesk/api/')) resolve();
      return realFetch(input, init);
    });
  });
}

function ticketsRequest(url: string, key: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: print(TicketsDocument), variables: { first: 2 } }),
  });
}

/** Whether a fresh TCP connection to the port is refused. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

/** A graphql-ws client with a live `incomingCall` subscription; `closed` gives the close code. */
async function subscribedClient(target: TestGateway): Promise<{ closed: Promise<number> }> {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: target.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${target.keys.agent}` },
    retryAttempts: 0,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  clients.push(client);
  client.subscribe({ query: print(IncomingCallDocument) }, { next: () => undefined, error: () => undefined, complete: () => undefined });
  await target.app.pubsub.whenSubscribed('incomingCall', 'agent');
  return { closed };
}

describe('graceful shutdown', () => {
  it('stops accepting, lets the in-flight request finish, closes WebSockets with 1001, then runs the closers with the store last', async () => {
    gw = await startGateway({ env: { SHUTDOWN_GRACE_MS: '10000' } });
    const { app, http } = gw;
    const order: string[] = [];
    app.onClose('live pollers', async () => {
      order.push(`pollers (store ${(await app.store.ping()) ? 'up' : 'down'})`);
    });
    app.onClose('sync timer', () => void order.push('sync'));
    const ws = await subscribedClient(gw);
    await gw.sim.fault({ vendor: 'zendesk', kind: 'latency', latencyMs: 300 });

    const inFlight = zendeskCalled();
    const slow = ticketsRequest(gw.graphqlUrl, gw.keys.admin);
    await inFlight;
    const closing = http.close();

    expect(await refused(http.port)).toBe(true);
    expect(await ws.closed).toBe(1001);
    const response = await slow;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { tickets: { edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.tickets.edges).toHaveLength(2);
    await closing;

    await app.close();
    // Last registered closes first; the store outlives them all.
    expect(order).toEqual(['sync', 'pollers (store up)']);
    expect(await app.store.ping()).toBe(false);
    // Closing twice is harmless (a second signal, the test's own cleanup).
    await app.close();
    await http.close();
  });

  it('cuts what is still running when SHUTDOWN_GRACE_MS runs out', async () => {
    gw = await startGateway({ env: { SHUTDOWN_GRACE_MS: '300', UPSTREAM_TIMEOUT_MS: '30000', UPSTREAM_DEADLINE_MS: '60000' } });
    await gw.sim.fault({ vendor: 'zendesk', kind: 'latency', latencyMs: 20_000 });
    const inFlight = zendeskCalled();
    const stuck = ticketsRequest(gw.graphqlUrl, gw.keys.admin).then(
      (response) => `answered ${response.status}`,
      () => 'connection cut',
    );
    await inFlight;
    const started = performance.now();
    await gw.http.close();
    expect(await stuck).toBe('connection cut');
    // Well before the 20 s the vendor would have taken.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a closer that fails or hangs is logged and the others (and the store) still close', async () => {
    gw = await startGateway({ env: { SHUTDOWN_GRACE_MS: '200' } });
    const { app } = gw;
    const ran: string[] = [];
    app.onClose('first', () => void ran.push('first'));
    app.onClose('hangs', () => new Promise<void>(() => undefined));
    app.onClose('throws', () => {
      throw new Error('boom');
    });
    await app.close();
    expect(ran).toEqual(['first']);
    expect(await app.store.ping()).toBe(false);
    expect(() => app.onClose('late', () => undefined)).toThrow(/closing/);
  });
});
