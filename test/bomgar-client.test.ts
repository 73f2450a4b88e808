import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createBomgarClient, type BomgarClient } from '../clients/bomgar/client.js';
import { attr, children, parseXmlDocument, textOf } from '../clients/bomgar/xml.js';
import { ConfigError } from '../domain/config-error.js';
import { loadConfig } from '../server/config.js';
import { BOMGAR_CREDENTIALS, BOMGAR_SEED_SIZES, generateBomgarSeed } from '../simulator/bomgar/index.js';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import { useFreshSimulator } from './support/fresh-simulator.js';
import { simulatorAdmin } from './support/simulator-admin.js';
import { upstreamFailure } from './support/upstream-failure.js';

const sim = useFreshSimulator(42);
const NOW = new Date('2026-01-05T09:00:00Z');
const DAY = 86_400_000;

function oauthClient(options: { reportWindowSeconds?: number } = {}): BomgarClient {
  return createBomgarClient({ baseUrl: `${sim().url}/bomgar`, clientId: BOMGAR_CREDENTIALS.clientId, clientSecret: BOMGAR_CREDENTIALS.clientSecret, transport: { retries: 0 }, ...options });
}

function legacyClient(): BomgarClient {
  return createBomgarClient({ baseUrl: `${sim().url}/bomgar/sites/legacy`, username: BOMGAR_CREDENTIALS.username, password: BOMGAR_CREDENTIALS.password, transport: { retries: 0 } });
}

async function token(): Promise<string> {
  const response = await fetch(`${sim().url}/bomgar/oauth2/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${BOMGAR_CREDENTIALS.clientId}:${BOMGAR_CREDENTIALS.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
  expect(body.token_type).toBe('Bearer');
  expect(body.expires_in).toBe(3600);
  return body.access_token;
}

describe('Bomgar simulator wire format', () => {
  it('takes the old front-end survey form, enforcing its limits, and reports SupportTeam activity', async () => {
    const form = (fields: Record<string, string>) => fetch(`${sim().url}/bomgar/sites/legacy/download_customer_connector.ns?${new URLSearchParams(fields)}`);
    const tooLong = await form({ issue_menu: '1', customer_name: 'Dana', customer_desc: 'd'.repeat(1025) });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.text()).toContain('customer_desc must be at most 1024 characters');
    const ok = await form({ issue_menu: '1', id: '2', customer_name: 'Dana', customer_company: 'Acme', external_key: 'T-9' });
    expect(ok.status).toBe(200);
    const [session] = await legacyClient().supportSessionsByLsid([ok.headers.get('x-simulator-lsid')!]);
    expect(session).toMatchObject({ externalKey: 'T-9', queue: { id: 'rep:2' }, customers: [{ name: 'Dana', company: 'Acme' }] });

    const report = await fetch(`${sim().url}/bomgar/api/reporting?generate_report=SupportTeam&start_date=2026-01-04&duration=2`, { headers: { authorization: `Bearer ${await token()}` } });
    const xml = await report.text();
    expect(xml).toContain('<support_team_list xmlns="https://www.beyondtrust.com/namespaces/API/reporting">');
    expect(xml).toContain('event_type="Session Queued"');
    const noWindow = await fetch(`${sim().url}/bomgar/api/reporting?generate_report=SupportSession`, { headers: { authorization: `Bearer ${await token()}` } });
    expect(await noWindow.text()).toContain('Missing required parameter: start_date or start_time');
  });
  it('prints the beyondtrust.com namespace on the current site and bomgar.com on the legacy site', async () => {
    const current = await fetch(`${sim().url}/bomgar/api/command?action=get_api_info`, { headers: { authorization: `Bearer ${await token()}` } });
    expect(current.headers.get('content-type')).toContain('xml');
    expect(await current.text()).toContain('<api_information xmlns="https://www.beyondtrust.com/namespaces/API/command">');
    const legacy = await fetch(`${sim().url}/bomgar/sites/legacy/api/reporting.ns`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: BOMGAR_CREDENTIALS.username, password: BOMGAR_CREDENTIALS.password, generate_report: 'SupportSessionListing', start_date: '2026-01-04', duration: '1' }),
    });
    expect(await legacy.text()).toContain('<session_summary_list xmlns="http://www.bomgar.com/namespaces/API/reporting">');
  });

  it('refuses missing or wrong credentials with 401 and an <error> document; a parameter error is 200 <error>', async () => {
    const none = await fetch(`${sim().url}/bomgar/api/command?action=get_logged_in_reps`);
    expect(none.status).toBe(401);
    expect(await none.text()).toMatch(/<error xmlns="[^"]+">/);
    const badClient = await fetch(`${sim().url}/bomgar/oauth2/token`, { method: 'POST', headers: { authorization: `Basic ${Buffer.from('x:y').toString('base64')}` }, body: '' });
    expect(badClient.status).toBe(401);
    const legacyOnCurrent = await fetch(`${sim().url}/bomgar/api/command?action=get_api_info&username=${BOMGAR_CREDENTIALS.username}&password=${BOMGAR_CREDENTIALS.password}`);
    expect(legacyOnCurrent.status, 'the current site takes OAuth only').toBe(401);
    const badAction = await fetch(`${sim().url}/bomgar/api/command?action=nope`, { headers: { authorization: `Bearer ${await token()}` } });
    expect(badAction.status).toBe(200);
    expect(await badAction.text()).toContain('<error');
  });

  it('seeds about 40 reps, about 2,000 sessions, live and waiting ones, and Zendesk ticket ids as external keys', () => {
    const data = generateBomgarSeed(42);
    expect(data.reps).toHaveLength(BOMGAR_SEED_SIZES.reps);
    expect(data.sessions.length).toBe(BOMGAR_SEED_SIZES.pastSessions + BOMGAR_SEED_SIZES.activeSessions + BOMGAR_SEED_SIZES.waitingSessions);
    expect(data.sessions.filter((s) => s.endTime === null && s.primaryRepId === null)).toHaveLength(BOMGAR_SEED_SIZES.waitingSessions);
    const ticketIds = new Set(generateZendeskSeed(42).tickets.map((ticket) => String(ticket.id)));
    const keyed = data.sessions.filter((s) => s.externalKey !== '');
    expect(keyed.length).toBeGreaterThan(400);
    expect(keyed.every((s) => ticketIds.has(s.externalKey))).toBe(true);
    expect(data.sessions.some((s) => s.events.some((e) => e.type === 'File Upload'))).toBe(true);
    expect(data.sessions.some((s) => s.custSurvey !== null)).toBe(true);
    expect(JSON.stringify(generateBomgarSeed(42))).toBe(JSON.stringify(data));
  });
});

describe('Bomgar client', () => {
  it('reads the same reps and teams from both sites, whatever namespace spelling each prints', async () => {
    const [current, legacy] = [oauthClient(), legacyClient()];
    const [repsA, repsB, teamsA, teamsB] = await Promise.all([current.loggedInReps(), legacy.loggedInReps(), current.supportTeams(), legacy.supportTeams()]);
    expect(repsA.length).toBeGreaterThan(10);
    const withoutLinks = (reps: typeof repsA) => reps.map(({ directLink: _link, ...rep }) => rep);
    expect(withoutLinks(repsB)).toEqual(withoutLinks(repsA));
    expect(repsB[0]!.directLink).toContain('/bomgar/sites/legacy/');
    expect(repsA[0]).toMatchObject({ id: '1', displayName: 'Avery Agent', username: 'agent@switchboard.test' });
    expect(teamsB).toEqual(teamsA);
    expect(teamsA).toHaveLength(5);
    expect(teamsA.flatMap((team) => team.members).length).toBeGreaterThanOrEqual(40);
    expect(teamsA.some((team) => (team.queue?.waitingCount ?? 0) > 0)).toBe(true);
    // The same call carries the general queue (modeled <general_queue>): one seeded customer waits there.
    const [withQueueA, withQueueB] = await Promise.all([current.supportTeamsAndQueue(), legacy.supportTeamsAndQueue()]);
    expect(withQueueA.teams).toEqual(teamsA);
    expect(withQueueA.generalQueue).toMatchObject({ waitingCount: 1, longestWaitSeconds: expect.any(Number) });
    expect(withQueueB.generalQueue).toEqual(withQueueA.generalQueue);
  });

  it('parses documents whatever namespace they declare, prefixed or not', () => {
    const spellings = [
      '<session_list xmlns="http://www.bomgar.com/namespaces/API/reporting"><session lsid="a1"><external_key>42</external_key></session></session_list>',
      '<session_list xmlns="https://www.beyondtrust.com/namespaces/API/reporting"><session lsid="a1"><external_key>42</external_key></session></session_list>',
      '<r:session_list xmlns:r="https://www.beyondtrust.com/namespaces/API/reporting"><r:session lsid="a1"><r:external_key>42</r:external_key></r:session></r:session_list>',
      '<session_list><session lsid="a1"><external_key>42</external_key></session></session_list>',
    ];
    for (const xml of spellings) {
      const { root, element } = parseXmlDocument(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
      expect(root).toBe('session_list');
      const [session] = children(element, 'session');
      expect(attr(session, 'lsid')).toBe('a1');
      expect(textOf(session, 'external_key')).toBe('42');
    }
  });

  it('pages SupportSession reports by time window and decodes the full session details', async () => {
    const client = oauthClient({ reportWindowSeconds: 7 * 86_400 });
    await simulatorAdmin(sim().url).clearJournal();
    const sessions = await client.supportSessions({ from: new Date(NOW.getTime() - 21 * DAY), to: NOW });
    const calls = await simulatorAdmin(sim().url).journal('bomgar');
    expect(calls.filter((call) => call.query.includes('generate_report=SupportSession&'))).toHaveLength(3);
    expect(sessions.length).toBeGreaterThan(300);
    const starts = sessions.map((s) => s.startTime!);
    expect(starts).toEqual([...starts].sort());
    const full = sessions.find((s) => s.reps.length === 2 && s.events.some((e) => e.eventType === 'Chat Message') && s.externalKey)!;
    expect(full.lsid).toMatch(/^[0-9a-f]{32}$/);
    expect(full.primaryRep?.id).toMatch(/^\d+$/);
    expect(full.customers[0]?.name).toBeTruthy();
    expect(full.events[0]?.eventType).toBe('Session Start');
    expect(full.events.find((e) => e.eventType === 'Conference Owner Changed')?.destination?.type).toBe('representative');
    expect(typeof full.externalKey).toBe('string');

    const byLsid = await client.supportSessionsByLsid([full.lsid]);
    expect(byLsid).toEqual([full]);
    const surveys = await client.exitSurveys('customer', { from: new Date(NOW.getTime() - 21 * DAY), to: NOW });
    expect(surveys.length).toBeGreaterThan(50);
    expect(surveys[0]!.answers.find((a) => a.name === 'rating')?.answer).toMatch(/^[1-5]$/);
  });

  it('fails a report cut short as UPSTREAM_UNAVAILABLE, saying it is not XML and where it broke', async () => {
    const admin = simulatorAdmin(sim().url);
    await admin.fault({ vendor: 'bomgar', path: '/api/reporting*', kind: 'malformed', times: 1 });
    try {
      const error = await upstreamFailure(oauthClient().sessionListing({ from: new Date(NOW.getTime() - 7 * DAY), to: NOW }));
      expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'bomgar', path: '/api/reporting' });
      expect(error.message).toMatch(/with a body that is not XML \(\d+:\d+: .+\)$/);
    } finally {
      await admin.clearFaults();
    }
  });

  it('generates a key with an external key; the customer starts the session; transfer, attributes and terminate follow', async () => {
    const client = legacyClient();
    const teams = await client.supportTeams();
    const key = await client.generateSessionKey({ queue: { kind: 'team', id: teams[1]!.id }, externalKey: '19856122753302', ttlSeconds: 1800 });
    expect(key.shortKey).toMatch(/^\d{7}$/);
    expect(key.keyUrl).toContain(key.shortKey);

    const tooLong = client.startSessionUrl({ shortKey: key.shortKey, customerName: 'x'.repeat(101) });
    const refused = await fetch(tooLong);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('customer.name must be at most 100 characters');

    const started = await fetch(client.startSessionUrl({ shortKey: key.shortKey, customerName: 'Dana Customer', customerCompany: 'Acme', customerDetails: 'printer' }));
    expect(started.status).toBe(200);
    expect(started.headers.get('content-disposition')).toContain('attachment');
    const lsid = started.headers.get('x-simulator-lsid')!;
    const [session] = await client.supportSessionsByLsid([lsid]);
    expect(session).toMatchObject({ externalKey: '19856122753302', endTime: null, primaryRep: null, queue: { id: `team:${teams[1]!.id}` } });
    expect(session!.customers[0]).toMatchObject({ name: 'Dana Customer', company: 'Acme' });

    await client.setExternalKey(lsid, '19856122753305');
    expect(await client.sessionAttributes(lsid)).toEqual({ external_key: '19856122753305' });
    const rep = (await client.loggedInReps())[0]!;
    await client.transferSession(lsid, { kind: 'rep', id: rep.id });
    await client.terminateSession(lsid);
    const [ended] = await client.supportSessionsByLsid([lsid]);
    expect(ended!.primaryRep?.id).toBe(rep.id);
    expect(ended!.endTime).not.toBeNull();
    expect(ended!.events.map((e) => e.eventType)).toEqual(['Session Start', 'Conference Owner Changed', 'Session End']);

    const again = await upstreamFailure(client.terminateSession(lsid));
    expect(again.code).toBe('UPSTREAM_REJECTED');
    expect(again.vendorMessage).toBe('Session has already ended');
  });

  it('refreshes an OAuth token the API refuses, and never shows credentials in errors', async () => {
    const client = oauthClient();
    await client.apiInfo();
    await simulatorAdmin(sim().url).reset(42); // tokens are forgotten: the next call gets 401 and must refresh once
    const info = await client.apiInfo();
    expect(info.apiVersion).toMatch(/^\d+\.\d+/);

    const wrong = createBomgarClient({ baseUrl: `${sim().url}/bomgar/sites/legacy`, username: BOMGAR_CREDENTIALS.username, password: 'not-the-password-123', transport: { retries: 0 } });
    const error = await upstreamFailure(wrong.loggedInReps());
    expect(error.code).toBe('UPSTREAM_REJECTED');
    expect(error.status).toBe(401);
    const shown = `${JSON.stringify(error)} ${String(error)} ${error.stack} ${inspect(error)}`;
    expect(shown).not.toContain('not-the-password-123');
  });

  it('posts outbound events when a session begins and ends', async () => {
    const received: URLSearchParams[] = [];
    let arrived: () => void = () => undefined;
    const both = new Promise<void>((resolve) => (arrived = resolve));
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(new URLSearchParams(body));
        res.end('ok');
        if (received.length === 2) arrived();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
      const register = await fetch(`${sim().url}/bomgar/login/outbound_events`, { method: 'POST', headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ url }) });
      expect(register.status).toBe(200);
      const client = oauthClient();
      const key = await client.generateSessionKey({ queue: { kind: 'general' }, externalKey: 'T-1' });
      const started = await fetch(client.startSessionUrl({ shortKey: key.shortKey }));
      await client.terminateSession(started.headers.get('x-simulator-lsid')!);
      await both;
      expect(received.map((event) => event.get('event'))).toEqual(['support_conference_begin', 'support_conference_end']);
      expect(received[0]!.get('external_key')).toBe('T-1');
      expect(received[0]!.get('appliance_id')).toBeTruthy();
    } finally {
      server.close();
    }
  });

  it('serves the backup as a binary download', async () => {
    const response = await fetch(`${sim().url}/bomgar/api/backup`, { headers: { authorization: `Bearer ${await token()}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toMatch(/\.nsb"$/);
  });
});

describe('Bomgar configuration', () => {
  const refusal = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).issues.map((issue) => issue.variable);
    }
    throw new Error('expected a configuration error');
  };

  it('takes an OAuth account or a legacy user, and names what is missing', () => {
    expect(loadConfig({ BOMGAR_URL: 'https://support.example.com/', BOMGAR_CLIENT_ID: 'id', BOMGAR_CLIENT_SECRET: 'secret' }).vendors.bomgar).toEqual({
      url: 'https://support.example.com',
      clientId: 'id',
      clientSecret: 'secret',
      username: undefined,
      password: undefined,
    });
    expect(loadConfig({ BOMGAR_URL: 'https://old.example.com', BOMGAR_USERNAME: 'api', BOMGAR_PASSWORD: 'pw' }).vendors.bomgar?.username).toBe('api');
    expect(refusal({ BOMGAR_URL: 'https://support.example.com', BOMGAR_CLIENT_ID: 'id' })).toEqual(['BOMGAR_CLIENT_SECRET']);
    expect(refusal({ BOMGAR_URL: 'https://support.example.com' })).toEqual(['BOMGAR_CLIENT_ID']);
    expect(refusal({ BOMGAR_CLIENT_ID: 'id', BOMGAR_CLIENT_SECRET: 'secret' })).toEqual(['BOMGAR_URL']);
    expect(loadConfig({}).vendors.bomgar).toBeUndefined();
  });
});
