import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient } from 'graphql-ws/client';
import { operationText } from './documents.js';

/** What the banner shows: `live` once the gateway acknowledged the key. */
export type ConnectionState = 'connecting' | 'live' | 'disconnected' | 'reconnecting' | 'refused';

/** The gateway's answers to a missing (4401) or unknown (4403) key: retrying cannot help. */
const REFUSED = new Set([4401, 4403]);

function closeCode(event: unknown): number | undefined {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : undefined;
}

export function isRefusal(error: unknown): boolean {
  return REFUSED.has(closeCode(error) ?? 0);
}

export interface Results<R> {
  next(data: R): void;
  /** A refused key (a close event), or the operation's GraphQL errors (an array). */
  error(error: unknown): void;
}

export interface Connection {
  /** Runs a typed operation on the socket; a subscription runs again after every reconnect. Returns its stop. */
  run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V, results: Results<R>): () => void;
  close(): void;
}

/**
 * One graphql-ws socket to this gateway with the key in the connection params. A dropped socket
 * is reconnected (0.5 s, doubling to 10 s between tries) and its subscriptions subscribed again;
 * a refused key is not retried.
 */
export function connect(key: string, onState: (state: ConnectionState) => void): Connection {
  let closed = false;
  const client = createClient({
    url: new URL('/graphql', location.href).href.replace(/^http/, 'ws'),
    connectionParams: { authorization: `Bearer ${key}` },
    retryAttempts: Infinity,
    shouldRetry: (event) => !isRefusal(event),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries) + Math.random() * 250)),
    // Pings find a half-open socket (a laptop that slept, a proxy that dropped it) within seconds.
    keepAlive: 10_000,
    on: {
      connecting: (isRetry) => onState(isRetry ? 'reconnecting' : 'connecting'),
      connected: () => onState('live'),
      closed: (event) => {
        if (closed) return;
        onState(isRefusal(event) ? 'refused' : 'disconnected');
      },
    },
  });
  return {
    run<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V, results: Results<R>) {
      return client.subscribe<R>(
        { query: operationText(document), variables },
        {
          next: (result) => (result.data ? results.next(result.data as R) : results.error(result.errors ?? [])),
          error: (error) => results.error(error),
          complete: () => undefined,
        },
      );
    },
    close() {
      closed = true;
      void client.dispose();
    },
  };
}
