import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../schema/print.js';
import { cliCompiled, cliFromSources, COMPILED_CLI } from './support/switchboard-cli.js';

const root = join(import.meta.dirname, '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'switchboard-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `switchboard <args>` from the sources. */
function run(args: string[], env: Record<string, string> = {}) {
  return runNode(cliFromSources(args), env);
}

let recordings = 0;

/**
 * The repository's modules a command loaded (paths from the root, `dist/` left off), as test/support/record-loads.js
 * saw Node load them: packages show as `node_modules/…`.
 */
async function modulesLoadedBy(cli: typeof cliFromSources, args: string[]): Promise<string[]> {
  const file = join(work, `loads-${++recordings}.txt`);
  const recorder = pathToFileURL(join(root, 'test', 'support', 'record-loads.js')).href;
  const result = await runNode(cli(args, ['--import', recorder]), { RECORD_LOADS: file });
  expect(result.code, result.stderr).toBe(0);
  const urls = readFileSync(file, 'utf8').split('\n').filter((url) => url.startsWith('file:'));
  return urls.map((url) => relative(root, fileURLToPath(url)).replace(/^dist\//, ''));
}

/** What `--help` and `--version` may load: the command itself and the configuration errors and vendor names it prints. */
const LIGHT = /^(bin|server|domain)\//;

function runNode(nodeArgs: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: work, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('switchboard CLI', () => {
  it('prints help for the tool and for each command', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['serve', 'simulator', 'schema']) {
      expect(top.stdout).toContain(command);
      const help = await run([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`switchboard ${command}`);
    }
  });

  it('prints the package version', async () => {
    const result = await run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });

  it('answers --help and --version loading no simulator, store, schema, server or package', async () => {
    for (const args of [['--help'], ['--version'], ['sync', '--help']]) {
      const loaded = await modulesLoadedBy(cliFromSources, args);
      expect(loaded, 'the recorder saw the command').toContain('server/cli.ts');
      expect(loaded.filter((path) => !LIGHT.test(path)), args.join(' ')).toEqual([]);
    }
  });

  it('refuses an unknown command and an unknown flag clearly', async () => {
    const command = await run(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("unknown command 'frobnicate'");
    const flag = await run(['simulator', '--colour', 'blue']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--colour');
  });

  it('prints the schema that is committed', async () => {
    const result = await run(['schema']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(printSchemaSdl());
  });

  it('stops on a wrong configuration value, naming the variable', async () => {
    const result = await run(['serve'], { PORT: 'eighty', UPSTREAM_TIMEOUT_MS: '-1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('UPSTREAM_TIMEOUT_MS');
  });

  it('refuses to embed the simulator in production, and names a port in use', async () => {
    const production = await run(['serve'], { NODE_ENV: 'production', SWITCHBOARD_API_KEYS: 'admin:0123456789abcdef0123', ZENDESK_URL: '' });
    expect(production.code).toBe(2);
    expect(production.stderr).toContain('ZENDESK_URL: required in production');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const busy = await run(['serve'], { PORT: String(port), SIMULATOR_PORT: '0', DATABASE_URL: ':memory:' });
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain('PORT: cannot listen there (EADDRINUSE)');
      expect(busy.stderr).not.toMatch(/WebSocket|\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('serves with no configuration: embedded simulator, SQLite under ./data, printed dev keys', async () => {
    const first = await startServe();
    try {
      expect(first.gateway).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      const response = await fetch(first.gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${first.keys['admin']}` },
        body: JSON.stringify({ query: '{ tickets(first: 2) { edges { node { subject requester { name } } } } }' }),
      });
      const body = (await response.json()) as { data: { tickets: { edges: unknown[] } } };
      expect(body.data.tickets.edges).toHaveLength(2);
      const page = await (await fetch(first.gateway, { headers: { accept: 'text/html' } })).text();
      expect(page).toContain(first.keys['admin']);
      expect(first.dashboard).toBe(`${first.gateway.replace(/\/graphql$/, '/dashboard')}#key=${first.keys['viewer']}`);
      expect(existsSync(join(work, 'data', 'switchboard.sqlite'))).toBe(true);
    } finally {
      await first.stop();
    }
    // A second start finds the same dev keys in the store.
    const second = await startServe();
    await second.stop();
    expect(second.keys).toEqual(first.keys);
  });
});

describe('the compiled gateway: bin/switchboard.js runs dist/', () => {
  // `npm ci` builds dist/ (prepare); a missing build fails here rather than skipping.
  const expectBuilt = () => expect(existsSync(COMPILED_CLI), `${COMPILED_CLI} is missing: run \`npm run build\` (\`npm ci\` does)`).toBe(true);

  it('prints the version and its help, loading only its own modules', async () => {
    expectBuilt();
    const result = await runNode(cliCompiled(['--version']));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
    for (const args of [['--help'], ['--version']]) {
      const loaded = await modulesLoadedBy(cliCompiled, args);
      expect(loaded, 'the recorder saw the command').toContain('server/cli.js');
      expect(loaded.filter((path) => !LIGHT.test(path)), args.join(' ')).toEqual([]);
    }
  });

  it('serves GraphQL, GraphiQL and the dashboard, and finds the trusted documents', async () => {
    expectBuilt();
    const gateway = await startServe(cliCompiled(['serve']), mkdtempSync(join(work, 'compiled-')));
    try {
      const response = await fetch(gateway.gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.keys['admin']}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      expect(await (await fetch(gateway.gateway, { headers: { accept: 'text/html' } })).text()).toContain(gateway.keys['admin']);
      const dashboard = await fetch(gateway.dashboard.replace(/#.*/, ''));
      expect(dashboard.status, await dashboard.clone().text()).toBe(200);
    } finally {
      await gateway.stop();
    }
    const trusted = pathToFileURL(join(root, 'dist', 'server', 'limits', 'trusted-documents.js')).href;
    const loaded = await runNode(['--input-type=module', '-e', 'console.log((await import(process.argv[1])).loadTrustedDocuments().size)', trusted]);
    expect(loaded.stderr).toBe('');
    expect(Number(loaded.stdout)).toBeGreaterThan(0);
  });

  it('says how to build dist/ when it is missing', async () => {
    const checkout = mkdtempSync(join(work, 'unbuilt-'));
    mkdirSync(join(checkout, 'bin'));
    copyFileSync(join(root, 'package.json'), join(checkout, 'package.json'));
    copyFileSync(join(root, 'bin', 'switchboard.js'), join(checkout, 'bin', 'switchboard.js'));
    const result = await runNode([join(checkout, 'bin', 'switchboard.js'), '--version']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('npm run build');
  });
});

async function startServe(nodeArgs = cliFromSources(['serve']), cwd = work) {
  const child = spawn(process.execPath, nodeArgs, {
    cwd,
    env: { ...process.env, PORT: '0', SIMULATOR_PORT: '0', SWITCHBOARD_API_KEYS: '', ZENDESK_URL: '', NODE_ENV: '', DATABASE_URL: '' },
  });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const keys: Record<string, string> = {};
  let gateway = '';
  let dashboard = '';
  for await (const line of createInterface({ input: child.stdout })) {
    gateway ||= /gateway: (\S+)/.exec(line)?.[1] ?? '';
    dashboard ||= /dashboard: +(\S+)/.exec(line)?.[1] ?? '';
    const key = /^\s+(viewer|agent|manager|admin)\s+(\S+)$/.exec(line);
    if (key) keys[key[1]!] = key[2]!;
    if (Object.keys(keys).length === 4) break;
  }
  if (!gateway) throw new Error(`serve did not start: ${stderr.join('')}`);
  return {
    gateway,
    dashboard,
    keys,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
