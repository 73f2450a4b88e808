import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Role } from '../../domain/roles.js';
import { POLLED_VENDORS } from '../../domain/live.js';
import { startGateway, type TestGateway } from './gateway.js';

/** One subscription over a real transport, read event by event. */
export interface LiveStream<T> {
  /** The next result (data or errors); rejects when the stream ends first. */
  next(): Promise<ExecutionResult<T>>;
  /** Reads until an event's data passes `test` (at most `max` events) and returns that data. */
  until(test: (data: T) => boolean, max?: number): Promise<T>;
  close(): Promise<void>;
}

function stream<T>(iterator: AsyncIterableIterator<unknown>, dispose: () => unknown): LiveStream<T> {
  const next = async (): Promise<ExecutionResult<T>> => {
    try {
      const result = await iterator.next();
      if (result.done) throw new Error('the subscription ended');
      return result.value as ExecutionResult<T>;
    } catch (error) {
      // graphql-ws and graphql-sse throw a refused operation's GraphQL errors as an array.
      if (Array.isArray(error)) return { errors: error } as ExecutionResult<T>;
      throw error;
    }
  };
  return {
    next,
    async until(test, max = 500) {
      for (let seen = 0; seen < max; seen++) {
        const result = await next();
        if (result.errors) throw new Error(`subscription error: ${JSON.stringify(result.errors)}`);
        if (test(result.data as T)) return result.data as T;
      }
      throw new Error(`no matching event in ${max} events`);
    },
    async close() {
      await iterator.return?.();
      await dispose();
    },
  };
}

/** A subscription over graphql-ws with the role's key in the connection params. */
export function wsStream<T, V extends Record<string, unknown>>(gw: TestGateway, role: Role, document: TypedDocumentNode<T, V>, variables?: V): LiveStream<T> {
  const client = createWsClient({
    url: gw.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${gw.keys[role]}` },
    retryAttempts: 0,
  });
  return stream<T>(client.iterate({ query: print(document), variables }), () => client.dispose());
}

/** A subscription over SSE (graphql-sse, distinct connections) with the role's key in the header. */
export function sseStream<T, V extends Record<string, unknown>>(gw: TestGateway, role: Role, document: TypedDocumentNode<T, V>, variables?: V): LiveStream<T> {
  const client = createSseClient({ url: gw.graphqlUrl, headers: { authorization: `Bearer ${gw.keys[role]}` }, retryAttempts: 0 });
  return stream<T>(client.iterate({ query: print(document), variables }), () => client.dispose());
}

/** Streams a test file opened, closed together in afterAll. */
export function openedStreams() {
  const streams: LiveStream<unknown>[] = [];
  return {
    open<T>(stream: LiveStream<T>): LiveStream<T> {
      streams.push(stream as LiveStream<unknown>);
      return stream;
    },
    async closeAll() {
      for (const stream of streams.splice(0)) await stream.close().catch(() => undefined);
    },
  };
}

/** `POST /_sim/events`: one vendor change, answered once the simulator's pushes were answered. */
export async function simEvent(gw: TestGateway, body: Record<string, unknown>): Promise<{ change: Record<string, unknown> }> {
  const response = await gw.sim.call('/_sim/events', body);
  if (response.status !== 200) throw new Error(`/_sim/events answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { change: Record<string, unknown> };
}

/** Environment for a live test gateway: a failing vendor fails at once (no retries, no open breaker). */
export const LIVE_TEST_ENV = { UPSTREAM_RETRIES: '0', BREAKER_FAILURES: '1000' };

/** A live test gateway whose board already holds every polled vendor (each polled once, and reachable). */
export async function startPolledGateway(): Promise<TestGateway> {
  const gw = await startGateway({ env: LIVE_TEST_ENV, simulatorStartTime: new Date() });
  for (const vendor of POLLED_VENDORS) {
    const outcome = await gw.app.live.pollNow(vendor);
    if (!outcome.polled || !outcome.reachable) throw new Error(`${vendor} did not answer the first poll: ${JSON.stringify(outcome)}`);
  }
  return gw;
}
