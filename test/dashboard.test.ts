import { mkdtemp, rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CreateAlertRuleDocument, DeleteAlertRuleDocument } from '../clients/graphql/generated/graphql.js';
import { POLLED_VENDORS } from '../domain/live.js';
import { DASHBOARD_CSP, useDashboard } from '../server/dashboard.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { LIVE_TEST_ENV, simEvent } from './support/live.js';
import { launchChromium, type TestBrowser } from './support/chromium.js';


let gw: TestGateway;
let chromium: TestBrowser;
/** The gateway's upgraded (WebSocket) TCP sockets, to drop them as a network would. */
const webSockets = new Set<Socket>();

beforeAll(async () => {
  gw = await startGateway({ env: LIVE_TEST_ENV, simulatorStartTime: new Date() });
  for (const vendor of POLLED_VENDORS) expect(await gw.app.live.pollNow(vendor)).toMatchObject({ reachable: true });
  gw.http.server.on('upgrade', (_request, socket: Socket) => {
    webSockets.add(socket);
    socket.once('close', () => webSockets.delete(socket));
  });
  chromium = await launchChromium();
});
afterEach(async () => {
  await chromium?.closePages();
});
afterAll(async () => {
  await chromium?.close();
  await gw?.close();
});

/** Opens the dashboard with a key in the fragment; resolves once the first BOARD painted. */
async function openDashboard(key: string): Promise<Page> {
  const page = await chromium.newPage();
  await page.goto(`${gw.url}/dashboard#key=${encodeURIComponent(key)}`);
  await page.waitForSelector('#connection[data-state="live"]');
  await page.waitForSelector('#board[data-paints="1"]');
  return page;
}

/** An account of `vendor` on the board whose status is not `avoid`. */
function accountAt(vendor: string, avoid: string) {
  for (const agent of gw.app.live.board().agents) {
    const identity = agent.identities.find((candidate) => candidate.vendor === vendor && candidate.status !== avoid && candidate.email);
    if (identity) return identity;
  }
  throw new Error(`no ${vendor} account that is not ${avoid}`);
}

/** What is left of one second since `since` (performance.now()): the budget for a change to show. */
const withinASecondOf = (since: number) => ({ timeout: Math.max(1, 1000 - (performance.now() - since)) });

describe('the page', () => {
  it('is served with a strict CSP and no-cache, its hashed assets cached for a year', async () => {
    const page = await fetch(`${gw.url}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const asset = /src="(\/dashboard\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${gw.url}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${gw.url}/dashboard/`)).status).toBe(200);
    expect((await fetch(`${gw.url}/dashboard/assets/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${gw.url}/dashboard/assets/nothing.js`)).status).toBe(404);
    expect((await fetch(`${gw.url}/dashboard`, { method: 'POST', body: 'key=x' })).status).toBe(405);
  });

  it('answers 503 naming the build command when the dashboard is not built', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'switchboard-no-dashboard-'));
    try {
      const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), plugins: [useDashboard({ dist: empty })] });
      const response = await yoga.fetch('http://gateway.test/dashboard');
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:dashboard');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('the dashboard in Chromium', () => {
  it('paints agents (one row per person, a badge per vendor account), queues, vendors, sessions and today’s calls from the first BOARD event', async () => {
    // A call the gateway stores (Ameyo's CRM push), for today's calls.
    await simEvent(gw, { vendor: 'ameyo', kind: 'call-ring', campaignId: '3' });
    const sent: string[] = [];
    const page = await chromium.newPage();
    page.on('request', (request) => sent.push(request.url()));
    await page.goto(`${gw.url}/dashboard#key=${gw.keys.viewer}`);
    await page.waitForSelector('#board[data-paints="1"]');

    const board = gw.app.live.board();
    const identities = board.agents.flatMap((agent) => agent.identities);
    await page.waitForFunction((count) => document.querySelectorAll('#agents .account').length >= count, identities.length);
    // One row per person, however many vendor accounts they have.
    expect(await page.locator('#agents li.person').count()).toBe(board.agents.length);
    for (const vendor of ['AMEYO', 'BOMGAR', 'GOTO_ASSIST']) {
      expect(await page.locator(`#vendors li[data-vendor="${vendor}"]`).getAttribute('data-reachable')).toBe('true');
    }
    expect(await page.locator('#queues tr[data-queue-id]').count()).toBe(board.queues.length);
    expect(await page.locator('#sessions-now li.session').count()).toBe(board.sessions.length);
    // Teams come from one teams list: a person with a Bomgar account shows their team's name.
    await page.waitForFunction(() => [...document.querySelectorAll('#agents li.person')].some((row) => row.querySelector('.account[data-vendor="BOMGAR"]') && row.querySelector('.teams')?.textContent));
    // A viewer key sees the board but not alerts; the page says so instead of failing.
    expect(await page.locator('#alerts [data-alerts="unavailable"]').textContent()).toContain('manager');
    await page.waitForSelector('#today [data-today-calls]');
    expect(Number(await page.locator('#today [data-today-calls]').getAttribute('data-today-calls'))).toBeGreaterThanOrEqual(1);
    // The key left the address bar and never travelled in a URL.
    expect(page.url()).toBe(`${gw.url}/dashboard`);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((url) => url.includes(gw.keys.viewer))).toEqual([]);
  });

  it('shows an agent status change (simulator event, then a poll) within a second', async () => {
    const page = await openDashboard(gw.keys.viewer);
    const identity = accountAt('gotoassist', 'AWAY');
    const changedAt = performance.now();
    await simEvent(gw, { vendor: 'gotoassist', kind: 'agent-status', agent: identity.email, status: 'away' });
    await gw.app.live.pollNow('gotoassist');
    await page.waitForSelector(`#agents .account[data-vendor="GOTO_ASSIST"][data-vendor-id="${identity.vendorId}"][data-status="AWAY"]`, withinASecondOf(changedAt));
  });

  it('shows a vendor outage (the outage scenario) on the vendor, its agents and, for a manager, as an alert', async () => {
    const created = (await gw.run(CreateAlertRuleDocument, { input: { kind: 'VENDOR_UNREACHABLE', vendor: 'BOMGAR' } }, 'admin')).body.data?.createAlertRule;
    if (created?.__typename !== 'MutationCreateAlertRuleSuccess') throw new Error(`no alert rule: ${JSON.stringify(created)}`);
    const page = await openDashboard(gw.keys.manager);
    await page.waitForSelector('#alerts [data-alerts="none"]');
    try {
      const started = await gw.sim.call('/_sim/scenario', { name: 'outage', vendor: 'bomgar', outageMs: 600_000, rate: 1, realTime: false });
      expect(started.status).toBe(201);
      const changedAt = performance.now();
      expect(await gw.app.live.pollNow('bomgar')).toMatchObject({ reachable: false });
      await page.waitForSelector('#vendors li[data-vendor="BOMGAR"][data-reachable="false"]', withinASecondOf(changedAt));
      expect(await page.locator('#vendors li[data-vendor="BOMGAR"]').textContent()).toContain('unreachable since');
      await page.waitForSelector('#agents .account.stale[data-vendor="BOMGAR"]', withinASecondOf(changedAt));
      await page.waitForSelector('#alerts li.alert[data-alert-kind="VENDOR_UNREACHABLE"]', withinASecondOf(changedAt));
    } finally {
      await gw.sim.call('/_sim/scenario', undefined, 'DELETE');
      await gw.sim.clearFaults();
      await gw.app.live.pollNow('bomgar');
      await gw.run(DeleteAlertRuleDocument, { id: created.rule.id }, 'admin');
    }
    await page.waitForSelector('#vendors li[data-vendor="BOMGAR"][data-reachable="true"]');
  });

  it('shows a manager who opens it during an outage the alert already firing, and clears it on its RESOLVED', async () => {
    const created = (await gw.run(CreateAlertRuleDocument, { input: { kind: 'VENDOR_UNREACHABLE', vendor: 'AMEYO' } }, 'admin')).body.data?.createAlertRule;
    if (created?.__typename !== 'MutationCreateAlertRuleSuccess') throw new Error(`no alert rule: ${JSON.stringify(created)}`);
    const firing = `#alerts li.alert[data-alert-id="${created.rule.id}/vendor:ameyo"]`;
    try {
      await gw.sim.fault({ vendor: 'ameyo', kind: 'status', status: 503 });
      expect(await gw.app.live.pollNow('ameyo')).toMatchObject({ reachable: false });
      // Fired before the page existed: only the first board can bring it.
      const page = await openDashboard(gw.keys.manager);
      await page.waitForSelector(firing);
      expect(await page.locator(firing).textContent()).toContain('Ameyo is unreachable');

      await gw.sim.clearFaults();
      const changedAt = performance.now();
      expect(await gw.app.live.pollNow('ameyo')).toMatchObject({ reachable: true });
      await page.waitForSelector(firing, { state: 'detached', ...withinASecondOf(changedAt) });

      // Down again: the same id fires again and shows once.
      await gw.sim.fault({ vendor: 'ameyo', kind: 'status', status: 503 });
      await gw.app.live.pollNow('ameyo');
      await page.waitForSelector(firing);
      expect(await page.locator(firing).count()).toBe(1);
    } finally {
      await gw.sim.clearFaults();
      await gw.app.live.pollNow('ameyo');
      await gw.run(DeleteAlertRuleDocument, { id: created.rule.id }, 'admin');
    }
  });

  it('shows a dropped connection, reconnects and repaints the whole board', async () => {
    const page = await openDashboard(gw.keys.viewer);
    expect(webSockets.size).toBeGreaterThan(0);
    for (const socket of webSockets) socket.destroy();
    await page.waitForSelector('#connection[data-state="disconnected"]', { timeout: 1000 });
    // Changed while the page is away: only a fresh BOARD (or an event after it) can bring it.
    const identity = accountAt('ameyo', 'AWAY');
    await simEvent(gw, { vendor: 'ameyo', kind: 'agent-status', agent: identity.vendorId, status: 'break' });
    await gw.app.live.pollNow('ameyo');
    await page.waitForSelector('#connection[data-state="live"]');
    await page.waitForSelector('#board[data-paints="2"]');
    await page.waitForSelector(`#agents .account[data-vendor="AMEYO"][data-vendor-id="${identity.vendorId}"][data-status="AWAY"]`);
  });

  it('shows a refused key with the sign-in form, and signs in from the form', async () => {
    const page = await chromium.newPage();
    await page.goto(`${gw.url}/dashboard#key=not-a-key-this-gateway-knows`);
    await page.waitForSelector('#connection[data-state="refused"]');
    expect(await page.locator('#sign-in-panel .refusal').textContent()).toContain('refused this key');
    expect(await page.locator('#board').isHidden()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    await page.fill('#sign-in-panel input[name="key"]', gw.keys.viewer);
    await page.click('#sign-in-panel button[type="submit"]');
    await page.waitForSelector('#connection[data-state="live"]');
    await page.waitForSelector('#board[data-paints="1"]');
    expect(page.url()).toBe(`${gw.url}/dashboard`);
  });
});
