import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../schema/print.js';

const bin = join(import.meta.dirname, '..', 'bin', 'switchboard.js');
const work = mkdtempSync(join(tmpdir(), 'switchboard-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: work, env: { ...process.env, ...env } });
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

async function startServe() {
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: work,
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
