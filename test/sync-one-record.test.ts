import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConfiguredSync } from '../server/sync-job.js';
import { generateBomgarSeed } from '../simulator/bomgar/index.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import {
  HistoryEventSchema,
  HistoryRegistrationSchema,
  HistorySessionEventSchema,
  HistorySupportSessionSchema,
  HistoryTicketSchema,
  openStore,
  SyncCheckpointSchema,
  type Store,
} from '../store/index.js';
import { startSyncSimulator, type SyncSimulator } from './support/sync-simulator.js';
import { cliCompiled } from './support/switchboard-cli.js';

// `switchboard sync --product P` and `--id ID`, through what the command runs (server/sync-job.ts).
let sim: SyncSimulator;
let store: Store;
beforeAll(async () => {
  sim = await startSyncSimulator();
  store = await openStore({ databaseUrl: ':memory:' });
  await store.migrate();
});
afterAll(async () => {
  await store?.close();
  await sim?.close();
});

const sync = (options: Omit<Parameters<typeof runConfiguredSync>[0], 'config' | 'store'>) =>
  runConfiguredSync({ config: sim.config(':memory:'), store, pause: sim.pause, ...options });

const checkpoints = async () => (await store.fork().find(SyncCheckpointSchema, {}, { disableIdentityMap: true })).map((c) => `${c.vendor}/${c.resource}`).sort();

describe('one record (--id)', () => {
  it('stores one Zendesk ticket, and no checkpoint', async () => {
    const ticket = generateZendeskSeed(42, sim.simulator.clock.startTime).tickets[7]!;
    const outcomes = await sync({ vendors: ['zendesk'], upstream: 'zendesk', id: String(ticket.id) });
    expect(outcomes).toMatchObject([{ vendor: 'zendesk', resources: [{ upstream: 'zendesk', records: 1, written: 1 }] }]);
    expect(outcomes[0]!.error).toBeUndefined();
    const rows = await store.fork().find(HistoryTicketSchema, {}, { disableIdentityMap: true });
    expect(rows.map((row) => [row.vendorId, row.subject])).toEqual([[String(ticket.id), ticket.subject]]);
    expect(await checkpoints()).toEqual([]);
  });

  it('stores one Bomgar session with its events', async () => {
    const session = generateBomgarSeed(42, sim.simulator.clock.startTime).sessions.find((s) => s.endTime !== null)!;
    const outcomes = await sync({ vendors: ['bomgar'], upstream: 'bomgar', id: session.lsid });
    expect(outcomes[0]!.error).toBeUndefined();
    const sessions = await store.fork().find(HistorySupportSessionSchema, { vendor: 'bomgar' }, { disableIdentityMap: true });
    expect(sessions.map((row) => row.vendorId)).toEqual([session.lsid]);
    expect(await store.fork().count(HistorySessionEventSchema, { vendor: 'bomgar', sessionVendorId: session.lsid })).toBeGreaterThan(0);
    expect(await checkpoints()).toEqual([]);
  });

  it('names a record the vendor does not have, and a resource that cannot read one', async () => {
    const [missing] = await sync({ vendors: ['zendesk'], upstream: 'zendesk', id: '987654321' });
    expect(missing!.error?.message).toBe('zendesk has no tickets record 987654321');
    const [meeting] = await sync({ vendors: ['goto'], upstream: 'gotomeeting', id: '123@2026-01-01T00:00:00.000Z' });
    expect(meeting!.error?.message).toMatch(/^gotomeeting cannot read one of its meetings on its own/);
    const [webinar] = await sync({ vendors: ['goto'], upstream: 'gotowebinar', id: 'not-stored' });
    expect(webinar!.error?.message).toMatch(/not-stored is not in the store yet/);
  });
});

describe('one GoTo product (--product)', () => {
  it('syncs only webinars, then reads one stored webinar again by its key', async () => {
    const outcomes = await sync({ vendors: ['goto'], upstream: 'gotowebinar' });
    expect(outcomes.map((o) => [o.vendor, o.error?.message, o.resources.map((r) => r.upstream)])).toEqual([['goto', undefined, ['gotowebinar']]]);
    expect((await checkpoints()).filter((name) => name.startsWith('goto'))).toEqual(['gotowebinar/webinars']);

    // A webinar with registrations loses them in the store; --id reads it, and them, again.
    const [registration] = await store.fork().find(HistoryRegistrationSchema, { vendor: 'gotowebinar' }, { limit: 1, disableIdentityMap: true });
    const key = registration!.eventVendorId;
    const registered = await store.fork().count(HistoryRegistrationSchema, { vendor: 'gotowebinar', eventVendorId: key });
    await store.fork().nativeDelete(HistoryRegistrationSchema, { vendor: 'gotowebinar', eventVendorId: key });
    const before = await store.fork().findOneOrFail(SyncCheckpointSchema, { vendor: 'gotowebinar' }, { disableIdentityMap: true });

    const [one] = await sync({ vendors: ['goto'], upstream: 'gotowebinar', id: key });
    expect(one!.error).toBeUndefined();
    expect(one!.resources[0]).toMatchObject({ records: 1, written: registered });
    expect(await store.fork().count(HistoryRegistrationSchema, { vendor: 'gotowebinar', eventVendorId: key })).toBe(registered);
    expect(await store.fork().count(HistoryEventSchema, { vendor: 'gotowebinar', vendorId: key })).toBe(1);
    const after = await store.fork().findOneOrFail(SyncCheckpointSchema, { vendor: 'gotowebinar' }, { disableIdentityMap: true });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});

describe('the flags', () => {
  it('refuses --id without the vendor it belongs to, naming the flag (bin/switchboard.js)', () => {
    const run = spawnSync(process.execPath, cliCompiled(['sync', '--id', '1400078874']), { env: { ...process.env, NODE_ENV: 'test' }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--id: needs --vendor (and --product for goto): whose record it is');
  });
});
