import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { socketResultSink } from '../server/socket-result-sink.js';

/** A real ws server on port 0; each test takes the server side of its own connection. */
const server = createServer();
const wss = new WebSocketServer({ server, perMessageDeflate: false });
const accepted: ((pair: { socket: WebSocket; request: IncomingMessage }) => void)[] = [];
wss.on('connection', (socket, request) => accepted.shift()?.({ socket, request }));
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const client of wss.clients) client.terminate();
  await new Promise((resolve) => wss.close(resolve));
  await new Promise((resolve) => server.close(resolve));
});

/** A client connected to the server, the server's side of it, and the client's messages as they arrive. */
async function connection() {
  const serverSide = new Promise<{ socket: WebSocket; request: IncomingMessage }>((resolve) => accepted.push(resolve));
  const client = new WebSocket(url);
  const messages: { text: string; binary: boolean }[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  client.on('message', (data, binary) => {
    messages.push({ text: String(data), binary });
    for (const waiter of waiting.filter((w) => messages.length >= w.count)) waiter.resolve();
  });
  await new Promise((resolve) => client.once('open', resolve));
  const { socket, request } = await serverSide;
  const received = (count: number) => new Promise<void>((resolve) => (messages.length >= count ? resolve() : waiting.push({ count, resolve })));
  return { client, socket, connection: request.socket, messages, received };
}

describe('a graphql-ws socket as a result sink', () => {
  it('sends the very message graphql-ws sends, as a text frame a real client reads, in order with what ws sends itself', async () => {
    const { socket, connection: tcp, messages, received } = await connection();
    const id = 'c7b0"\\id';
    const sink = socketResultSink(socket, tcp, id, 1 << 20);
    // Short, 16-bit and 64-bit payload lengths.
    const results = [{ data: { n: 'Zoë "Z" \u2028' } }, { data: { n: 'x'.repeat(200) } }, { data: { n: 'y'.repeat(70_000) } }];
    expect(sink.next(Buffer.from(JSON.stringify(results[0])))).toBe('sent');
    socket.send('from ws itself');
    for (const result of results.slice(1)) expect(sink.next(Buffer.from(JSON.stringify(result)))).toBe('sent');
    await received(4);
    const expected = results.map((payload) => stringifyMessage({ id, type: MessageType.Next, payload }));
    expect(messages.map((message) => message.text)).toEqual([expected[0], 'from ws itself', expected[1], expected[2]]);
    expect(messages.every((message) => !message.binary)).toBe(true);
  });

  it('says full, and sends nothing, once the socket has more than the limit unwritten; ready again under half of it', async () => {
    const { socket, connection: tcp } = await connection();
    const sink = socketResultSink(socket, tcp, '1', 1024);
    expect(sink.backedUp()).toBe(false);
    // The client is not reading fast enough to matter: what waits in the connection's buffer counts.
    tcp.cork();
    expect(sink.next(Buffer.from(JSON.stringify({ data: { n: 'z'.repeat(1500) } })))).toBe('sent');
    expect(sink.backedUp()).toBe(true);
    expect(sink.next(Buffer.from('{"data":{}}'))).toBe('full');
    tcp.uncork();
    // An empty write's callback runs once everything before it has been handed to the kernel.
    await new Promise((resolve) => tcp.write(Buffer.alloc(0), resolve));
    expect(sink.backedUp()).toBe(false);
  });

  it('says closed, and sends nothing, once the socket is closing', async () => {
    const { socket, connection: tcp } = await connection();
    const sink = socketResultSink(socket, tcp, '1', 1024);
    socket.close();
    expect(sink.next(Buffer.from('{"data":{}}'))).toBe('closed');
  });
});
