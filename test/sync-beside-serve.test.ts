import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { embedSimulatorWhereUnconfigured, type EmbeddedSimulator } from '../server/embedded-simulator.js';
import { probeSimulator } from '../server/sync-simulator.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import { HistoryTicketSchema, openStore } from '../store/index.js';
import { cliCompiled } from './support/switchboard-cli.js';

// `switchboard sync` with no vendor URLs while `serve` runs: it reads the simulator serve embeds (at
// SIMULATOR_PORT), so the store holds what the gateway serves; with none there it starts its own.
let work: string;
let app: App;
let simulator: EmbeddedSimulator;
/** Where the embedded simulator's clock starts (serve's is now): its seed data is placed relative to it. */
const startTime = new Date();
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'switchboard-sync-serve-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: ':memory:',
    SWITCHBOARD_VENDORS: 'zendesk',
    LIVE_POLL_INTERVAL_MS: '0',
    SYNC_INTERVAL_MS: '0',
    RATE_LIMIT_PER_MINUTE: '0',
    SWITCHBOARD_API_KEYS: `admin:${'k'.repeat(20)}`,
  });
  // As `serve` does: the simulator for the vendors without a URL, then the gateway over it.
  simulator = (await embedSimulatorWhereUnconfigured(config, { port: 0, startTime }))!;
  app = await buildApp(config);
});
afterAll(async () => {
  await app?.close();
  await simulator?.close();
  await rm(work, { recursive: true, force: true });
});

/** `switchboard sync` (bin/switchboard.js: `npm run build` first) with no vendor URL in its environment. */
function sync(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(ZENDESK|GOTO|BOMGAR|AMEYO)_/.test(name)));
  const child = spawn(process.execPath, cliCompiled(['sync']), { env: { ...inherited, NODE_ENV: 'test', SWITCHBOARD_VENDORS: 'zendesk', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const portOf = (url: string) => new URL(url).port;

describe('switchboard sync beside serve', () => {
  it('syncs from the simulator serve embeds when one answers at SIMULATOR_PORT, and says so', async () => {
    await fetch(`${simulator.url}/_sim/journal`, { method: 'DELETE' });
    const databaseUrl = `sqlite:${join(work, 'beside.sqlite')}`;
    const run = await sync({ DATABASE_URL: databaseUrl, SIMULATOR_PORT: portOf(simulator.url) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`No URL configured for zendesk: syncing from the simulator serve embeds at ${simulator.url} (found at SIMULATOR_PORT; seed 42; made-up data).`);
    // The gateway's own simulator answered the export, and the store holds its data (a simulator started
    // for the run would start its clock elsewhere, and place every ticket at other times).
    const journal = (await (await fetch(`${simulator.url}/_sim/journal?vendor=zendesk`)).json()) as { entries: { path: string }[] };
    expect(journal.entries.filter((entry) => entry.path.includes('/incremental/tickets')).length).toBeGreaterThan(0);
    const store = await openStore({ databaseUrl });
    try {
      const stored = await store.fork().find(HistoryTicketSchema, {}, { disableIdentityMap: true });
      expect(stored.map((row) => `${row.vendorId} ${row.ticketCreatedAt.toISOString()}`).sort()).toEqual(
        generateZendeskSeed(42, startTime).tickets.map((ticket) => `${ticket.id} ${new Date(ticket.createdAt).toISOString()}`).sort(),
      );
    } finally {
      await store.close();
    }
  });

  it('starts a simulator of its own when none answers at SIMULATOR_PORT', async () => {
    const free = createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const port = String((free.address() as { port: number }).port);
    await new Promise((resolve) => free.close(resolve));
    const run = await sync({ DATABASE_URL: `sqlite:${join(work, 'alone.sqlite')}`, SIMULATOR_PORT: port });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^No URL configured for zendesk: syncing from a simulator started for this run \\(http://127\\.0\\.0\\.1:\\d+, seed 42; made-up data; none answered at SIMULATOR_PORT ${port}\\)\\.$`, 'm'));
  });

  it('takes only our simulator for one: another server at the port is not', async () => {
    const other: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      expect(await probeSimulator(`http://127.0.0.1:${(other.address() as { port: number }).port}`)).toBeNull();
      expect(await probeSimulator(simulator.url)).toMatchObject({ url: simulator.url, seed: 42, vendors: expect.arrayContaining(['zendesk', 'goto', 'bomgar', 'ameyo']) });
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
