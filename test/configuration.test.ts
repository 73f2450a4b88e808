import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { cliCompiled } from './support/switchboard-cli.js';

/**
 * Configuration as an operator gives it to `switchboard serve` (the compiled bin: `npm run build` first): a YAML
 * file under the environment and `.env`, secrets from files, every error in one run, misspelt variables named, and
 * a PostgreSQL store that is missing or does not answer stopping start-up with what to do.
 */
const work = mkdtempSync(join(tmpdir(), 'switchboard-configuration-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Only what Node needs from the runner's environment: none of its settings leak in. */
const base = { PATH: process.env['PATH'] ?? '' };

/** Runs `switchboard serve` until it exits (a refused configuration) and returns its code and output. */
function serveUntilExit(env: Record<string, string>, args: string[] = []) {
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, cliCompiled(['serve', ...args]), { cwd: work, env: { ...base, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('switchboard serve configuration', () => {
  it('reads a YAML file under .env and the environment, with a secret from its _FILE, and warns about a misspelt variable', async () => {
    const key = `admin-${randomBytes(12).toString('hex')}`;
    // Its own directory: the .env there is read by this run only.
    const dir = join(work, 'layers');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keys'), `admin:${key}\n`);
    writeFileSync(
      join(dir, 'switchboard.config.yaml'),
      ['PORT: 0', 'SIMULATOR_PORT: 0', 'DATABASE_URL: sqlite:./from-file.sqlite', 'SWITCHBOARD_VENDORS: [zendesk]', 'SWITCHBOARD_API_KEYS_FILE: keys', 'LIVE_POLL_INTERVAL_MS: 0', ''].join('\n'),
    );
    // .env is the environment's in development: over the file, under the real environment.
    writeFileSync(join(dir, '.env'), 'SWITCHBOARD_VENDORS=zendesk,bomgar\nSYNC_INTERVAL_MS=0\n');
    const child = spawn(process.execPath, cliCompiled(['serve', '--config', 'switchboard.config.yaml']), {
      cwd: dir,
      env: { ...base, DATABASE_URL: ':memory:', ZENDSK_URL: 'https://acme.zendesk.com' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolve) => child.on('close', resolve));
    const lines: string[] = [];
    try {
      for await (const line of createInterface({ input: child.stdout })) {
        lines.push(line);
        if (line.startsWith('Store:')) break;
      }
      const printed = lines.join('\n');
      expect(printed, stderr).toMatch(/^Store: +:memory:$/m);
      expect(printed).toMatch(/^Vendors: +zendesk, bomgar only/m);
      // The keys came from the file: no dev keys are issued, and the configured one signs in.
      expect(printed).not.toContain('Dev API keys');
      const graphql = /^Switchboard gateway: (\S+)$/m.exec(printed)![1]!;
      const answer = await fetch(graphql, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(answer.status).toBe(200);
      expect(stderr).toContain('switchboard serve: warning: ZENDSK_URL: not a setting, ignored (did you mean ZENDESK_URL?)');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});

// Each runs until the gateway refuses to start: side by side.
describe.concurrent('switchboard serve refusing to start', () => {
  /** A complete production configuration (nothing simulated, never called: start-up stops at the store). */
  const zendeskOnly = {
    NODE_ENV: 'production',
    PORT: '0',
    SWITCHBOARD_VENDORS: 'zendesk',
    ZENDESK_URL: 'https://acme.zendesk.invalid',
    ZENDESK_EMAIL: 'agent@acme.example',
    ZENDESK_TOKEN: 'token-0123456789',
    SWITCHBOARD_API_KEYS: `admin:${randomBytes(12).toString('hex')}`,
  };


  it('in production with nothing set, names every missing setting in one run, values quoted unless secret', async () => {
    const { code, stderr } = await serveUntilExit({ NODE_ENV: 'production', PORT: 'eighty', JWT_SECRET: 'tooshort-s3cr3t' });
    expect(code).toBe(2);
    const named = stderr.split('\n').filter((line) => line.startsWith('  ')).map((line) => line.trim().split(':')[0]);
    expect(named).toEqual([
      'PORT',
      'JWT_SECRET',
      'ZENDESK_URL', 'ZENDESK_EMAIL', 'ZENDESK_TOKEN',
      'GOTO_URL', 'GOTO_CLIENT_ID', 'GOTO_CLIENT_SECRET', 'GOTO_REFRESH_TOKEN',
      'BOMGAR_URL', 'BOMGAR_CLIENT_ID',
      'AMEYO_URL', 'AMEYO_USER_ID', 'AMEYO_PASSWORD', 'AMEYO_WEBHOOK_SECRET',
      'SWITCHBOARD_API_KEYS',
    ]);
    expect(stderr).toContain('PORT: must be a whole number from 0 to 65535 (got "eighty")');
    expect(stderr).not.toContain('tooshort-s3cr3t');
  });

  it('stops on a PostgreSQL database that does not exist instead of creating it', async () => {
    const database = `switchboard_missing_${randomBytes(6).toString('hex')}`;
    const { code, stderr } = await serveUntilExit({ ...zendeskOnly, DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}` });
    expect(code).toBe(2);
    expect(stderr).toContain(`DATABASE_URL: the store could not be opened: database "${database}" does not exist on 127.0.0.1:5432; create it with \`createdb ${database}\``);
  });

  it('stops at once on a PostgreSQL port that refuses connections', async () => {
    const closed = createServer();
    const port = await new Promise<number>((resolve) => closed.listen(0, '127.0.0.1', () => resolve((closed.address() as { port: number }).port)));
    await new Promise((resolve) => closed.close(resolve));
    const { code, stderr } = await serveUntilExit({ ...zendeskOnly, DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/test` });
    expect(code).toBe(2);
    expect(stderr).toContain(`DATABASE_URL: the store could not be opened: PostgreSQL at 127.0.0.1:${port} refused the connection`);
  });
});
