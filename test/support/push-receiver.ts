import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a push receiver got. */
export interface ReceivedPush {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface PushReceiver {
  /** `http://127.0.0.1:PORT` */
  url: string;
  received: ReceivedPush[];
  /** The pushes under a path: POSTs, and Ameyo's GETs (they carry `crtObjectId`); not GoTo's GET checks of a callback URL. */
  pushes(pathPrefix?: string): ReceivedPush[];
  /** The status answered next (default 200); `once` reverts to 200 after one answer. */
  answer(status: number, options?: { once?: boolean }): void;
  clear(): void;
  close(): Promise<void>;
}

/**
 * A real local HTTP server that records every request, as a gateway's `/webhooks/<vendor>` would
 * receive them; tests read `received` after the simulator's admin call has answered (the simulator
 * answers only once its pushes landed, so no waiting is needed).
 */
export async function startPushReceiver(): Promise<PushReceiver> {
  const received: ReceivedPush[] = [];
  let status = 200;
  let once = false;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = status;
      if (once) {
        status = 200;
        once = false;
      }
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    pushes: (prefix = '/') => received.filter((push) => push.url.startsWith(prefix) && (push.method === 'POST' || push.url.includes('crtObjectId='))),
    answer(next, options = {}) {
      status = next;
      once = options.once ?? false;
    },
    clear: () => received.splice(0, received.length),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
