import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CreateAlertRuleDocument, LiveBoardKpisDocument } from '../clients/graphql/generated/graphql.js';
import { POLLED_VENDORS } from '../domain/live.js';
import type { AlertCondition } from '../domain/alerts.js';
import { HistoryCallSchema, HistorySessionEventSchema, HistorySupportSessionSchema } from '../store/entities/index.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { seedCoverage, seedRows } from './support/history-store.js';
import { LIVE_TEST_ENV, simEvent } from './support/live.js';
import { launchChromium, type TestBrowser } from './support/chromium.js';

/**
 * The wallboard in headless Chromium (issue 21, docs/wallboard.md): the KPI tiles show the figures the API
 * returns, at a wallboard's 1920×1080 and a laptop's 1366×768; an alert one manager acknowledges shows as
 * acknowledged on a second open board. One browser for the file.
 */

const DAY_MS = 86_400_000;

let gw: TestGateway;
let chromium: TestBrowser;

/** Rows at today's and yesterday's UTC midnight: inside "today so far" (and the same time yesterday) whenever the test runs. */
async function seedToday(): Promise<void> {
  const today = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);
  const yesterday = new Date(today.getTime() - DAY_MS);
  const session = (vendorId: string, startedAt: Date, status: string, seconds: number | null, rating: number | null) => ({
    vendor: 'bomgar', vendorId, status, startedAt, endedAt: seconds === null ? null : new Date(startedAt.getTime() + seconds * 1000), durationSeconds: seconds,
    portal: null, queueId: null, teamId: null, agentId: null, agentName: null, agentEmail: null, customerName: 'A customer', customerCompany: null, customerEmail: null,
    externalKey: null, recordingUrl: null, rating, feedback: null, resolution: null, eventCount: 0,
  });
  const em = gw.app.store.fork();
  await seedRows(em, HistorySupportSessionSchema, [session('w1', today, 'ENDED', 600, 5), session('w2', today, 'ENDED', 400, 3), session('w3', today, 'ABANDONED', 90, null), session('w4', yesterday, 'ENDED', 300, null)]);
  await seedRows(em, HistorySessionEventSchema, [{ vendor: 'bomgar', vendorId: 'w1#1', sessionVendorId: 'w1', seq: 1, at: new Date(today.getTime() + 45_000), kind: 'PARTICIPANT_JOINED', vendorType: 'Conference Member Added', byKind: 'AGENT', byName: 'Ann Lee', toKind: null, toName: null, body: null, fileName: null, fileSize: null }]);
  await seedRows(em, HistoryCallSchema, [{ vendor: 'ameyo', vendorId: 'k1', direction: 'inbound', callType: 'inbound.call.dial', campaignId: '1', phone: '+14155550123', agentUserId: 'ann', customerId: null, startedAt: today, endedAt: new Date(today.getTime() + 200_000), talkSeconds: 180, holdSeconds: 0, ringSeconds: 20, ivrSeconds: 0, disposition: null, systemDisposition: 'CONNECTED', hangupFirst: null, recordingUrl: null }]);
  for (const [vendor, resource] of [['bomgar', 'sessions'], ['gotoassist', 'sessions'], ['ameyo', 'calls']] as const) {
    await seedCoverage(em, vendor, resource, new Date(yesterday.getTime() - DAY_MS).toISOString(), new Date(today.getTime() + DAY_MS).toISOString(), new Date().toISOString());
  }
}

beforeAll(async () => {
  gw = await startGateway({ simulatorStartTime: new Date(), env: { ...LIVE_TEST_ENV, LIVE_ALERT_RULES: JSON.stringify([{ kind: 'VENDOR_UNREACHABLE', vendor: 'bomgar' }]) } });
  for (const vendor of POLLED_VENDORS) expect(await gw.app.live.pollNow(vendor)).toMatchObject({ reachable: true });
  await seedToday();
  chromium = await launchChromium();
});
afterEach(async () => {
  await chromium?.closePages();
});
afterAll(async () => {
  await chromium?.close();
  await gw?.close();
});

async function openDashboard(key: string, viewport: { width: number; height: number }, search = ''): Promise<Page> {
  const page = await chromium.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${gw.url}/dashboard${search}#key=${encodeURIComponent(key)}`);
  await page.waitForSelector('#connection[data-state="live"]');
  return page;
}

describe('the wallboard', () => {
  it.each([
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ])('shows every KPI tile with the figure the API returns at $width×$height', async (viewport) => {
    const page = await openDashboard(gw.keys.viewer, viewport);
    await page.waitForSelector('#kpis[data-state="ready"]');
    const { body } = await gw.run(LiveBoardKpisDocument, {}, 'viewer');
    const api = body.data!.liveBoard.kpis;
    const tiles = await page.$$eval('#kpis .kpi', (elements) =>
      elements.map((element) => ({ key: element.getAttribute('data-kpi'), value: element.getAttribute('data-value'), shown: element.querySelector('.kpi-value')?.textContent ?? '', visible: element.getBoundingClientRect().width > 0 })),
    );
    const figure = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
    expect(tiles.map(({ key, value }) => [key, value])).toEqual([
      ['serviceLevel', figure(api.serviceLevel)],
      ['abandonRate', figure(api.abandonRate)],
      ['averageSpeedOfAnswerSeconds', figure(api.averageSpeedOfAnswerSeconds)],
      ['averageHandleSeconds', figure(api.averageHandleSeconds)],
      ['sessions', figure(api.sessions)],
      ['calls', figure(api.calls)],
      ['csat', figure(api.csat)],
    ]);
    // The seeded day has something to measure for every tile: no tile shows a dash, none is hidden.
    expect(tiles.every((tile) => tile.visible && tile.shown !== '' && tile.shown !== '—')).toBe(true);
    // Seeded: 3 sessions (1 yesterday by now), 1 call, service level 2/3 (w1 in 45 s, k1 in 20 s, w3 gave up).
    expect(api).toMatchObject({ sessions: 3, sessionsDayBefore: 1, calls: 1, serviceLevel: 0.6667, abandonRate: 0.25 });
    expect(await page.textContent('[data-kpi="serviceLevel"] .kpi-value')).toBe('66.7%');
  });

  it.each([
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ])('fits the kiosk layout in $width×$height without a scrollbar', async (viewport) => {
    const page = await openDashboard(gw.keys.manager, viewport, '?kiosk');
    await page.waitForSelector('#board[data-paints="1"]');
    await page.waitForSelector('#kpis[data-state="ready"]');
    expect(await page.evaluate(() => document.body.classList.contains('kiosk'))).toBe(true);
    const size = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth, innerHeight, innerWidth }));
    expect(size.height).toBeLessThanOrEqual(size.innerHeight);
    expect(size.width).toBeLessThanOrEqual(size.innerWidth);
    // The tiles are on screen, not clipped away.
    const tiles = await page.$$eval('#kpis .kpi', (elements) => elements.map((element) => element.getBoundingClientRect().bottom));
    expect(tiles.length).toBe(7);
    expect(Math.max(...tiles)).toBeLessThanOrEqual(viewport.height);
  });

  it('keeps the filters in the address, so they survive a reload', async () => {
    const page = await openDashboard(gw.keys.viewer, { width: 1366, height: 768 });
    await page.waitForSelector('#board[data-paints="1"]');
    await page.selectOption('#filters select[name="vendor"]', 'BOMGAR');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('vendor') === 'BOMGAR');
    const onlyBomgar = async () => {
      const vendors = await page.$$eval('#agents [data-vendor-id]', (rows) => rows.map((row) => row.getAttribute('data-vendor')));
      const queueVendors = await page.$$eval('#queues tr[data-queue-id] td:nth-child(2)', (cells) => cells.map((cell) => cell.textContent));
      return { vendors: [...new Set(vendors)], queueVendors: [...new Set(queueVendors)] };
    };
    expect(await onlyBomgar()).toEqual({ vendors: ['BOMGAR'], queueVendors: ['Bomgar'] });
    await page.reload();
    await page.waitForSelector('#board[data-paints="1"]');
    expect(await page.inputValue('#filters select[name="vendor"]')).toBe('BOMGAR');
    expect(await onlyBomgar()).toEqual({ vendors: ['BOMGAR'], queueVendors: ['Bomgar'] });
  });

  it("recolours a queue when it crosses its alert rule's threshold", async () => {
    const general = gw.app.live.board().queues.find((queue) => queue.vendor === 'bomgar' && queue.vendorId === 'general')!;
    const waiting = general.waitingCount;
    // One more customer than now reaches the rule (red); the dashboard reads the rules when it connects.
    const created = await gw.run(CreateAlertRuleDocument, { input: { kind: 'QUEUE_WAITING', threshold: waiting + 1, vendor: 'BOMGAR' } }, 'admin');
    expect(created.body.data!.createAlertRule?.__typename).toBe('MutationCreateAlertRuleSuccess');
    const page = await openDashboard(gw.keys.manager, { width: 1920, height: 1080 });
    const row = page.locator(`#queues tr[data-queue-id="${Buffer.from('Queue:bomgar:general').toString('base64')}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-waiting-level')).not.toBe('over');
    await simEvent(gw, { vendor: 'bomgar', kind: 'session-waiting', queue: 'general', customerName: 'Wallboard test' });
    await gw.app.live.pollNow('bomgar');
    await page.waitForSelector(`#queues tr[data-waiting="${waiting + 1}"][data-waiting-level="over"] td.level-over`);
  });

  it('shows an alert one manager acknowledges as acknowledged on a second open board', async () => {
    const condition: AlertCondition = { kind: 'VENDOR_UNREACHABLE', vendor: 'bomgar', subject: 'backup:bomgar', holds: true, message: 'Bomgar backup: the appliance did not answer' };
    const id = 'config:0/backup:bomgar';
    const lead = await openDashboard(gw.keys.manager, { width: 1920, height: 1080 });
    const other = await openDashboard(gw.keys.manager, { width: 1366, height: 768 });
    await gw.app.live.whenSubscribed(1);
    await gw.app.live.reportCondition(condition);
    await lead.click(`[data-ack-for="${id}"]`);
    const shown = await other.waitForSelector(`[data-alert-id="${id}"] .acknowledged`);
    expect(await shown.getAttribute('data-acknowledged-by')).toMatch(/^manager#[0-9a-f]{6}$/);
    await gw.app.live.reportCondition({ ...condition, holds: false });
  });
});
