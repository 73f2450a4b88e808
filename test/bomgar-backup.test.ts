import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBomgarClient } from '../clients/bomgar/client.js';
import type { LiveAlert } from '../domain/alerts.js';
import { createBackupService } from '../resolvers/backups/backup-service.js';
import { buildApp, type App } from '../server/app.js';
import type { ScheduleWait } from '../server/backup-schedule.js';
import { loadConfig } from '../server/config.js';
import { listen, type Listening } from '../server/listen.js';
import { simulatedVendorEnv } from '../simulator/credentials.js';
import { BOMGAR_CREDENTIALS } from '../simulator/bomgar/index.js';
import { startSimulator } from '../simulator/server.js';
import { graphqlQuery } from './support/gateway-over.js';
import { simulatorAdmin } from './support/simulator-admin.js';
import { cliCompiled } from './support/switchboard-cli.js';

/**
 * Bomgar configuration backups (docs/backups.md) on the simulator's virtual clock: the schedule's
 * waits are handed to the test, which moves the simulator's clock by each one and lets it go on.
 */

const HOURS_6 = 6 * 3_600_000;
const work = mkdtempSync(join(tmpdir(), 'switchboard-backup-'));
const dir = join(work, 'backups');
const keys = { admin: `test_admin_${randomBytes(12).toString('hex')}`, manager: `test_manager_${randomBytes(12).toString('hex')}` };

let sim: Awaited<ReturnType<typeof startSimulator>>;
let app: App;
let http: Listening;

/** A wait the schedule asked for, held until the test lets it end. */
interface HeldWait {
  ms: number;
  end(): void;
}
const held: HeldWait[] = [];
let waiter: ((wait: HeldWait) => void) | undefined;
const backupWait: ScheduleWait = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    const wait = { ms, end: resolve };
    if (waiter) waiter(wait);
    else held.push(wait);
  });
/** The schedule's next wait: it asks for one after every run, so this also says the run before it is over. */
const nextWait = (): Promise<HeldWait> => (held.length > 0 ? Promise.resolve(held.shift()!) : new Promise((resolve) => (waiter = (wait) => ((waiter = undefined), resolve(wait)))));

/** The gateway's log lines (warnings and worse). */
const logLines: string[] = [];

let pending: HeldWait;
/** Lets the schedule's wait pass on the simulator's clock; resolves when the run it was waiting for is over (the next wait). */
async function scheduledRun(): Promise<HeldWait> {
  sim.simulator.clock.advance(pending.ms);
  pending.end();
  pending = await nextWait();
  return pending;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const query = <T>(text: string, key = keys.admin) => graphqlQuery<T>(http.url, key, text);
const LIST = '{ bomgarBackups { file size sha256 createdAt vendorFileName } }';
interface Listed {
  file: string;
  size: number;
  sha256: string;
  createdAt: string;
  vendorFileName: string | null;
}
const listed = async () => (await query<{ bomgarBackups: Listed[] }>(LIST)).data!.bomgarBackups;
/** The next alert published (in-process: the pub/sub every subscription reads). */
function nextAlert(): Promise<LiveAlert> {
  const events = app.pubsub.subscribe('liveAlerts');
  return events.next().then(async (event) => {
    await events.return?.();
    return event.value as LiveAlert;
  });
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 42 });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: ':memory:',
    SWITCHBOARD_API_KEYS: `admin:${keys.admin},manager:${keys.manager}`,
    SWITCHBOARD_VENDORS: 'bomgar',
    ...simulatedVendorEnv(sim.url),
    LIVE_POLL_INTERVAL_MS: '0',
    RATE_LIMIT_PER_MINUTE: '0',
    UPSTREAM_RETRIES: '0',
    LOG_LEVEL: 'warn',
    LIVE_ALERT_RULES: '[{"kind":"VENDOR_UNREACHABLE","vendor":"bomgar"}]',
    BOMGAR_BACKUP_INTERVAL: '6h',
    BOMGAR_BACKUP_DIR: dir,
    BOMGAR_BACKUP_KEEP: '3',
  });
  app = await buildApp(config, { now: () => sim.simulator.clock.nowMs(), backupWait, logDestination: { write: (line: string) => void logLines.push(line) } });
  http = await listen(app, { port: 0, host: '127.0.0.1' });
  pending = await nextWait();
});

afterAll(async () => {
  await http?.close();
  await app?.close();
  await sim?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('Bomgar configuration backups', () => {
  it('saves one at once when there is none, then one every interval, each with its checksum and size', async () => {
    expect(app.leadership.leads('backup:bomgar')).toBe(true);
    expect(pending.ms).toBe(0);
    const start = sim.simulator.clock.nowMs();
    const next = await scheduledRun();
    // Due one interval after the run started: what is left of 6 h once it is over.
    expect(next.ms).toBeLessThanOrEqual(HOURS_6);
    expect(next.ms).toBeGreaterThan(HOURS_6 - 60_000);
    await scheduledRun();

    const backups = await listed();
    expect(backups).toHaveLength(2);
    const [newest, first] = backups as [Listed, Listed];
    expect(Date.parse(first.createdAt) - start).toBeLessThan(60_000);
    expect(Date.parse(newest.createdAt) - Date.parse(first.createdAt)).toBeGreaterThanOrEqual(HOURS_6 - 60_000);
    for (const backup of backups) {
      const path = join(dir, backup.file);
      const day = backup.createdAt.slice(0, 10).replace(/-/g, '');
      expect(readFileSync(path, 'utf8')).toBe(`BOMGAR-BACKUP simulated configuration ${day}\n`);
      expect(backup).toMatchObject({ size: statSync(path).size, sha256: sha256(path), vendorFileName: `bomgar-backup-${day}.nsb` });
      const sidecar = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as Listed;
      expect(sidecar).toEqual({ ...backup, vendor: 'bomgar', createdAt: sidecar.createdAt });
      expect(Date.parse(sidecar.createdAt)).toBe(Date.parse(backup.createdAt));
    }
  });

  it('keeps the newest BOMGAR_BACKUP_KEEP and deletes the older ones with their sidecars', async () => {
    const before = (await listed()).map((backup) => backup.file);
    await scheduledRun();
    const after = (await listed()).map((backup) => backup.file);
    expect(after).toHaveLength(3);
    expect(after.slice(1)).toEqual(before);
    await scheduledRun();
    const kept = (await listed()).map((backup) => backup.file);
    expect(kept.slice(1)).toEqual(after.slice(0, 2));
    expect(readdirSync(dir).sort()).toEqual(kept.flatMap((file) => [file, `${file}.json`]).sort());
  });

  it('survives a failing appliance: logged, retried next interval, alerted, resolved when a backup works again', async () => {
    const before = await listed();
    const admin = simulatorAdmin(sim.url);
    await admin.fault({ vendor: 'bomgar', path: '/api/backup*', kind: 'status', status: 503 });
    const firing = nextAlert();
    const retry = await scheduledRun();
    expect(await firing).toMatchObject({ state: 'FIRING', vendor: 'bomgar', rule: { kind: 'VENDOR_UNREACHABLE' } });
    expect((await firing).message).toMatch(/^Bomgar configuration backup failed: .*503.*UPSTREAM_UNAVAILABLE/);
    // Nothing saved, nothing half-written left, and the next try one interval on.
    expect(await listed()).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(retry.ms).toBeGreaterThan(HOURS_6 - 60_000);
    const logged = logLines.map((line) => JSON.parse(line) as { msg: string; err?: { code?: string } });
    expect(logged.find((line) => line.msg === 'configuration backup failed; trying again next interval')).toMatchObject({ component: 'backup', vendor: 'bomgar', err: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(logLines.join('\n')).not.toContain(BOMGAR_CREDENTIALS.clientSecret);
    const active = await query<{ activeAlerts: { id: string; message: string }[] }>('{ activeAlerts(vendor: BOMGAR) { id message } }', keys.manager);
    expect(active.data?.activeAlerts.map((alert) => alert.id)).toEqual([(await firing).id]);

    await admin.clearFaults();
    const resolved = nextAlert();
    await scheduledRun();
    expect(await resolved).toMatchObject({ id: (await firing).id, state: 'RESOLVED' });
    const after = await listed();
    expect(after).toHaveLength(3);
    expect(after[1]).toEqual(before[0]);
  });

  it('never lists a file while it is being written, and clears a crashed run’s leftovers', async () => {
    const before = await listed();
    // A crash's leftover, untouched for two hours, and a second writer's download stopped half-way.
    const leftover = join(dir, '.bomgar-20200101T000000.000Z.nsb.crashed.tmp');
    writeFileSync(leftover, 'half a backup');
    utimesSync(leftover, new Date(Date.now() - 7_200_000), new Date(Date.now() - 7_200_000));
    let pulls = 0;
    let duringWrite: { names: string[]; listed: Listed[] } | undefined;
    const writer = createBackupService({
      vendor: 'bomgar',
      dir,
      keep: 3,
      download: async () => ({
        fileName: undefined,
        body: new ReadableStream<Uint8Array>({
          async pull(controller) {
            // The first chunk is on disk (under its temporary name) when the second is asked for.
            if (++pulls === 1) return controller.enqueue(Buffer.from('first half of the backup'));
            duringWrite = { names: readdirSync(dir), listed: await listed() };
            controller.error(new Error('connection cut'));
          },
        }),
      }),
    });
    await expect(writer.run()).rejects.toThrow('connection cut');
    expect(duringWrite!.names.filter((name) => name.endsWith('.tmp') && name !== '.bomgar-20200101T000000.000Z.nsb.crashed.tmp')).toHaveLength(1);
    expect(duringWrite!.listed).toEqual(before);
    // The failed run removed its own temporary file; the next run clears the stale one.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual(['.bomgar-20200101T000000.000Z.nsb.crashed.tmp']);
    await scheduledRun();
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(await listed()).toHaveLength(3);
  });

  it('downloads from a legacy site too (username and password in the form body, never the URL)', async () => {
    const client = createBomgarClient({ baseUrl: `${sim.url}/bomgar/sites/legacy`, username: BOMGAR_CREDENTIALS.username, password: BOMGAR_CREDENTIALS.password, transport: { retries: 0 } });
    const admin = simulatorAdmin(sim.url);
    await admin.clearJournal();
    const download = await client.downloadBackup();
    const day = new Date(sim.simulator.clock.nowMs()).toISOString().slice(0, 10).replace(/-/g, '');
    expect(await new Response(download.body).text()).toBe(`BOMGAR-BACKUP simulated configuration ${day}\n`);
    expect(download.fileName).toBe(`bomgar-backup-${day}.nsb`);
    expect(await admin.journal('bomgar')).toMatchObject([{ method: 'POST', path: '/bomgar/sites/legacy/api/backup.ns', query: '', status: 200 }]);
  });

  it('lets admins list and run backups over GraphQL, and no one else', async () => {
    const ran = await query<{ runBomgarBackup: Listed }>('mutation { runBomgarBackup { file size sha256 } }');
    expect(ran.errors).toBeUndefined();
    expect((await listed())[0]).toMatchObject(ran.data!.runBomgarBackup);
    for (const text of [LIST, 'mutation { runBomgarBackup { file } }']) {
      const refused = await query(text, keys.manager);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    await simulatorAdmin(sim.url).fault({ vendor: 'bomgar', path: '/api/backup*', kind: 'status', status: 503, times: 1 });
    const failed = await query('mutation { runBomgarBackup { file } }');
    expect(failed.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', vendor: 'bomgar', status: 503 } });
  });

  it('`switchboard backup bomgar` saves one backup through the compiled command, and exits 1 when the appliance fails', async () => {
    const cliDir = join(work, 'cli');
    const env = { ...simulatedVendorEnv(sim.url), SWITCHBOARD_VENDORS: 'bomgar', BOMGAR_BACKUP_DIR: cliDir, BOMGAR_BACKUP_KEEP: '1', UPSTREAM_RETRIES: '0' };
    const saved = await runCli(['backup', 'bomgar'], env);
    expect(saved.code, saved.stderr).toBe(0);
    const [file] = readdirSync(cliDir).filter((name) => name.endsWith('.nsb'));
    expect(saved.stdout).toContain(`bomgar: saved ${cliDir}/${file} (`);
    expect(saved.stdout).toContain(`sha256 ${sha256(join(cliDir, file!))}`);

    await simulatorAdmin(sim.url).fault({ vendor: 'bomgar', path: '/api/backup*', kind: 'status', status: 503, times: 1 });
    const failed = await runCli(['backup', 'bomgar'], env);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/switchboard backup: bomgar FAILED \(.*503.*UPSTREAM_UNAVAILABLE\)/);
    expect(readdirSync(cliDir)).toEqual([file, `${file}.json`]);

    const unnamed = await runCli(['backup'], env);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stderr).toContain('name one vendor to back up: bomgar');
  });
});

describe('backup configuration', () => {
  it('takes the interval with its unit, is off by default and for a gateway without Bomgar', () => {
    expect(loadConfig({}).bomgarBackup).toEqual({ intervalMs: 0, dir: './data/backups/bomgar', keep: 14 });
    expect(loadConfig({ BOMGAR_BACKUP_INTERVAL: '1d', BOMGAR_BACKUP_KEEP: '30' }).bomgarBackup).toMatchObject({ intervalMs: 86_400_000, keep: 30 });
    expect(loadConfig({ BOMGAR_BACKUP_INTERVAL: '90m' }).bomgarBackup.intervalMs).toBe(5_400_000);
    expect(loadConfig({ BOMGAR_BACKUP_INTERVAL: '6h', SWITCHBOARD_VENDORS: 'zendesk' }).bomgarBackup.intervalMs).toBe(0);
    expect(() => loadConfig({ BOMGAR_BACKUP_INTERVAL: '3600' })).toThrow(/BOMGAR_BACKUP_INTERVAL: "3600" must be a duration of at least a minute with its unit, e.g. 30m, 6h or 1d/);
    expect(() => loadConfig({ BOMGAR_BACKUP_INTERVAL: '10s' })).toThrow(/BOMGAR_BACKUP_INTERVAL/);
    expect(() => loadConfig({ BOMGAR_BACKUP_KEEP: '0' })).toThrow(/BOMGAR_BACKUP_KEEP: must be at least 1/);
  });
});

function runCli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, cliCompiled(args), { cwd: work, env: { PATH: process.env['PATH'] ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
