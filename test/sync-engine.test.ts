import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { createLogger } from '../server/logger.js';
import { runConfiguredSync, startSyncInterval } from '../server/sync-job.js';
import { HistoryRegistrationSchema, HistoryTicketSchema, openStore, SyncCheckpointSchema, type Store } from '../store/index.js';
import { commitPage } from '../store/sync/page-writer.js';
import { rowBatch, type SyncPage } from '../store/sync/types.js';
import { windowsByCount } from '../store/sync/windowed.js';
import { startSyncSimulator, type SyncSimulator } from './support/sync-simulator.js';

let sim: SyncSimulator;
beforeAll(async () => {
  sim = await startSyncSimulator();
});
afterAll(async () => {
  await sim?.close();
});

/** Log lines as they are written, and a promise for the first one whose message matches. */
function capturedLog() {
  const waiting: { test: RegExp; resolve: (line: Record<string, unknown>) => void }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = JSON.parse(chunk.toString()) as Record<string, unknown>;
      for (const waiter of waiting.splice(0)) {
        if (waiter.test.test(String(line['msg']))) waiter.resolve(line);
        else waiting.push(waiter);
      }
      done();
    },
  });
  return { destination, next: (test: RegExp) => new Promise<Record<string, unknown>>((resolve) => waiting.push({ test, resolve })) };
}

describe('Zendesk tickets', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ databaseUrl: ':memory:' });
    await store.migrate();
  });
  afterAll(() => store.close());

  it('waits out the incremental export rate limit (on the simulator clock), then picks up changes from the cursor', async () => {
    const config = sim.config(':memory:', { SWITCHBOARD_VENDORS: 'zendesk' });
    const pauses: number[] = [];
    const pause = async (ms: number) => {
      pauses.push(ms);
      await sim.pause(ms);
    };
    // 25 tickets a page: 12 export calls, over the 10 a minute Zendesk allows.
    const tuning = { zendesk: { tickets: { pageSize: 25 } } };
    // At the start of a rate-limit minute (they are whole minutes of the simulator's clock), so all 12 fall in one.
    await sim.pause(60_000 - (sim.simulator.clock.nowMs() % 60_000));
    const [first] = await runConfiguredSync({ config, store, pause, tuning });
    expect(first?.error).toBeUndefined();
    expect(first?.resources[0]).toMatchObject({ records: 300, written: 300 });
    expect(pauses.length).toBeGreaterThan(0);
    expect(pauses.every((ms) => ms > 0 && ms <= 60_000)).toBe(true);
    const journal = (await (await fetch(`${sim.url}/_sim/journal?vendor=zendesk`)).json()) as { entries: { path: string; status: number }[] };
    const exports = journal.entries.filter((entry) => entry.path.includes('/incremental/tickets/cursor'));
    expect(exports.filter((entry) => entry.status === 429).length).toBe(pauses.length);
    expect(await store.fork().count(HistoryTicketSchema, {})).toBe(300);

    // One ticket changes: the next run reads from the stored cursor and writes just that row.
    const [ticket] = await store.fork().find(HistoryTicketSchema, { status: { $ne: 'solved' } }, { limit: 1 });
    await sim.pause(60_000); // a fresh export minute, and the update lands after the stored cursor
    const update = await fetch(`${sim.url}/zendesk/api/v2/tickets/${ticket!.vendorId}.json`, {
      method: 'PUT',
      headers: { authorization: `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: { status: 'solved' } }),
    });
    expect(update.status).toBe(200);
    const [second] = await runConfiguredSync({ config, store, pause, tuning });
    expect(second?.resources[0]).toMatchObject({ records: 1, written: 1 });
    const stored = await store.fork().findOneOrFail(HistoryTicketSchema, { vendorId: ticket!.vendorId });
    expect(stored.status).toBe('solved');
    expect(stored.createdAt).toEqual(ticket!.createdAt);
    expect(stored.updatedAt.getTime()).toBeGreaterThan(ticket!.updatedAt.getTime());
    expect(await store.fork().count(HistoryTicketSchema, {})).toBe(300);
  });
});

describe('page writer', () => {
  it('replaces the children of the parents a page carries, and counts the deletion as a write', async () => {
    const store = await openStore({ databaseUrl: ':memory:' });
    try {
      await store.migrate();
      const registration = (email: string) => ({
        vendor: 'gotowebinar',
        vendorId: `w1:${email}`,
        eventVendorId: 'w1',
        registrantKey: email,
        email,
        firstName: 'A',
        lastName: 'B',
        status: 'APPROVED',
        registeredAt: null,
        attended: false,
        attendanceSeconds: 0,
        firstJoinedAt: null,
        lastLeftAt: null,
      });
      const page = (emails: string[]): SyncPage => ({
        batches: [rowBatch(HistoryRegistrationSchema, emails.map(registration), { field: 'eventVendorId', parentIds: ['w1'] })],
        records: 1,
        checkpoint: { cursor: null, coveredFrom: null, coveredTo: null, complete: true },
      });
      expect(await commitPage(store.fork(), 'gotowebinar', 'webinars', page(['a@x', 'b@x', 'c@x']))).toEqual({ written: 3 });
      expect(await commitPage(store.fork(), 'gotowebinar', 'webinars', page(['a@x', 'c@x']))).toEqual({ written: 1 });
      const left = await store.fork().find(HistoryRegistrationSchema, {}, { orderBy: { email: 'asc' } });
      expect(left.map((row) => row.email)).toEqual(['a@x', 'c@x']);
      const checkpoint = await store.fork().findOneOrFail(SyncCheckpointSchema, { vendor: 'gotowebinar', resource: 'webinars' });
      expect(checkpoint.rowsWritten).toBe(4);
    } finally {
      await store.close();
    }
  });
});

describe('windowsByCount', () => {
  const range = { from: new Date(0), to: new Date(100) };
  it('cuts a range into windows of at most N listed times, never splitting equal times', () => {
    const windows = windowsByCount(range, [5, 1, 2, 2, 2, 9, 50], 2);
    expect(windows.map((w) => [w.from.getTime(), w.to.getTime()])).toEqual([
      // 1 and 2 fill the first window; the other 2s stay with their equals.
      [0, 5],
      [5, 50],
      [50, 100],
    ]);
    expect(windowsByCount(range, [], 2).map((w) => [w.from.getTime(), w.to.getTime()])).toEqual([[0, 100]]);
  });
});

describe('the periodic sync', () => {
  it('runs on its interval and stops, its run included, when stopped', async () => {
    const store = await openStore({ databaseUrl: ':memory:' });
    const log = capturedLog();
    try {
      await store.migrate();
      const config = sim.config(':memory:', { SWITCHBOARD_VENDORS: 'zendesk', LOG_LEVEL: 'info' });
      const synced = log.next(/^synced$/);
      const interval = startSyncInterval({ config, store, intervalMs: 5, logger: createLogger(config, { destination: log.destination }) });
      expect(await synced).toMatchObject({ component: 'sync', vendor: 'zendesk' });
      await interval.stop();
      expect(await store.fork().count(SyncCheckpointSchema, { vendor: 'zendesk' })).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('is started by the app (SYNC_INTERVAL_MS) on one instance and stopped by app.close()', async () => {
    const log = capturedLog();
    const config = sim.config(':memory:', { SWITCHBOARD_VENDORS: 'zendesk', SYNC_INTERVAL_MS: '5', LOG_LEVEL: 'info', SWITCHBOARD_API_KEYS: `admin:${'k'.repeat(20)}`, RATE_LIMIT_PER_MINUTE: '0' });
    const synced = log.next(/^synced$/);
    const app = await buildApp(config, { logDestination: log.destination });
    try {
      expect(app.leadership.leads('sync')).toBe(true);
      await synced;
    } finally {
      await app.close();
    }
    expect(app.leadership.leads('sync')).toBe(false);
  });
});
