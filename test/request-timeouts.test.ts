import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ameyoCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/**
 * REQUEST_BODY_TIMEOUT_MS bounds how long a request's headers and body may take to arrive (Node's
 * own default held a body that stopped arriving for 300 s). A small bound here; every wait is on
 * the socket's close event.
 */

const BOUND_MS = 500;
let gw: TestGateway;
const disposers: (() => unknown)[] = [];
beforeAll(async () => {
  gw = await startGateway({ env: { REQUEST_BODY_TIMEOUT_MS: String(BOUND_MS), UPSTREAM_RETRIES: '0' }, simulatorStartTime: new Date() });
});
afterAll(async () => {
  for (const dispose of disposers) await dispose();
  await gw?.close();
});

/** A raw TCP connection to the gateway that sends `bytes` and then nothing; resolves with what it read once the server closed it. */
function sendAndStall(bytes: string): Promise<string> {
  const socket = connect(Number(new URL(gw.url).port), '127.0.0.1');
  disposers.push(() => socket.destroy());
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.write(bytes);
  return new Promise((resolve) => socket.once('close', () => resolve(received)));
}

const head = (lines: string[]) => `${lines.join('\r\n')}\r\n\r\n`;

describe('REQUEST_BODY_TIMEOUT_MS', () => {
  it('a body that claims 1000 bytes and sends 10 is answered 408 and its connection closed', async () => {
    const request = head(['POST /graphql HTTP/1.1', 'Host: gateway', 'Content-Type: application/json', `Authorization: Bearer ${gw.keys.viewer}`, 'Content-Length: 1000']);
    const answer = await sendAndStall(`${request}{"query":"`);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
  });

  it('headers that stop arriving, and a connection that sends nothing, are closed too', async () => {
    expect(await sendAndStall('POST /graphql HTTP/1.1\r\nHost: gateway\r\n')).toMatch(/^HTTP\/1\.1 408/);
    expect(await sendAndStall('')).toMatch(/^HTTP\/1\.1 408/);
  });

  it('does not cut an SSE subscription or a graphql-ws socket older than the bound: it bounds receiving a request, not answering it', async () => {
    const subscription = 'subscription { incomingCall { call { vendorId } } }';
    const sse = createSseClient({ url: gw.graphqlUrl, headers: { authorization: `Bearer ${gw.keys.agent}` }, retryAttempts: 0 });
    disposers.push(() => sse.dispose());
    const events = sse.iterate<{ incomingCall: { call: { vendorId: string } } }>({ query: subscription });
    const nextEvent = events.next();
    const ws = createWsClient({ url: gw.graphqlUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${gw.keys.viewer}` }, retryAttempts: 0 });
    disposers.push(() => ws.dispose());
    const query = () =>
      new Promise<ExecutionResult>((resolve, reject) => {
        let result: ExecutionResult | undefined;
        ws.subscribe({ query: '{ __typename }' }, { next: (value) => (result = value as ExecutionResult), error: reject, complete: () => resolve(result!) });
      });
    expect(await query()).toEqual({ data: { __typename: 'Query' } });
    await gw.app.pubsub.whenSubscribed('incomingCall', 'agent');

    // A request begun after both is cut: Node's check has passed the bound for all three by then.
    const stalled = head(['POST /graphql HTTP/1.1', 'Host: gateway', 'Content-Type: application/json', `Authorization: Bearer ${gw.keys.viewer}`, 'Content-Length: 100']);
    expect(await sendAndStall(`${stalled}{`)).toMatch(/^HTTP\/1\.1 408/);

    const call = await ameyoCalls(gw).ring({ phone: `1202555${String(1000 + (randomBytes(2).readUInt16BE() % 8999))}`, userId: 'agent' });
    expect((await nextEvent).value).toEqual({ data: { incomingCall: { call: { vendorId: call.crtObjectId } } } });
    expect(await query()).toEqual({ data: { __typename: 'Query' } });
    await events.return?.();
    await ameyoCalls(gw).hangup(call.crtObjectId);
  });

  it('a request whose body arrived in time is answered, however long the answer takes', async () => {
    await gw.sim.fault({ vendor: 'zendesk', kind: 'latency', latencyMs: BOUND_MS * 2 });
    try {
      const response = await fetch(gw.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.viewer}` },
        body: JSON.stringify({ query: '{ tickets(first: 1) { edges { node { id } } } }' }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as ExecutionResult<{ tickets: { edges: unknown[] } }>;
      expect(body.errors).toBeUndefined();
      expect(body.data?.tickets.edges).toHaveLength(1);
    } finally {
      await gw.sim.clearFaults();
    }
  });
});
