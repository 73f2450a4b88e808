// The real zendesk-client 0.0.10 package, unchanged, against the Zendesk simulator over real HTTP.
// Its published `lib/` is ES modules with extension-less imports, which Node 20 cannot load, so the
// package is bundled once with esbuild (as a browser build would be) and the bundle imported.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../simulator/server.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';

type Json = Record<string, unknown>;
type Call = (...args: unknown[]) => Promise<Json>;
interface ZendeskClient {
  tickets: Record<'list' | 'show' | 'showMany' | 'create' | 'createMany' | 'update' | 'updateMany' | 'deleteMany' | 'getComments' | 'listByUserRequested' | 'listByAssigned' | 'listByUserCCD' | 'listByOrganization', Call>;
  users: Record<'list' | 'show' | 'showMany' | 'createOrUpdate' | 'me' | 'listByGroup' | 'listByOrganization', Call>;
  search: Record<'query', Call>;
  oauthtokens: Record<'list' | 'show' | 'current' | 'create', Call>;
}
type CreateClient = (options: { token: string; url: string }) => ZendeskClient;

const seed = generateZendeskSeed(42);

/**
 * node-fetch 1 (under zendesk-client's isomorphic-fetch) loads `encoding` (iconv-lite's tables) for
 * `textConverted()` only, which zendesk-client never calls: an empty module keeps the bundle small.
 */
const withoutEncoding: Plugin = {
  name: 'without-encoding',
  setup(builder) {
    builder.onResolve({ filter: /^encoding$/ }, () => ({ path: 'encoding', namespace: 'empty' }));
    builder.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};' }));
  },
};
const ADMIN = `Basic ${Buffer.from('admin@switchboard.test/token:simulator-token').toString('base64')}`;

describe('zendesk-client 0.0.10 against the Zendesk simulator', () => {
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  let bundleDir: string;
  let createClient: CreateClient;
  let client: ZendeskClient;
  let ticketId: number;

  beforeAll(async () => {
    const entry = createRequire(import.meta.url).resolve('zendesk-client/lib/index.js');
    const bundle = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', plugins: [withoutEncoding] });
    bundleDir = await mkdtemp(join(tmpdir(), 'zendesk-client-'));
    const file = join(bundleDir, 'zendesk-client.mjs');
    await writeFile(file, bundle.outputFiles[0]?.text ?? '');
    createClient = ((await import(pathToFileURL(file).href)) as { default: CreateClient }).default;
    sim = await startSimulator({ seed: 42 });
    client = createClient({ token: 'simulator-oauth-token', url: `${sim.url}/zendesk` });
  });
  afterAll(async () => {
    await sim?.close();
    if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
  });

  const advance = async (advanceMs: number): Promise<void> => {
    await fetch(`${sim.url}/_sim/clock`, { method: 'POST', body: JSON.stringify({ advanceMs }) });
  };
  /** The job as its `url` shows it (zendesk-client has no job-status call). */
  const jobAt = async (url: string): Promise<Json> =>
    ((await (await fetch(url, { headers: { Authorization: 'Bearer simulator-oauth-token' } })).json()) as { job_status: Json }).job_status;

  it('users.me() answers the OAuth token\'s user', async () => {
    expect(((await client.users.me()).user as Json).email).toBe('agent@switchboard.test');
  });

  it('creates, shows, updates a ticket and reads its comments', async () => {
    const created = await client.tickets.create({ ticket: { subject: 'Modem blinking', comment: { body: 'Orange light.' }, requester: { name: 'Kim', email: 'kim@example.com' } } });
    ticketId = (created.ticket as Json).id as number;
    expect((created.audit as Json).ticket_id).toBe(ticketId);
    expect(((await client.tickets.show(ticketId)).ticket as Json).subject).toBe('Modem blinking');
    const updated = await client.tickets.update(ticketId, { ticket: { status: 'open', comment: { body: 'Rebooted.', public: false } } });
    expect((updated.ticket as Json).status).toBe('open');
    const comments = (await client.tickets.getComments(ticketId)).comments as Json[];
    expect(comments.map((c) => c.body)).toEqual(['Orange light.', 'Rebooted.']);
  });

  it('lists tickets, shows many, and lists a user\'s requested, assigned and CC\'d tickets', async () => {
    const list = await client.tickets.list();
    expect((list.tickets as Json[]).length).toBe(100);
    expect(list.count).toBe(seed.tickets.length + 1);
    const ids = seed.tickets.slice(0, 3).map((t) => t.id);
    expect(((await client.tickets.showMany(ids)).tickets as Json[]).map((t) => t.id)).toEqual(ids);
    const assigned = seed.tickets.find((t) => t.assigneeId !== null);
    const requested = (await client.tickets.listByUserRequested(assigned?.requesterId)).tickets as Json[];
    expect(requested.map((t) => t.id)).toContain(assigned?.id);
    expect(((await client.tickets.listByAssigned(assigned?.assigneeId)).tickets as Json[]).map((t) => t.id)).toContain(assigned?.id);
    expect((await client.tickets.listByUserCCD(assigned?.requesterId)).tickets).toEqual(expect.any(Array));
  });

  it('createMany, updateMany and deleteMany answer job statuses that complete on the virtual clock', async () => {
    const create = (await client.tickets.createMany({ tickets: [{ subject: 'A', comment: { body: 'a' } }, { subject: 'B', comment: { body: 'b' } }] })).job_status as Json;
    expect(create).toMatchObject({ status: 'queued', total: 2 });
    await advance(10_000);
    const done = await jobAt(create.url as string);
    expect(done.status).toBe('completed');
    const ids = (done.results as { id: number }[]).map((r) => r.id);
    const update = (await client.tickets.updateMany(ids, { ticket: { priority: 'high' } })).job_status as Json;
    await advance(10_000);
    expect((await jobAt(update.url as string)).results).toEqual(ids.map((id) => ({ id, action: 'update', success: true, status: 'Updated' })));
    expect(((await client.tickets.showMany(ids)).tickets as Json[]).map((t) => t.priority)).toEqual(['high', 'high']);
    const destroy = (await client.tickets.deleteMany(ids)).job_status as Json;
    await advance(10_000);
    expect((await jobAt(destroy.url as string)).status).toBe('completed');
    expect((await client.tickets.showMany(ids)).tickets).toEqual([]);
  });

  it('searches', async () => {
    const found = await client.search.query('status:open type:ticket');
    expect((found.results as Json[]).every((r) => r.status === 'open' && r.result_type === 'ticket')).toBe(true);
    expect(found.count).toBeGreaterThan(0);
  });

  it('lists, shows and upserts users; lists a group\'s agents and an organization\'s users and tickets', async () => {
    expect(((await client.users.list()).users as Json[]).length).toBe(100);
    const user = seed.users[5];
    expect(((await client.users.show(user?.id)).user as Json).name).toBe(user?.name);
    expect(((await client.users.showMany([user?.id])).users as Json[]).map((u) => u.id)).toEqual([user?.id]);
    const upserted = await client.users.createOrUpdate({ user: { name: 'Lee Caller', email: 'lee.caller@example.com' } });
    expect((upserted.user as Json).email).toBe('lee.caller@example.com');
    const agents = (await client.users.listByGroup(360000873402)).users as Json[];
    expect(agents.map((u) => u.email)).toContain('agent@switchboard.test');
    expect((await client.users.listByOrganization(360000910102)).users).toEqual([]);
    expect((await client.tickets.listByOrganization(360000910102)).tickets).toEqual([]);
  });

  it('with an admin\'s OAuth token: creates another token, shows the current one, lists and shows tokens', async () => {
    const res = await fetch(`${sim.url}/zendesk/api/v2/oauth/tokens.json`, {
      method: 'POST',
      headers: { Authorization: ADMIN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: { client_id: 360000120301, scopes: ['read', 'write'] } }),
    });
    const first = ((await res.json()) as { token: Json }).token;
    const admin = createClient({ token: first.full_token as string, url: `${sim.url}/zendesk` });
    const second = (await admin.oauthtokens.create({ token: { client_id: 360000120301, scopes: ['tickets:read'] } })).token as Json;
    expect(second.scopes).toEqual(['tickets:read']);
    expect(((await admin.oauthtokens.current()).token as Json).id).toBe(first.id);
    expect(((await admin.oauthtokens.list()).tokens as Json[]).map((t) => t.id)).toEqual([first.id, second.id]);
    expect(((await admin.oauthtokens.show(second.id)).token as Json).token).toBe((second.full_token as string).slice(0, 10));
    // A tickets:read token reads tickets and nothing else.
    const narrow = createClient({ token: second.full_token as string, url: `${sim.url}/zendesk` });
    expect(((await narrow.tickets.show(ticketId)).ticket as Json).id).toBe(ticketId);
    await expect(narrow.users.me()).rejects.toThrow();
  });

  it('rejects with the description of a 404', async () => {
    await expect(client.tickets.show(1)).rejects.toThrow('Not found');
  });
});
