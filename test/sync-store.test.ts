import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConfiguredSync } from '../server/sync-job.js';
import { generateBomgarSeed } from '../simulator/bomgar/index.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import {
  HISTORY_ENTITIES,
  HistoryCallSchema,
  HistoryMeetingAttendeeSchema,
  HistoryMeetingSchema,
  HistorySessionEventSchema,
  HistorySessionSurveySchema,
  HistorySupportSessionSchema,
  HistoryTicketSchema,
  openStore,
  SyncCheckpointSchema,
  type Store,
} from '../store/index.js';
import { readCoverage, storeCovers } from '../store/sync/coverage.js';
import type { VendorOutcome } from '../store/sync/run.js';
import { startSyncSimulator, type SyncSimulator } from './support/sync-simulator.js';

/** The machine's PostgreSQL (CI starts it); unreachable fails the PostgreSQL block, never skips it. */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DAY = 86_400_000;
const HISTORY = HISTORY_ENTITIES.filter((entity) => entity !== SyncCheckpointSchema);

let tempRoot: string;
beforeAll(async () => {
  tempRoot = await mkdtemp(join(tmpdir(), 'switchboard-sync-'));
});
afterAll(async () => {
  await rm(tempRoot, { recursive: true, force: true });
});

describeStore('SQLite', async () => ({ databaseUrl: `sqlite:${join(tempRoot, 'store.sqlite')}`, dispose: (store) => store.close() }));

describeStore('PostgreSQL', async () => {
  const schema = `sync_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('schema', schema);
  return {
    databaseUrl: url.toString(),
    async dispose(store) {
      await store.orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
      await store.close();
    },
  };
});

/** Rows per history table, and the latest `updated_at` of each (a rewrite moves it). */
async function snapshot(store: Store): Promise<Record<string, { rows: number; lastUpdate: number }>> {
  const em = store.fork();
  const entries = await Promise.all(
    HISTORY.map(async (entity) => {
      const rows = await em.find(entity as typeof HistoryTicketSchema, {}, { fields: ['updatedAt'], disableIdentityMap: true });
      return [entity.meta.className, { rows: rows.length, lastUpdate: Math.max(0, ...rows.map((row) => row.updatedAt.getTime())) }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function writtenBy(outcomes: VendorOutcome[]): Record<string, number> {
  return Object.fromEntries(outcomes.flatMap((o) => o.resources.map((r) => [`${r.upstream}/${r.resource}`, r.written])));
}

function describeStore(label: string, makeTarget: () => Promise<{ databaseUrl: string; dispose(store: Store): Promise<void> }>): void {
  describe(`sync into ${label}`, () => {
    let sim: SyncSimulator;
    let store: Store;
    let dispose: (store: Store) => Promise<void>;
    let since: Date;
    let runs: (extra?: Parameters<typeof runConfiguredSync>[0]['tuning']) => Promise<VendorOutcome[]>;

    beforeAll(async () => {
      sim = await startSyncSimulator();
      const target = await makeTarget();
      dispose = target.dispose;
      store = await openStore({ databaseUrl: target.databaseUrl });
      await store.migrate();
      // A week of history keeps the suite quick; Zendesk's tickets updated in it, Bomgar's sessions started in it, ...
      since = new Date(sim.simulator.clock.startTime.getTime() - 7 * DAY);
      const config = sim.config(target.databaseUrl);
      runs = (tuning) => runConfiguredSync({ config, store, since, pause: sim.pause, ...(tuning && { tuning }) });
      // Two calls of the contact centre: one ended, one still connected.
      for (const phone of ['14155550100', '14155550101']) {
        const answer = await fetch(`${sim.url}/ameyo/simulator/calls`, { method: 'POST', body: JSON.stringify({ phone }) });
        expect(answer.status).toBe(201);
        if (phone.endsWith('0')) await fetch(`${sim.url}/ameyo/simulator/calls/${((await answer.json()) as { crtObjectId: string }).crtObjectId}/hangup`, { method: 'POST', body: '{}' });
      }
    });
    afterAll(async () => {
      if (store) await dispose(store);
      await sim?.close();
    });

    it('stores every synced resource, matching the simulator', async () => {
      const outcomes = await runs();
      expect(outcomes.filter((o) => o.error).map((o) => `${o.vendor}: ${o.error?.message}`)).toEqual([]);
      const em = store.fork();
      const start = sim.simulator.clock.startTime;

      const tickets = generateZendeskSeed(42, start).tickets.filter((t) => Date.parse(t.updatedAt) >= since.getTime());
      const storedTickets = await em.find(HistoryTicketSchema, {});
      expect(storedTickets.map((t) => t.vendorId).sort()).toEqual(tickets.map((t) => String(t.id)).sort());

      const sessions = generateBomgarSeed(42, start).sessions.filter((s) => s.startTime >= since.getTime());
      const storedSessions = await em.find(HistorySupportSessionSchema, { vendor: 'bomgar' });
      expect(storedSessions.map((s) => s.vendorId).sort()).toEqual(sessions.map((s) => s.lsid).sort());
      expect(await em.count(HistorySessionEventSchema, { vendor: 'bomgar' })).toBe(sessions.reduce((n, s) => n + s.events.length, 0));
      const answers = sessions.reduce((n, s) => n + (s.custSurvey?.length ?? 0) + (s.endTime !== null && s.primaryRepId !== null ? (s.repSurvey?.length ?? 0) : 0), 0);
      expect(await em.count(HistorySessionSurveySchema, { vendor: 'bomgar' })).toBe(answers);
      // A rated session carries its rating; an open one has no duration yet.
      const rated = sessions.find((s) => s.custSurvey);
      expect(storedSessions.find((s) => s.vendorId === rated?.lsid)?.rating).toBe(Number(rated?.custSurvey?.[0]?.answer));
      expect(storedSessions.filter((s) => s.status === 'ACTIVE' || s.status === 'WAITING').every((s) => s.durationSeconds === null)).toBe(true);

      expect(await em.count(HistorySupportSessionSchema, { vendor: 'gotoassist' })).toBeGreaterThan(0);
      const meetings = await em.find(HistoryMeetingSchema, {});
      expect(meetings.length).toBeGreaterThan(0);
      expect(meetings.every((m) => m.groupKey && m.startedAt >= since)).toBe(true);
      expect(await em.count(HistoryMeetingAttendeeSchema, { meetingVendorId: { $in: meetings.map((m) => m.vendorId) } })).toBeGreaterThan(0);

      const calls = await em.find(HistoryCallSchema, {}, { orderBy: { phone: 'asc' } });
      expect(calls.map((c) => [c.phone, c.direction, c.endedAt !== null])).toEqual([
        ['+14155550100', 'inbound', true],
        ['+14155550101', 'inbound', false],
      ]);
      // Every resource has its checkpoint, with what it covers.
      const checkpoints = await em.find(SyncCheckpointSchema, {}, { orderBy: { vendor: 'asc' } });
      expect(checkpoints.map((c) => `${c.vendor}/${c.resource}`)).toEqual([
        'ameyo/calls',
        'bomgar/sessions',
        'gotoassist/sessions',
        'gotomeeting/meetings',
        'gototraining/trainings',
        'gotowebinar/webinars',
        'zendesk/tickets',
      ]);
      expect(checkpoints.every((c) => c.completedAt !== null && c.coveredFrom?.getTime() === since.getTime())).toBe(true);
    });

    it('changes nothing on a second run', async () => {
      const before = await snapshot(store);
      const outcomes = await runs();
      expect(outcomes.filter((o) => o.error)).toEqual([]);
      expect(Object.entries(writtenBy(outcomes)).filter(([, n]) => n > 0)).toEqual([]);
      expect(await snapshot(store)).toEqual(before);
    });

    it('answers whether the store covers a range, and since when', async () => {
      const em = store.fork();
      const bomgar = await readCoverage(em, 'bomgar', 'sessions');
      // The connected Ameyo call holds the calls' coverage at its start; Bomgar's open sessions hold theirs.
      expect(bomgar?.from).toEqual(since);
      expect(bomgar!.to!.getTime()).toBeLessThan(Date.now());
      const inside = { vendor: 'bomgar', resource: 'sessions' as const, from: since, to: new Date(since.getTime() + DAY) };
      expect((await storeCovers(em, inside)).covered).toBe(true);
      expect((await storeCovers(em, { ...inside, from: new Date(since.getTime() - DAY) })).covered).toBe(false);
      expect((await storeCovers(em, { ...inside, to: new Date(Date.now() + DAY) })).covered).toBe(false);
      expect((await storeCovers(em, { ...inside, resource: 'calls', vendor: 'never-synced' })).coverage).toBeNull();
    });

    it('keeps a failing vendor where it was and syncs the others', async () => {
      const before = await store.fork().findOneOrFail(SyncCheckpointSchema, { vendor: 'bomgar', resource: 'sessions' });
      const fault = await fetch(`${sim.url}/_sim/faults`, { method: 'POST', body: JSON.stringify({ vendor: 'bomgar', path: '/api/reporting*', kind: 'status', status: 500 }) });
      expect(fault.status).toBe(201);
      try {
        const outcomes = await runs();
        expect(outcomes.find((o) => o.vendor === 'bomgar')?.error?.message).toMatch(/bomgar/);
        expect(outcomes.filter((o) => o.vendor !== 'bomgar').every((o) => !o.error)).toBe(true);
        const after = await store.fork().findOneOrFail(SyncCheckpointSchema, { vendor: 'bomgar', resource: 'sessions' });
        expect(after).toEqual(before);
      } finally {
        await fetch(`${sim.url}/_sim/faults`, { method: 'DELETE' });
      }
    });
  });
}
