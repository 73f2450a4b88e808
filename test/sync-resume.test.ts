import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConfiguredSync } from '../server/sync-job.js';
import { generateBomgarSeed } from '../simulator/bomgar/index.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import { HISTORY_ENTITIES, HistorySupportSessionSchema, HistoryTicketSchema, openStore, SyncCheckpointSchema, type Store } from '../store/index.js';
import { startSyncSimulator, type SyncSimulator } from './support/sync-simulator.js';
import { cliFromSources } from './support/switchboard-cli.js';

/** The machine's PostgreSQL (CI starts it); unreachable fails the PostgreSQL case, never skips it. */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgSchema = `sync_resume_${randomBytes(6).toString('hex')}`;
const DAY = 86_400_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: string[];
  stderr: string;
}

/**
 * `switchboard sync` in a child process. With `killAfterPages`, it is SIGKILLed as soon as it has
 * printed that many committed pages (an event, not a delay): whatever it was doing then is cut.
 */
function sync(env: Record<string, string>, args: string[], killAfterPages?: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cliFromSources(['sync', ...args]), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let stderr = '';
    let pages = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (/: page of \d+/.test(line) && ++pages === killAfterPages) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, lines, stderr }));
  });
}

/** Every history row as (table, vendor, vendorId, content hash), sorted: equal sets mean no row lost, changed or doubled. */
async function contents(store: Store): Promise<string[]> {
  const em = store.fork();
  const rows = await Promise.all(
    HISTORY_ENTITIES.filter((entity) => entity !== SyncCheckpointSchema).map(async (entity) =>
      (await em.find(entity as typeof HistoryTicketSchema, {}, { disableIdentityMap: true })).map((row) => `${entity.meta.className} ${row.vendor} ${row.vendorId} ${row.contentHash}`),
    ),
  );
  return rows.flat().sort();
}

describe('switchboard sync, killed and resumed', () => {
  let work: string;
  let sim: SyncSimulator;
  let env: Record<string, string>;
  let since: Date;
  let reference: string[];
  let referencePages = 0;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'switchboard-sync-resume-'));
    sim = await startSyncSimulator();
    since = new Date(sim.simulator.clock.startTime.getTime() - 14 * DAY);
    // The same simulator synced in one go, in process: what the killed-and-resumed store must equal.
    const databaseUrl = `sqlite:${join(work, 'reference.sqlite')}`;
    const store = await openStore({ databaseUrl });
    try {
      await store.migrate();
      const outcomes = await runConfiguredSync({
        config: sim.config(databaseUrl),
        store,
        since,
        pause: sim.pause,
        onEvent: (event) => void (event.type === 'page' && referencePages++),
      });
      expect(outcomes.filter((o) => o.error)).toEqual([]);
      reference = await contents(store);
    } finally {
      await store.close();
    }
    env = { ...sim.env, NODE_ENV: 'test', DATABASE_URL: `sqlite:${join(work, 'killed.sqlite')}` };
  });
  afterAll(async () => {
    await sim?.close();
    await rm(work, { recursive: true, force: true });
    const url = new URL(POSTGRES_URL);
    url.searchParams.set('schema', pgSchema);
    const store = await openStore({ databaseUrl: url.toString() });
    await store.orm.em.getConnection().execute(`drop schema if exists "${pgSchema}" cascade`);
    await store.close();
  });

  /** Kills a sync of `databaseUrl` at a random page, reruns it, and compares the store with the reference and the simulator. */
  async function killAndResume(databaseUrl: string): Promise<void> {
    // Somewhere in the first half of the run's pages, so the kill always lands before the end.
    const killAfter = 1 + Math.floor(Math.random() * Math.max(1, Math.floor(referencePages / 2)));
    const args = ['--since', since.toISOString()];
    const target = { ...env, DATABASE_URL: databaseUrl };
    const killed = await sync(target, args, killAfter);
    expect(killed.signal, `killed after ${killAfter} of ${referencePages} pages; printed:\n${killed.lines.join('\n')}`).toBe('SIGKILL');

    const resumed = await sync(target, args);
    expect(resumed.code, resumed.stderr).toBe(0);
    const store = await openStore({ databaseUrl });
    try {
      expect(await contents(store), `killed after ${killAfter} pages`).toEqual(reference);
      // And against the simulator's own data.
      const start = sim.simulator.clock.startTime;
      const tickets = generateZendeskSeed(42, start).tickets.filter((t) => Date.parse(t.updatedAt) >= since.getTime());
      expect((await store.fork().find(HistoryTicketSchema, {})).map((t) => t.vendorId).sort()).toEqual(tickets.map((t) => String(t.id)).sort());
      const sessions = generateBomgarSeed(42, start).sessions.filter((s) => s.startTime >= since.getTime());
      expect((await store.fork().find(HistorySupportSessionSchema, { vendor: 'bomgar' })).map((s) => s.vendorId).sort()).toEqual(sessions.map((s) => s.lsid).sort());
    } finally {
      await store.close();
    }
  }

  it('loses no row and doubles none when killed at a random point, then rerun (SQLite)', () => killAndResume(env.DATABASE_URL!));

  it('loses no row and doubles none when killed at a random point, then rerun (PostgreSQL)', () => {
    const url = new URL(POSTGRES_URL);
    url.searchParams.set('schema', pgSchema);
    return killAndResume(url.toString());
  });

  it('changes nothing when run again (SQLite), and exits 1 naming a vendor that fails', async () => {
    const fault = await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ vendor: 'ameyo', kind: 'status', status: 503 }) });
    expect(fault.status).toBe(201);
    const again = await sync(env, ['--since', since.toISOString()]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('switchboard sync: failed: ameyo');
    const summary = again.lines.filter((line) => /^(zendesk|goto|bomgar|ameyo): /.test(line));
    expect(summary).toEqual([
      expect.stringMatching(/^zendesk: ok; \d+ records read, 0 rows written$/),
      expect.stringMatching(/^goto: ok; \d+ records read, 0 rows written$/),
      expect.stringMatching(/^bomgar: ok; \d+ records read, 0 rows written$/),
      expect.stringMatching(/^ameyo: FAILED \(.*ameyo.*\); 0 records read, 0 rows written$/),
    ]);
  });
});
