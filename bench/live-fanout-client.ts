/**
 * The subscriber side of bench/live-fanout.ts, forked as its own process so the latency it
 * measures includes a real socket hop and none of the server's CPU. It speaks
 * graphql-transport-ws directly over `ws` (no client library in the way): connection_init with
 * the key, one subscription per socket, and records for every `next` how long after the event's
 * `at` it arrived.
 *
 * Parent → child: { type: 'start', url, key, count, query, concurrency }, { type: 'reset' } (forget what
 *                 was measured so far: after the warm-up), { type: 'count' }, { type: 'report' }, { type: 'stop' }.
 * Child → parent: { type: 'progress', connected }, { type: 'ready', connected, failed }, { type: 'count', received },
 *                 { type: 'report', latencies (ms), received, messages, errors, firstAt, lastAt }.
 */
import WebSocket from 'ws';

interface Start {
  type: 'start';
  url: string;
  key: string;
  count: number;
  query: string;
  /** Sockets opened at once (the server's listen backlog is finite). */
  concurrency: number;
}

const sockets: WebSocket[] = [];
const latencies: number[] = [];
let received = 0;
/** Every `next` message, measured or not (liveBoard's other events). */
let messages = 0;
let errors = 0;
let firstAt = 0;
let lastAt = 0;

function send(message: unknown) {
  process.send?.(message);
}

/** Opens one socket and subscribes; resolves once the server acknowledged the connection and the subscribe was sent. */
function subscribe(start: Start): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(start.url, 'graphql-transport-ws', { perMessageDeflate: false });
    sockets.push(socket);
    let settled = false;
    const settle = (ok: boolean) => {
      if (settled) return;
      settled = true;
      resolve(ok);
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${start.key}` } })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: { data?: Record<string, { at?: string; kind?: string }>; errors?: unknown } };
      switch (message.type) {
        case 'connection_ack':
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: start.query } }));
          settle(true);
          return;
        case 'next': {
          const now = Date.now();
          messages++;
          const event = message.payload?.data ? Object.values(message.payload.data)[0] : undefined;
          if (!event?.at) {
            if (errors++ === 0) console.error('subscription refused:', JSON.stringify(message.payload));
            return;
          }
          // liveBoard: only the flipped rep's AGENT event is measured (the first BOARD, and any QUEUE or SESSION, travel too).
          if (event.kind !== undefined && event.kind !== 'AGENT') return;
          received++;
          if (firstAt === 0) firstAt = now;
          lastAt = now;
          latencies.push(now - Date.parse(event.at));
          return;
        }
        case 'error':
          // The first refusal tells what is wrong with the query or the key; the rest would repeat it.
          if (errors++ === 0) console.error('subscription refused:', JSON.stringify(message.payload));
          return;
        case 'ping':
          socket.send(JSON.stringify({ type: 'pong' }));
          return;
      }
    });
    socket.on('error', () => settle(false));
    socket.on('close', () => {
      // A socket that never got its ack is dropped from the list: its retry opens another.
      if (!settled) sockets.splice(sockets.indexOf(socket), 1);
      settle(false);
    });
  });
}

async function connectAll(start: Start) {
  let next = 0;
  let connected = 0;
  let failed = 0;
  const worker = async () => {
    while (next < start.count) {
      next++;
      // A dashboard reconnects when the gateway, busy accepting thousands of others, drops it: so does this one, twice.
      let ok = false;
      for (let attempt = 0; attempt < 3 && !ok; attempt++) ok = await subscribe(start);
      if (ok) connected++;
      else failed++;
      if ((connected + failed) % 1000 === 0) send({ type: 'progress', connected });
    }
  };
  await Promise.all(Array.from({ length: Math.min(start.concurrency, start.count) }, worker));
  send({ type: 'ready', connected, failed });
}

process.on('message', (message: { type: string }) => {
  if (message.type === 'start') void connectAll(message as Start);
  if (message.type === 'reset') {
    latencies.length = 0;
    received = messages = errors = firstAt = lastAt = 0;
    send({ type: 'reset' });
  }
  if (message.type === 'count') send({ type: 'count', received });
  if (message.type === 'report') {
    send({ type: 'report', latencies, received, messages, errors, firstAt, lastAt });
  }
  if (message.type === 'stop') {
    for (const socket of sockets) socket.terminate();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
