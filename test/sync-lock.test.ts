import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.js';
import { startSyncInterval } from '../server/sync-job.js';
import { SyncLockSchema } from '../store/entities/index.js';
import { HistoryTicketSchema, openStore, type Store } from '../store/index.js';
import { tryTakeSyncLock, type HeldSyncLock } from '../store/sync/lock.js';
import { runSync } from '../store/sync/run.js';
import { rowBatch } from '../store/sync/types.js';
import { startSyncSimulator, type SyncSimulator } from './support/sync-simulator.js';
import { cliCompiled } from './support/switchboard-cli.js';

/** The machine's PostgreSQL (CI starts it); unreachable fails the PostgreSQL case, never skips it. */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const pgSchema = `sync_lock_${randomBytes(6).toString('hex')}`;
/** A process of this host that has exited. */
const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;

let work: string;
let sim: SyncSimulator;
let databaseUrl: string;
let store: Store;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'switchboard-sync-lock-'));
  sim = await startSyncSimulator();
  databaseUrl = `sqlite:${join(work, 'store.sqlite')}`;
  store = await openStore({ databaseUrl });
  await store.migrate();
});
afterAll(async () => {
  await store?.close();
  await sim?.close();
  await rm(work, { recursive: true, force: true });
});

async function take(target: Store, what: string): Promise<HeldSyncLock> {
  const taken = await tryTakeSyncLock(target.fork(), { what });
  if (!('lock' in taken)) throw new Error(`the lock is held by ${taken.heldBy.holder}`);
  return taken.lock;
}

interface Child {
  child: ChildProcess;
  /** The first stdout or stderr line matching. */
  line(test: RegExp): Promise<string>;
  exit: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** `switchboard sync` as users run it (bin/switchboard.js: `npm run build` first) on this file's store and simulator. */
function sync(args: string[], options: { env?: Record<string, string> } = {}): Child {
  const env = { ...process.env, ...sim.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, SWITCHBOARD_VENDORS: 'zendesk', ...options.env };
  const child = spawn(process.execPath, cliCompiled(['sync', ...args]), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const seen: string[] = [];
  const waiting: { test: RegExp; resolve: (line: string) => void }[] = [];
  const out = { stdout: '', stderr: '' };
  for (const [name, stream] of [['stdout', child.stdout!], ['stderr', child.stderr!]] as const) {
    createInterface({ input: stream }).on('line', (line) => {
      out[name] += `${line}\n`;
      seen.push(line);
      for (const waiter of waiting.splice(0)) (waiter.test.test(line) ? waiter.resolve(line) : waiting.push(waiter));
    });
  }
  return {
    child,
    line: (test) => new Promise((resolve) => (seen.some((l) => test.test(l)) ? resolve(seen.find((l) => test.test(l))!) : waiting.push({ test, resolve }))),
    exit: new Promise((resolve) => child.on('close', (code) => resolve({ code, ...out }))),
  };
}

describe('the store', () => {
  it('runs SQLite in WAL mode with a busy timeout', async () => {
    const connection = store.orm.em.getConnection();
    expect(await connection.execute('pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await connection.execute('pragma busy_timeout')).toEqual([{ timeout: 5000 }]);
  });
});

describe('one sync per store', () => {
  it('lets one holder in and names it to the next; a killed holder lapses (SQLite and PostgreSQL)', async () => {
    const url = new URL(POSTGRES_URL);
    url.searchParams.set('schema', pgSchema);
    const postgres = await openStore({ databaseUrl: url.toString() });
    try {
      await postgres.migrate();
      for (const target of [store, postgres]) {
        const first = await take(target, 'first');
        const second = await tryTakeSyncLock(target.fork(), { what: 'second' });
        expect(second).toEqual({ heldBy: expect.objectContaining({ holder: `first on ${hostname()} (pid ${process.pid})`, host: hostname(), pid: process.pid }) });
        await first.release();
        await (await take(target, 'third')).release();
        // A holder elsewhere that stopped renewing (killed): its row counts until it expires, then the next run takes it.
        const elsewhere = { name: 'sync', holder: 'switchboard sync on elsewhere (pid 1)', host: 'elsewhere', pid: 1, token: 'a'.repeat(32), startedAt: new Date() };
        await target.fork().insert(SyncLockSchema, { ...elsewhere, expiresAt: new Date(Date.now() + 60_000) });
        expect(await tryTakeSyncLock(target.fork(), { what: 'next' })).toEqual({ heldBy: expect.objectContaining({ host: 'elsewhere' }) });
        await target.fork().nativeUpdate(SyncLockSchema, { name: 'sync' }, { expiresAt: new Date(Date.now() - 1) });
        await (await take(target, 'next')).release();
        // A holder killed on this host (its process is gone) is taken over at once.
        await target.fork().insert(SyncLockSchema, { ...elsewhere, host: hostname(), pid: deadPid, expiresAt: new Date(Date.now() + 60_000) });
        await (await take(target, 'next')).release();
        expect(await target.fork().count(SyncLockSchema, {})).toBe(0);
      }
    } finally {
      await postgres.orm.em.getConnection().execute(`drop schema if exists "${pgSchema}" cascade`);
      await postgres.close();
    }
  });

  it("skips serve's interval sync while another sync holds the store, naming the holder", async () => {
    const held = await take(store, 'switchboard sync');
    const lines: Record<string, unknown>[] = [];
    let skipped!: () => void;
    const whenSkipped = new Promise<void>((resolve) => (skipped = resolve));
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        const line = JSON.parse(chunk.toString()) as Record<string, unknown>;
        lines.push(line);
        if (line['msg'] === 'sync skipped: another sync holds the store') skipped();
        done();
      },
    });
    const config = sim.config(databaseUrl, { SWITCHBOARD_VENDORS: 'zendesk', LOG_LEVEL: 'info' });
    const interval = startSyncInterval({ config, store, intervalMs: 5, logger: createLogger(config, { destination }) });
    try {
      await whenSkipped;
    } finally {
      await interval.stop();
      await held.release();
    }
    expect(lines.find((line) => line['msg'] === 'sync skipped: another sync holds the store')?.['holder']).toMatch(/^switchboard sync on .+ \(pid \d+\), since /);
    expect(lines.filter((line) => line['msg'] === 'synced')).toEqual([]);
  });

  it('exits 75 naming the holder, or waits for it with --wait', async () => {
    const held = await take(store, "serve's interval sync");
    const refused = await sync([]).exit;
    expect(refused.code).toBe(75);
    expect(refused.stderr).toMatch(/^switchboard sync: another sync holds this store: serve's interval sync on .+ \(pid \d+\), since .+\. Run again once it has ended, or pass --wait\.$/m);

    const waiting = sync(['--wait']);
    await waiting.line(/^Waiting: another sync holds this store: serve's interval sync on /);
    await held.release();
    const done = await waiting.exit;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/^zendesk: ok; \d+ records read/m);
    expect(await store.fork().count(SyncLockSchema, {})).toBe(0);
  });

  it('exits 130 on Ctrl-C (the compiled bin), releasing the store', async () => {
    // Ameyo answers slowly: Zendesk's page is committed while Ameyo's call is still in flight.
    const fault = await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ vendor: 'ameyo', kind: 'latency', latencyMs: 30_000 }) });
    expect(fault.status).toBe(201);
    try {
      const run = sync(['--full'], { env: { SWITCHBOARD_VENDORS: 'zendesk,ameyo' } });
      await run.line(/^sync zendesk.*: page of \d+/);
      run.child.kill('SIGINT');
      const stopped = await run.exit;
      expect(stopped.code, stopped.stderr).toBe(130);
      expect(stopped.stderr).toContain('switchboard sync: interrupted');
      expect(await store.fork().count(SyncLockSchema, {})).toBe(0);
    } finally {
      await fetch(`${sim.url}/_sim/faults`, { method: 'DELETE' });
    }
  });
});

describe('store errors', () => {
  it('reach the output naming what failed, never the statement or its values', async () => {
    const secret = 'customer-secret-555-0199';
    // A ticket row without its required status, beside values that must not leak.
    const row = { vendor: 'zendesk', vendorId: 'broken-1', subject: secret, status: null, ticketCreatedAt: new Date(), ticketUpdatedAt: new Date(), tags: secret } as never;
    const plan = new Map([
      [
        'zendesk' as const,
        [
          {
            vendor: 'zendesk',
            resource: 'tickets' as const,
            async *pages() {
              yield { batches: [rowBatch(HistoryTicketSchema, [row])], records: 1, checkpoint: { cursor: null, coveredFrom: null, coveredTo: null, complete: true } };
            },
          },
        ],
      ],
    ]);
    const [outcome] = await runSync({ em: store.fork(), plan });
    const message = outcome!.error!.message;
    expect(message).toMatch(/^store error: a required column was empty \(SQLITE_CONSTRAINT, table history_tickets\)$/);
    expect(message).not.toContain(secret);
    expect(outcome!.error!.stack).not.toContain(secret);
  });
});
