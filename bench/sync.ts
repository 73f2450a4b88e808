import type { VendorFamily } from '../domain/vendors.js';
/**
 * How fast `switchboard sync` fills the store, on SQLite and on PostgreSQL.
 *
 *   npm run bench:sync -- [--tickets 100000] [--sessions 100000] [--postgres postgres://postgres@127.0.0.1:5432/test] [--only sqlite|postgresql]
 *
 * An in-process simulator is seeded with that many Zendesk tickets and Bomgar sessions (the
 * `volume` option: same seed, same data). Each database then gets a first sync of both, from
 * empty: Zendesk's incremental export (1,000 tickets a call, its 10 calls a minute waited out on
 * the simulator's clock, so the figure is the gateway's and the store's, not the rate limit's) and
 * Bomgar's SupportSession reports (500 sessions a page, with their events and exit surveys). It
 * prints, per resource and database: records read, rows written (tickets; sessions + events +
 * survey answers), seconds, records/s and rows/s; then a second run's time (nothing to write).
 * PostgreSQL gets a throwaway schema, dropped afterwards; SQLite a temporary file.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { simulatedVendorEnv } from '../simulator/credentials.js';
import { runConfiguredSync } from '../server/sync-job.js';
import { startSimulator } from '../simulator/server.js';
import { openStore } from '../store/index.js';

const { values: args } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    sessions: { type: 'string', default: '100000' },
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
    only: { type: 'string' },
  },
});

const seeding = performance.now();
const sim = await startSimulator({
  port: 0,
  startTime: new Date(),
  journalLimit: 100,
  volume: { zendeskTickets: Number(args.tickets), bomgarSessions: Number(args.sessions) },
});
console.log(`simulator seeded with ${args.tickets} tickets and ${args.sessions} Bomgar sessions in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);

const env = { NODE_ENV: 'test', SWITCHBOARD_VENDORS: 'zendesk,bomgar', ...simulatedVendorEnv(sim.url) };
const pause = async (ms: number) => {
  sim.simulator.clock.advance(ms);
};

interface Target {
  name: 'sqlite' | 'postgresql';
  databaseUrl: string;
  cleanUp(): Promise<void>;
}

async function targets(): Promise<Target[]> {
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-bench-sync-'));
  const schema = `bench_sync_${randomBytes(4).toString('hex')}`;
  const pg = new URL(args.postgres);
  pg.searchParams.set('schema', schema);
  const all: Target[] = [
    { name: 'sqlite', databaseUrl: `sqlite:${join(dir, 'store.sqlite')}`, cleanUp: () => rm(dir, { recursive: true, force: true }) },
    {
      name: 'postgresql',
      databaseUrl: pg.toString(),
      async cleanUp() {
        const store = await openStore({ databaseUrl: pg.toString() });
        await store.orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
        await store.close();
      },
    },
  ];
  return all.filter((target) => !args.only || target.name === args.only);
}

const rows: string[][] = [['database', 'resource', 'records', 'rows written', 'seconds', 'records/s', 'rows/s', 'second run s']];
for (const target of await targets()) {
  const store = await openStore({ databaseUrl: target.databaseUrl });
  try {
    await store.migrate();
    const config = loadConfig({ ...env, DATABASE_URL: target.databaseUrl });
    for (const vendor of ['zendesk', 'bomgar'] as VendorFamily[]) {
      const timed = async () => {
        const started = performance.now();
        const [outcome] = await runConfiguredSync({ config, store, vendors: [vendor], pause });
        if (outcome?.error) throw outcome.error;
        return { seconds: (performance.now() - started) / 1000, resource: outcome!.resources[0]! };
      };
      const first = await timed();
      const second = await timed();
      const { records, written, upstream, resource } = first.resource;
      rows.push([target.name, `${upstream}/${resource}`, String(records), String(written), first.seconds.toFixed(1), String(Math.round(records / first.seconds)), String(Math.round(written / first.seconds)), second.seconds.toFixed(1)]);
      console.log(rows.at(-1)!.join('  '));
    }
  } finally {
    await store.close();
    await target.cleanUp();
  }
}
await sim.close();

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
console.log(`\n${rows.map((row) => row.map((cell, column) => cell.padStart(widths[column]!)).join('  ')).join('\n')}`);
