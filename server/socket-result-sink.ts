import type { Duplex } from 'node:stream';
import { Sender, type WebSocket } from 'ws';
import type { ResultSink } from './shared-subscriber.js';

const CLOSE = Buffer.from('}');

/** An unfragmented, unmasked text frame, as a server sends one. */
const TEXT_FRAME = { fin: true, opcode: 1, mask: false, readOnly: false, rsv1: false };

/**
 * A graphql-ws subscription's socket as a {@link ResultSink}: writes the `next` message graphql-ws
 * would write (`{"id":…,"type":"next","payload":…}`, same bytes) around a payload serialised once
 * for every subscriber of a shared execution.
 *
 * The frame is built here (by ws's own `Sender.frame`) and written to the TCP connection under the WebSocket corked, in one write:
 * writing to 10,000 sockets costs mostly those writes, and ws's own path (framing, cork, header and
 * payload written apart, uncork) about as much again. Order with what ws writes itself holds: the
 * server runs without compression, so ws writes straight to the same connection, in call order.
 *
 * @param connection the TCP connection under `socket` (the upgrade request's socket)
 * @param maxBufferedBytes bytes the socket may have waiting to be written before the subscriber is
 *   treated as one that stopped reading (its subscription then ends with SLOW_CONSUMER, or skips to
 *   a fresh start once under half of it again)
 */
export function socketResultSink(socket: WebSocket, connection: Duplex, id: string, maxBufferedBytes: number): ResultSink {
  const head = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  return {
    next(payload) {
      if (socket.readyState !== socket.OPEN || connection.destroyed) return 'closed';
      if (socket.bufferedAmount > maxBufferedBytes) return 'full';
      const [header, body] = Sender.frame(Buffer.concat([head, payload, CLOSE]), TEXT_FRAME);
      connection.cork();
      connection.write(header!);
      connection.write(body!);
      connection.uncork();
      return 'sent';
    },
    backedUp: () => socket.bufferedAmount > maxBufferedBytes / 2,
  };
}
