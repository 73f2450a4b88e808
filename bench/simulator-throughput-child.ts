/**
 * The two servers of the simulator section (bench/sections/simulator.ts), each forked as its own
 * process: `SERVER=simulator` runs the simulator as `switchboard simulator --no-rate-limits` does
 * (seed 42, journal on with its default limit and body capture); `SERVER=bare` a bare node:http
 * server answering every request with the same status, headers and body (BARE_BODY, BARE_TYPE),
 * so the only difference measured is the simulator's own request path.
 *
 * Child → parent: { type: 'listening', url } once it listens on 127.0.0.1 (a free port); it closes when the parent disconnects.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator } from '../simulator/server.js';

async function startBare(): Promise<{ url: string; close(): Promise<void> }> {
  const body = Buffer.from(process.env.BARE_BODY ?? '{}');
  const type = process.env.BARE_TYPE ?? 'application/json; charset=utf-8';
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const server = process.env.SERVER === 'bare' ? await startBare() : await startSimulator({ port: 0, host: '127.0.0.1', seed: 42, rateLimits: false });
process.on('disconnect', () => void server.close().finally(() => process.exit(0)));
process.send?.({ type: 'listening', url: server.url });
