import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { listen } from '../server/listen.js';
import { openStore } from '../store/index.js';

const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function sqliteUrl(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-app-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return `sqlite:${join(dir, 'nested', 'switchboard.sqlite')}`;
}

function postgresUrl(): string {
  const schema = `sb_app_${randomBytes(6).toString('hex')}`;
  cleanups.push(async () => {
    const store = await openStore({ databaseUrl: POSTGRES_URL });
    await store.fork().getConnection().execute(`drop schema if exists "${schema}" cascade`);
    await store.close();
  });
  return `${POSTGRES_URL}?schema=${schema}`;
}

describe.each([
  ['SQLite', sqliteUrl],
  ['PostgreSQL', async () => postgresUrl()],
])('the gateway on %s', (_name, makeUrl) => {
  it('migrates at start, issues dev keys once, and authenticates with them', async () => {
    const databaseUrl = await makeUrl();
    const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: databaseUrl });
    const first = await buildApp(config);
    const keys = first.devKeys!;
    expect(Object.keys(keys).sort()).toEqual(['admin', 'agent', 'manager', 'viewer']);
    const http = await listen(first, { port: 0, host: '127.0.0.1' });
    try {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.manager}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await http.close();
      await first.close();
    }
    const second = await buildApp(config);
    expect(second.devKeys).toEqual(keys);
    expect(await second.store.ping()).toBe(true);
    await second.close();
  });
});

it('issues no dev keys to a listener other machines can reach', async () => {
  await expect(buildApp(loadConfig({ HOST: '0.0.0.0', DATABASE_URL: ':memory:' }))).rejects.toThrow(
    /SWITCHBOARD_API_KEYS: required when HOST \(0\.0\.0\.0\) is not a loopback address/,
  );
});

it('refuses to start in production without configured keys', async () => {
  await expect(buildApp(loadConfig({ NODE_ENV: 'production', DATABASE_URL: ':memory:' }))).rejects.toThrow(/SWITCHBOARD_API_KEYS/);
});
