import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../schema/print.js';
import { simulatedVendors } from '../simulator/credentials.js';

/**
 * The npm package as a user gets it: deploy/build-package.sh packs the build `npm ci` made (the Dockerfile's build
 * stage), deploy/install-package.sh installs the tarball into an empty folder outside the checkout (its install
 * stage: unpacked, then `npm ci --omit=dev` from its shrinkwrap), and each command runs from there as
 * `npx switchboard …`: no sources, no tsx, nothing from this checkout.
 */
const root = join(import.meta.dirname, '..');
const run = promisify(execFile);
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'switchboard-package-'));
const app = join(work, 'app');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The environment the installed commands run in: this one without what the test runner adds (a NODE_OPTIONS loader
 * would run the package through the checkout's tooling; `npm test` describes this checkout in npm_package_*,
 * npm_lifecycle_* and npm_config_local_prefix), and without the settings a developer may have exported.
 */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (name === 'NODE_OPTIONS' || name.startsWith('VITEST') || name === 'NODE_ENV' || name === 'PORT' || name === 'HOST') continue;
    if (/^npm_(package|lifecycle)_|^npm_config_local_prefix$|^INIT_CWD$/.test(name)) continue;
    if (/^(ZENDESK|GOTO|BOMGAR|AMEYO|SWITCHBOARD|DATABASE|REDIS|SIMULATOR)_/.test(name)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

/**
 * sqlite3's install script (prebuild-install) fetches a prebuilt binding from GitHub, or compiles SQLite (minutes of
 * CPU) when it cannot. These machines cannot reach GitHub, so it is handed, as a local prebuild, the binding `npm ci`
 * just compiled for this very Node: the install runs its scripts as a user's does, without compiling SQLite twice.
 * Returns the variable that points prebuild-install at it (none when the checkout has no compiled binding).
 */
async function offerSqlitePrebuild(): Promise<Record<string, string>> {
  const sqlite = join(root, 'node_modules', 'sqlite3');
  if (!existsSync(join(sqlite, 'build', 'Release', 'node_sqlite3.node'))) return {};
  const { version: sqliteVersion, binary } = JSON.parse(readFileSync(join(sqlite, 'package.json'), 'utf8')) as { version: string; binary: { napi_versions: number[] } };
  // prebuild-install's name for it: the highest N-API version sqlite3 builds for that this Node has.
  const napi = Math.max(...binary.napi_versions.filter((candidate) => candidate <= Number(process.versions.napi)));
  const dir = join(work, 'prebuilds');
  mkdirSync(dir);
  const name = `sqlite3-v${sqliteVersion}-napi-v${napi}-${process.platform}-${process.arch}.tar.gz`;
  await run('tar', ['-czf', join(dir, name), 'build/Release/node_sqlite3.node'], { cwd: sqlite });
  return { npm_config_sqlite3_local_prebuilds: dir };
}

beforeAll(async () => {
  const { stdout } = await run('sh', [join(root, 'deploy', 'build-package.sh'), join(work, 'pack')], { cwd: root });
  const tarball = stdout.trim().split('\n').at(-1)!;
  const prebuild = await offerSqlitePrebuild();
  const started = performance.now();
  await run('sh', [join(root, 'deploy', 'install-package.sh'), tarball, app], { cwd: work, env: cleanEnv(prebuild) });
  // The figure to watch: CI runs this on every build (docs/deployment.md, "The package").
  console.log(`package-install: installing the tarball took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 300_000);

/** `npx switchboard <args>` in the install folder, to its end. */
async function npx(args: string[], env: Record<string, string> = {}) {
  return run('npx', ['--no', '--', 'switchboard', ...args], { cwd: app, env: cleanEnv(env) }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

interface Started {
  lines: string[];
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

/**
 * A long-running command, started as `npx switchboard` starts it: node and the package's bin. Started directly rather
 * than through npx, because npm exec does not pass a SIGTERM on to its child (the command would be left running):
 * the Dockerfile runs it directly too. Resolves once `ready` holds for its output's lines.
 */
async function start(args: string[], env: Record<string, string>, ready: (lines: string[]) => boolean): Promise<Started> {
  const child = spawn(process.execPath, [join(app, 'bin', 'switchboard.js'), ...args], { cwd: app, env: cleanEnv(env) });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    lines.push(line);
    if (ready(lines)) break;
  }
  if (!ready(lines)) throw new Error(`switchboard ${args.join(' ')} did not start: ${stderr.join('')}`);
  // Keep reading, so a full pipe never stalls the process.
  child.stdout.resume();
  return {
    lines,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('the npm package, installed in an empty folder', () => {
  it('holds the compiled command, the dashboard and the trusted documents, and no sources, tests or dev tools', async () => {
    for (const file of ['bin/switchboard.js', 'dist/server/cli.js', 'dashboard/dist/index.html', 'clients/graphql/generated/persisted-documents.json', 'clients/graphql/operations/tickets.graphql']) {
      expect(existsSync(join(app, file)), file).toBe(true);
    }
    const { stdout } = await run('find', ['.', '-type', 'f', '-not', '-path', './node_modules/*'], { cwd: app });
    const files = stdout.trim().split('\n');
    expect(files.filter((file) => /\.ts$|\.test\.|^\.\/(test|bench|server|schema|store|simulator|adapters|resolvers|domain|live)\//.test(file))).toEqual([]);
    // Runtime dependencies only, at the versions the tests ran: none of the build or test tools.
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    for (const name of ['graphql-yoga', 'graphql', '@mikro-orm/core', 'sqlite3']) {
      const installed = JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expect(installed.version, name).toBe(lock.packages[`node_modules/${name}`]!.version);
    }
    for (const tool of ['tsx', 'typescript', 'vite', 'vitest', 'esbuild', '@graphql-codegen/cli']) {
      expect(existsSync(join(app, 'node_modules', tool)), tool).toBe(false);
    }
  });

  it('prints its version and the schema', async () => {
    const versionRun = await npx(['--version']);
    expect(versionRun.stdout).toBe(`${version}\n`);
    const schema = await npx(['schema']);
    expect(schema.code, schema.stderr).toBe(0);
    expect(schema.stdout).toBe(printSchemaSdl());
  });

  it('runs the simulator alone, answering a vendor call, and stops on SIGTERM', async () => {
    const simulator = await start(['simulator', '--port', '0'], {}, (lines) => lines.some((line) => line.startsWith('Switchboard simulator:')));
    const url = /Switchboard simulator: (http:\/\/\S+)/.exec(simulator.lines.join('\n'))![1]!;
    const zendesk = simulatedVendors(url).zendesk;
    const response = await fetch(`${zendesk.url}/api/v2/users/me.json`, {
      headers: { authorization: `Basic ${Buffer.from(`${zendesk.email}/token:${zendesk.token}`).toString('base64')}` },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { user: { email: string } }).user.email).toBe(zendesk.email);
    expect(await simulator.stop()).toBe(0);
  });

  it('serves GraphQL, GraphiQL and the dashboard with its embedded simulator, syncs from it, and stops on SIGTERM', async () => {
    // SYNC_INTERVAL_MS=0: serve leaves the store to the `sync` below.
    const serve = await start(['serve', '--port', '0'], { SIMULATOR_PORT: '0', SYNC_INTERVAL_MS: '0' }, (lines) => lines.some((line) => /^\s+admin\s+\S+$/.test(line)));
    try {
      const output = serve.lines.join('\n');
      const gateway = /gateway: (\S+)/.exec(output)![1]!;
      const simulator = /Simulator: +(http:\/\/\S+)/.exec(output)![1]!;
      const admin = /^\s+admin\s+(\S+)$/m.exec(output)![1]!;

      const answer = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query: '{ tickets(first: 2) { edges { node { subject } } } }' }),
      });
      const body = (await answer.json()) as { data: { tickets: { edges: unknown[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data.tickets.edges).toHaveLength(2);
      const graphiql = await fetch(gateway, { headers: { accept: 'text/html' } });
      expect(await graphiql.text()).toContain(admin);
      const dashboard = await fetch(gateway.replace(/\/graphql$/, '/dashboard'));
      expect(dashboard.status).toBe(200);
      expect(dashboard.headers.get('content-type')).toContain('text/html');
      expect(await dashboard.text()).toMatch(/^<!doctype html>/i);

      // The image's health check, as the Dockerfile runs it.
      const port = new URL(gateway).port;
      await expect(run(process.execPath, [join(root, 'deploy', 'healthcheck.mjs')], { env: cleanEnv({ PORT: port }) })).resolves.toBeTruthy();

      const sync = await npx(['sync', '--vendor', 'zendesk'], { SIMULATOR_PORT: new URL(simulator).port });
      expect(sync.code, sync.stderr).toBe(0);
      expect(sync.stdout).toContain(`syncing from the simulator serve embeds at ${simulator}`);
      expect(sync.stdout).toMatch(/^zendesk: ok; [1-9]\d* records read/m);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});
