/**
 * The peer `npm run bench -- --peer` measures Switchboard against: Hive Gateway serving a supergraph
 * that GraphQL Mesh composes from the simulator's Zendesk (bench/peer/mesh.config.mjs). Its packages
 * are bench/peer's own (bench/peer/package.json and its lock file), installed there on first use with
 * `npm ci`: never a dependency of the gateway.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simulatedVendorEnv } from '../simulator/credentials.js';
import { runCaptured } from './child.js';

export const PEER_DIR = fileURLToPath(new URL('./peer/', import.meta.url));
const bin = (name: string) => join(PEER_DIR, 'node_modules', '.bin', name);

/** How long Hive Gateway may take to answer /readiness. */
const START_TIMEOUT_MS = 120_000;

/** Installs bench/peer's packages from its lock file (`npm ci` there) unless they are already in bench/peer/node_modules. */
export async function ensurePeerInstalled(): Promise<void> {
  if (existsSync(bin('hive-gateway')) && existsSync(bin('mesh-compose'))) return;
  console.error('[bench] installing the peer (Hive Gateway, GraphQL Mesh) into bench/peer/node_modules: npm ci …');
  const { code } = await runCaptured('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEER_DIR });
  if (code !== 0) throw new Error(`npm ci in ${PEER_DIR} exited with ${code}`);
}

/** `mesh-compose` of bench/peer/mesh.config.mjs over the simulator at `simulatorUrl`, written to `<dir>/supergraph.graphql`. */
export async function composePeerSupergraph(simulatorUrl: string, dir: string): Promise<string> {
  const { ZENDESK_URL, ZENDESK_EMAIL, ZENDESK_TOKEN } = simulatedVendorEnv(simulatorUrl);
  const output = join(dir, 'supergraph.graphql');
  const { code } = await runCaptured(process.execPath, [bin('mesh-compose'), '-o', output], {
    cwd: PEER_DIR,
    env: { ZENDESK_URL: ZENDESK_URL!, ZENDESK_EMAIL: ZENDESK_EMAIL!, ZENDESK_TOKEN: ZENDESK_TOKEN! },
  });
  if (code !== 0) throw new Error(`mesh-compose exited with ${code}`);
  return output;
}

export interface PeerGateway {
  /** `http://127.0.0.1:PORT/graphql` */
  graphqlUrl: string;
  pid: number;
  close(): Promise<void>;
}

/** A port free now (Hive Gateway prints the port it was given, not the one it got, so it is given one). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `hive-gateway supergraph <file>` in one process (`--fork 1`, as Switchboard runs) with NODE_ENV=production,
 * started in the supergraph's folder so it reads no configuration file; ready once /readiness answers 200.
 */
export async function startPeerGateway(supergraph: string, dir: string): Promise<PeerGateway> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin('hive-gateway'), 'supergraph', supergraph, '--host', '127.0.0.1', '--port', String(port), '--fork', '1'], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.on('data', (chunk: Buffer) => process.stderr.write(`[peer] ${chunk.toString()}`));
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`hive-gateway exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    const status = await fetch(`${url}/readiness`).then(
      (answer) => answer.status,
      () => 0,
    );
    if (status === 200) break;
    if (performance.now() > deadline) {
      await close();
      throw new Error(`hive-gateway was not ready after ${START_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { graphqlUrl: `${url}/graphql`, pid: child.pid!, close };
}
