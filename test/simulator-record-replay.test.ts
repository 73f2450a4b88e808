// Record and replay: `switchboard simulator --record zendesk=URL` in front of a second simulator standing in
// for the real Zendesk (forwarding with the configured credentials, writing scrubbed fixtures), then a
// simulator started with `replay` serving those fixtures.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_ACCOUNTS } from '../simulator/credentials.js';
import { startSimulator } from '../simulator/server.js';
import { cliFromSources } from './support/switchboard-cli.js';

type Started = Awaited<ReturnType<typeof startSimulator>>;
interface User {
  id: number;
  email: string;
  name: string;
}

const { email: agentEmail, adminEmail, apiToken } = SIMULATOR_ACCOUNTS.zendesk;
/** The caller speaks to the recorder as the agent; the recorder is configured with the admin's credentials. */
const CALLER_AUTH = `Basic ${Buffer.from(`${agentEmail}/token:${apiToken}`).toString('base64')}`;

let upstream: Started;
let recorder: ChildProcessWithoutNullStreams;
let recorderUrl: string;
let fixtures: string;
let output = '';

beforeAll(async () => {
  upstream = await startSimulator();
  fixtures = await mkdtemp(join(tmpdir(), 'switchboard-fixtures-'));
  const args = cliFromSources(['simulator', '--port', '0', '--no-rate-limits', '--record', `zendesk=${upstream.url}/zendesk`, '--fixtures', fixtures]);
  recorder = spawn(process.execPath, args, {
    env: { ...process.env, ZENDESK_EMAIL: adminEmail, ZENDESK_TOKEN: apiToken, ZENDESK_URL: '', SWITCHBOARD_VENDORS: '' },
  });
  recorderUrl = await new Promise<string>((resolve, reject) => {
    recorder.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // The CLI prints its start-up lines in one write, ending with a newline.
      const started = /Switchboard simulator: (http:\/\/\S+)[^]*\n$/.exec(output);
      if (started) resolve(started[1]!);
    });
    recorder.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    recorder.once('exit', (code) => reject(new Error(`the recorder exited (${code}): ${output}`)));
  });
});

afterAll(async () => {
  if (recorder.exitCode === null) {
    const exited = new Promise((resolve) => recorder.once('exit', resolve));
    recorder.kill('SIGTERM');
    await exited;
  }
  await upstream?.close();
  await rm(fixtures, { recursive: true, force: true });
});

const get = async (base: string, path: string): Promise<{ status: number; body: string; headers: Headers }> => {
  const res = await fetch(base + path, { headers: { authorization: CALLER_AUTH } });
  return { status: res.status, body: await res.text(), headers: res.headers };
};

describe('record', () => {
  let me: User;

  it('says what it does, with rate limits off', async () => {
    expect(output).toContain(`Recording zendesk: ${upstream.url}/zendesk -> ${fixtures}`);
    expect(output).toContain('Rate limits: off');
    const status = (await (await fetch(`${recorderUrl}/_sim`)).json()) as { rateLimits: boolean; vendors: Record<string, unknown>[] };
    expect(status.rateLimits).toBe(false);
    expect(status.vendors.find((vendor) => vendor.name === 'zendesk')).toEqual({ name: 'zendesk', basePath: '/zendesk', mode: 'record', upstream: `${upstream.url}/zendesk` });
    expect(status.vendors.find((vendor) => vendor.name === 'goto')).toMatchObject({ mode: 'simulated' });
  });

  it('forwards to the real vendor with the configured credentials and answers as it does', async () => {
    const answer = await get(recorderUrl, '/zendesk/api/v2/users/me.json');
    expect(answer.status).toBe(200);
    me = (JSON.parse(answer.body) as { user: User }).user;
    // The caller signed in as the agent: the upstream saw the configured admin.
    expect(me.email).toBe(adminEmail);
    expect(await get(recorderUrl, `/zendesk/api/v2/users/${me.id}.json`)).toMatchObject({ status: 200 });

    // Paging links come back to the recorder, not to the real vendor.
    const page = JSON.parse((await get(recorderUrl, '/zendesk/api/v2/tickets.json?page%5Bsize%5D=2')).body) as { links: { next: string } };
    expect(page.links.next.startsWith(`${recorderUrl}/zendesk/api/v2/tickets.json?`)).toBe(true);

    const calls = (await (await fetch(`${upstream.url}/_sim/journal/verify`, { method: 'POST', body: JSON.stringify({ vendor: 'zendesk' }) })).json()) as { count: number };
    expect(calls.count).toBe(3);
    const journal = (await (await fetch(`${recorderUrl}/_sim/journal?vendor=zendesk`)).json()) as { entries: { servedBy: string }[] };
    expect(journal.entries.map((entry) => entry.servedBy)).toEqual(['record', 'record', 'record']);
  });

  it('writes fixtures with credentials redacted and personal data pseudonymised, ids kept', async () => {
    const files = (await readdir(join(fixtures, 'zendesk'))).sort();
    expect(files).toEqual(['0001-GET-api_v2_users_me.json.json', `0002-GET-api_v2_users_${me.id}.json.json`, '0003-GET-api_v2_tickets.json.json']);
    const texts = await Promise.all(files.map((file) => readFile(join(fixtures, 'zendesk', file), 'utf8')));
    for (const text of texts) {
      expect(text).not.toContain(apiToken);
      expect(text).not.toContain(adminEmail);
      expect(text).not.toContain(me.name);
      expect(text).not.toContain(upstream.url);
    }
    const [mine, byId, tickets] = texts.map((text) => JSON.parse(text) as { request: { query: string }; response: { status: number; body: string } });
    const scrubbed = (JSON.parse(mine!.response.body) as { user: User }).user;
    expect(scrubbed.id).toBe(me.id);
    expect(scrubbed.email).toMatch(/^person-[0-9a-f]{10}@example\.com$/);
    expect(scrubbed.name).toMatch(/^Person [0-9a-f]{8}$/);
    // The same person gets the same pseudonym in every fixture.
    expect((JSON.parse(byId!.response.body) as { user: User }).user).toMatchObject({ id: me.id, email: scrubbed.email, name: scrubbed.name });
    expect(tickets!.request.query).toBe('page%5Bsize%5D=2');
    expect(tickets!.response.body).toContain('{{baseUrl}}/api/v2/tickets.json?');
  });
});

describe('replay', () => {
  let replay: Started;

  beforeAll(async () => {
    replay = await startSimulator({ replay: fixtures });
  });
  afterAll(async () => {
    await replay.close();
  });

  it('serves the recorded answers, scrubbed, with its own address in links; other vendors stay simulated', async () => {
    const mine = await get(replay.url, '/zendesk/api/v2/users/me.json');
    expect(mine.status).toBe(200);
    const user = (JSON.parse(mine.body) as { user: User }).user;
    expect(user.email).toMatch(/^person-[0-9a-f]{10}@example\.com$/);
    const page = JSON.parse((await get(replay.url, '/zendesk/api/v2/tickets.json?page%5Bsize%5D=2')).body) as { links: { next: string } };
    expect(page.links.next.startsWith(`${replay.url}/zendesk/api/v2/tickets.json?`)).toBe(true);
    expect(JSON.parse((await get(replay.url, `/zendesk/api/v2/users/${user.id}.json`)).body)).toEqual({ user: expect.objectContaining({ id: user.id, email: user.email }) });

    const missing = await get(replay.url, '/zendesk/api/v2/groups.json');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ error: 'replay: no recorded zendesk answer for GET /api/v2/groups.json' });

    const status = (await (await fetch(`${replay.url}/_sim`)).json()) as { vendors: { name: string; mode: string }[] };
    expect(status.vendors.map((vendor) => `${vendor.name}:${vendor.mode}`)).toEqual(['zendesk:replay', 'goto:simulated', 'bomgar:simulated', 'ameyo:simulated']);
    const journal = (await (await fetch(`${replay.url}/_sim/journal?vendor=zendesk`)).json()) as { entries: { servedBy: string }[] };
    expect(new Set(journal.entries.map((entry) => entry.servedBy))).toEqual(new Set(['replay']));
  });
});
