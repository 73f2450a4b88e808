import { MessageType, stringifyMessage } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { socketResultSink } from '../server/socket-result-sink.js';

/** The part of a ws socket the sink uses, recording what it sends. */
function fakeSocket(state: { readyState?: number; bufferedAmount?: number } = {}) {
  const sent: { data: Buffer; binary: boolean | undefined }[] = [];
  const socket = {
    OPEN: 1,
    readyState: state.readyState ?? 1,
    bufferedAmount: state.bufferedAmount ?? 0,
    send: (data: Buffer, options: { binary?: boolean }) => sent.push({ data, binary: options.binary }),
  };
  return { socket: socket as unknown as WebSocket, sent };
}

describe('a graphql-ws socket as a result sink', () => {
  it('writes the very bytes graphql-ws writes for a next message, as a text frame', () => {
    const { socket, sent } = fakeSocket();
    const result = { data: { agentStatusChanged: { status: 'AWAY', name: 'Zoë "Z" \u2028' } } };
    const id = 'c7b0"\\id';
    expect(socketResultSink(socket, id, 1024).next(Buffer.from(JSON.stringify(result)))).toBe('sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.binary).toBe(false);
    expect(sent[0]!.data.toString()).toBe(stringifyMessage({ id, type: MessageType.Next, payload: result }));
  });

  it('says full, and sends nothing, once the socket has more than the limit unwritten; ready again under half of it', () => {
    const { socket, sent } = fakeSocket({ bufferedAmount: 2048 });
    const sink = socketResultSink(socket, '1', 1024);
    expect(sink.next(Buffer.from('{"data":{}}'))).toBe('full');
    expect(sent).toHaveLength(0);
    expect(sink.backedUp()).toBe(true);
    Object.assign(socket, { bufferedAmount: 600 });
    expect(sink.backedUp()).toBe(true);
    Object.assign(socket, { bufferedAmount: 500 });
    expect(sink.backedUp()).toBe(false);
  });

  it('says closed, and sends nothing, on a socket that is closing', () => {
    const { socket, sent } = fakeSocket({ readyState: 2 });
    expect(socketResultSink(socket, '1', 1024).next(Buffer.from('{"data":{}}'))).toBe('closed');
    expect(sent).toHaveLength(0);
  });
});
