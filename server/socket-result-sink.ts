import type { WebSocket } from 'ws';
import type { ResultSink } from './shared-subscriber.js';

const CLOSE = Buffer.from('}');

/**
 * A graphql-ws subscription's socket as a {@link ResultSink}: writes the `next` message graphql-ws
 * would write (`{"id":…,"type":"next","payload":…}`, same bytes) around a payload serialised once
 * for every subscriber of a shared execution.
 *
 * @param maxBufferedBytes bytes the socket may have waiting to be written before the subscriber is
 *   treated as one that stopped reading (its subscription then ends with SLOW_CONSUMER, or skips to
 *   a fresh start once under half of it again)
 */
export function socketResultSink(socket: WebSocket, id: string, maxBufferedBytes: number): ResultSink {
  const head = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  return {
    next(payload) {
      if (socket.readyState !== socket.OPEN) return 'closed';
      if (socket.bufferedAmount > maxBufferedBytes) return 'full';
      socket.send(Buffer.concat([head, payload, CLOSE], head.length + payload.length + 1), { binary: false });
      return 'sent';
    },
    backedUp: () => socket.bufferedAmount > maxBufferedBytes / 2,
  };
}
