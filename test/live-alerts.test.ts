import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActiveAlertsDocument,
  AgentStatusChangedDocument,
  AlertRulesDocument,
  AlertsDocument,
  CreateAlertRuleDocument,
  DeleteAlertRuleDocument,
  LiveBoardDocument,
  type AlertsSubscription,
} from '../clients/graphql/generated/graphql.js';
import { POLLED_VENDORS } from '../domain/live.js';
import { loadConfig } from '../server/config.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { LIVE_TEST_ENV, simEvent, sseStream, wsStream, type LiveStream } from './support/live.js';

const INTERVAL_MS = 600_000;
const MAX_BACKOFF_MS = 2_000_000;
const WAITING_THRESHOLD = 8;
const assistSecret = randomBytes(18).toString('base64url');

let gw: TestGateway;
let alerts: LiveStream<AlertsSubscription>;

beforeAll(async () => {
  gw = await startGateway({
    simulatorStartTime: new Date(),
    env: {
      ...LIVE_TEST_ENV,
      // Automatic polls are scheduled (so the back-off shows) but never due while the tests run.
      LIVE_POLL_INTERVAL_MS: String(INTERVAL_MS),
      LIVE_POLL_MAX_BACKOFF_MS: String(MAX_BACKOFF_MS),
      LIVE_ALERT_RULES: JSON.stringify([
        { kind: 'QUEUE_WAITING', threshold: WAITING_THRESHOLD, vendor: 'gotoassist' },
        { kind: 'VENDOR_UNREACHABLE', vendor: 'ameyo' },
      ]),
      GOTO_ASSIST_WEBHOOK_SECRET: assistSecret,
    },
  });
  const registered = await gw.sim.call('/_sim/gotoassist/callback-url', { url: `${gw.url}/webhooks/gotoassist?token=${assistSecret}` }, 'PUT');
  expect(registered.status).toBe(200);
  for (const vendor of POLLED_VENDORS) expect(await gw.app.live.pollNow(vendor)).toMatchObject({ reachable: true });
  alerts = sseStream(gw, 'manager', AlertsDocument, {});
  await gw.app.live.whenSubscribed(1);
});
afterAll(async () => {
  await alerts?.close().catch(() => undefined);
  await gw?.close();
});

type Alert = AlertsSubscription['alerts'];
const nextAlert = async (test: (alert: Alert) => boolean): Promise<Alert> => (await alerts.until((data) => test(data.alerts))).alerts;
/** The next alert raised at or after `since` (an ISO time) that passes `test`: earlier tests' alerts may still be queued. */
const alertAfter = (since: string, test: (alert: Alert) => boolean) => nextAlert((candidate) => candidate.at >= since && test(candidate));
const activeIds = () => gw.app.live.activeAlerts().map((alert) => alert.id).sort();

describe('alerts from configured rules', () => {
  it('fires when a queue reaches the configured number of waiting customers', async () => {
    const portal = gw.app.live.board().queues.find((queue) => queue.vendor === 'gotoassist' && queue.name === 'Support Portal')!;
    expect(portal.waitingCount).toBeLessThan(WAITING_THRESHOLD);
    for (let waiting = portal.waitingCount; waiting < WAITING_THRESHOLD; waiting++) {
      await simEvent(gw, { vendor: 'gotoassist', kind: 'session-waiting', queue: 'Support Portal' });
    }
    await gw.app.live.pollNow('gotoassist');
    const alert = await nextAlert((candidate) => candidate.rule.kind === 'QUEUE_WAITING');
    expect(alert).toMatchObject({
      state: 'FIRING',
      vendor: 'GOTO_ASSIST',
      value: WAITING_THRESHOLD,
      rule: { id: 'config:0', source: 'CONFIG', threshold: WAITING_THRESHOLD },
      queue: { name: 'Support Portal', waitingCount: WAITING_THRESHOLD },
    });
  });

  it('an Ameyo call push brings the next poll forward: the agent who took the call turns busy without pollNow', async () => {
    const busy = wsStream(gw, 'viewer', AgentStatusChangedDocument, { filter: { vendor: 'AMEYO' } });
    try {
      await gw.app.live.whenSubscribed(2);
      const { change } = await simEvent(gw, { vendor: 'ameyo', kind: 'call-ring', campaignId: '3' });
      const event = (await busy.next()).data!.agentStatusChanged;
      expect(event).toMatchObject({ status: 'BUSY', identity: { vendor: 'AMEYO', vendorId: change['agent'] } });
    } finally {
      await busy.close();
    }
  });

  it('fires when a vendor stops answering, backs off while it fails, and resolves when it answers again', async () => {
    const status = () => gw.app.live.pollers().find((poller) => poller.vendor === 'ameyo')!;
    expect(status()).toMatchObject({ leading: true, reachable: true, consecutiveFailures: 0 });
    await gw.sim.fault({ vendor: 'ameyo', kind: 'status', status: 503 });

    expect(await gw.app.live.pollNow('ameyo')).toMatchObject({ polled: true, reachable: false });
    const down = await nextAlert((candidate) => candidate.rule.kind === 'VENDOR_UNREACHABLE');
    expect(down).toMatchObject({ state: 'FIRING', vendor: 'AMEYO', rule: { id: 'config:1', source: 'CONFIG' } });
    // The board keeps Ameyo's last known agents, and says Ameyo is unreachable.
    expect(gw.app.live.board().vendors.find((vendor) => vendor.vendor === 'ameyo')).toMatchObject({ reachable: false, code: 'UPSTREAM_UNAVAILABLE' });
    expect(gw.app.live.board().agents.some((agent) => agent.identities.some((identity) => identity.vendor === 'ameyo'))).toBe(true);

    // The wait doubles per failure, up to the cap.
    expect(status()).toMatchObject({ reachable: false, consecutiveFailures: 1 });
    expect(status().nextPollInMs).toBeGreaterThan(2 * INTERVAL_MS - 5_000);
    expect(status().nextPollInMs).toBeLessThanOrEqual(2 * INTERVAL_MS);
    await gw.app.live.pollNow('ameyo');
    expect(status()).toMatchObject({ consecutiveFailures: 2 });
    expect(status().nextPollInMs).toBeGreaterThan(MAX_BACKOFF_MS - 5_000);
    expect(status().nextPollInMs).toBeLessThanOrEqual(MAX_BACKOFF_MS);

    await gw.sim.clearFaults();
    expect(await gw.app.live.pollNow('ameyo')).toMatchObject({ polled: true, reachable: true });
    const back = await nextAlert((candidate) => candidate.rule.kind === 'VENDOR_UNREACHABLE');
    expect(back).toMatchObject({ state: 'RESOLVED', vendor: 'AMEYO' });
    // One id per rule and subject: the RESOLVED clears the FIRING a dashboard holds.
    expect(back.id).toBe(down.id);
    expect(status()).toMatchObject({ reachable: true, consecutiveFailures: 0 });
    expect(status().nextPollInMs).toBeGreaterThan(INTERVAL_MS - 5_000);
    expect(status().nextPollInMs).toBeLessThanOrEqual(INTERVAL_MS);
  });
});

describe('alert rules from the admin mutation', () => {
  it('fires on a bad rating pushed by GoToAssist when the session ends', async () => {
    const created = await gw.run(CreateAlertRuleDocument, { input: { kind: 'RATING_AT_MOST', threshold: 2, vendor: 'GOTO_ASSIST' } }, 'admin');
    expect(created.body.data!.createAlertRule).toMatchObject({ __typename: 'MutationCreateAlertRuleSuccess', rule: { kind: 'RATING_AT_MOST', threshold: 2, source: 'ADMIN' } });
    const rule = (created.body.data!.createAlertRule as { rule: { id: string } }).rule;

    const active = gw.app.live.board().sessions.find((session) => session.vendor === 'gotoassist' && session.status === 'ACTIVE')!;
    await simEvent(gw, { vendor: 'gotoassist', kind: 'session-end', session: active.vendorId, rating: 1, comment: 'too slow' });
    const alert = await nextAlert((candidate) => candidate.rule.id === rule.id);
    expect(alert).toMatchObject({ state: 'FIRING', vendor: 'GOTO_ASSIST', value: 1, session: { vendorId: active.vendorId, rating: 1 } });
    // The push alone did it: the session left the board at once.
    expect(gw.app.live.board().sessions.some((session) => session.vendorId === active.vendorId)).toBe(false);
  });

  it('applies a new rule to the board at once: queues already over it alert now', async () => {
    const over = gw.app.live.board().queues.filter((queue) => queue.vendor === 'bomgar' && queue.waitingCount >= 1);
    expect(over.length).toBeGreaterThan(0);
    const created = await gw.run(CreateAlertRuleDocument, { input: { kind: 'QUEUE_WAITING', threshold: 1, vendor: 'BOMGAR' } }, 'admin');
    const rule = (created.body.data!.createAlertRule as { rule: { id: string } }).rule;
    const raised: string[] = [];
    for (let index = 0; index < over.length; index++) raised.push((await nextAlert((candidate) => candidate.rule.id === rule.id)).queue!.name);
    expect(raised.sort()).toEqual(over.map((queue) => queue.name).sort());
  });

  it('lists rules for managers, refuses bad input naming the field, and deletes admin rules only', async () => {
    const refused = await gw.run(CreateAlertRuleDocument, { input: { kind: 'RATING_AT_MOST', threshold: 9 } }, 'admin');
    expect(refused.body.data!.createAlertRule).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'input.threshold' }] });

    const listed = (await gw.run(AlertRulesDocument, {}, 'manager')).body.data!.alertRules;
    expect(listed.map((rule) => `${rule.source}:${rule.kind}`)).toEqual(['CONFIG:QUEUE_WAITING', 'CONFIG:VENDOR_UNREACHABLE', 'ADMIN:RATING_AT_MOST', 'ADMIN:QUEUE_WAITING']);
    const admin = listed.find((rule) => rule.source === 'ADMIN')!;

    expect((await gw.run(DeleteAlertRuleDocument, { id: admin.id }, 'admin')).body.data!.deleteAlertRule).toEqual({ __typename: 'MutationDeleteAlertRuleSuccess', id: admin.id });
    expect((await gw.run(DeleteAlertRuleDocument, { id: admin.id }, 'admin')).body.data!.deleteAlertRule).toMatchObject({ __typename: 'NotFoundError' });
    expect((await gw.run(DeleteAlertRuleDocument, { id: 'config:0' }, 'admin')).body.data!.deleteAlertRule).toMatchObject({ __typename: 'ValidationError' });
    expect((await gw.run(AlertRulesDocument, {}, 'manager')).body.data!.alertRules).toHaveLength(3);
  });

  it('reaches graphql-ws subscribers too, filtered by vendor', async () => {
    const bomgarOnly = wsStream(gw, 'manager', AlertsDocument, { vendor: 'BOMGAR' });
    try {
      await gw.app.live.whenSubscribed(2);
      await gw.run(CreateAlertRuleDocument, { input: { kind: 'VENDOR_UNREACHABLE' } }, 'admin');
      await gw.sim.fault({ vendor: 'ameyo', kind: 'status', status: 503 });
      await gw.sim.fault({ vendor: 'bomgar', kind: 'status', status: 503 });
      await gw.app.live.pollNow('ameyo');
      await gw.app.live.pollNow('bomgar');
      await gw.sim.clearFaults();
      const first = (await bomgarOnly.next()).data!.alerts;
      expect(first).toMatchObject({ state: 'FIRING', vendor: 'BOMGAR', rule: { kind: 'VENDOR_UNREACHABLE', vendor: null } });
    } finally {
      await bomgarOnly.close();
    }
  });
});

describe('alerts that stay true', () => {
  const AMEYO_DOWN = 'config:1/vendor:ameyo';

  it('fire, resolve and fire again under one id, held once among the active alerts', async () => {
    // The test above left Ameyo and Bomgar down on the board (faults cleared, not polled since).
    for (const vendor of ['ameyo', 'bomgar'] as const) expect(await gw.app.live.pollNow(vendor)).toMatchObject({ reachable: true });
    expect(activeIds()).not.toContain(AMEYO_DOWN);
    const seen: Alert[] = [];
    try {
      for (const down of [true, false, true]) {
        const since = new Date().toISOString();
        if (down) await gw.sim.fault({ vendor: 'ameyo', kind: 'status', status: 503 });
        else await gw.sim.clearFaults();
        await gw.app.live.pollNow('ameyo');
        seen.push(await alertAfter(since, (candidate) => candidate.rule.id === 'config:1'));
      }
    } finally {
      await gw.sim.clearFaults();
    }
    expect(seen.map((alert) => [alert.id, alert.state])).toEqual([
      [AMEYO_DOWN, 'FIRING'],
      [AMEYO_DOWN, 'RESOLVED'],
      [AMEYO_DOWN, 'FIRING'],
    ]);
    const active = (await gw.run(ActiveAlertsDocument, { vendor: 'AMEYO', kind: 'VENDOR_UNREACHABLE' }, 'manager')).body.data!.activeAlerts;
    expect(active.filter((alert) => alert.id === AMEYO_DOWN)).toMatchObject([{ state: 'FIRING', at: seen[2]!.at, rule: { id: 'config:1' } }]);
  });

  it("shows a manager who subscribes later what is firing, in activeAlerts and liveBoard's first board", async () => {
    const expected = activeIds();
    // Ameyo (down above) and the GoToAssist queue over config:0 since the first test.
    expect(expected).toEqual(expect.arrayContaining([AMEYO_DOWN, expect.stringMatching(/^config:0\/queue:gotoassist:/)]));
    const listed = (await gw.run(ActiveAlertsDocument, {}, 'manager')).body;
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.activeAlerts.map((alert) => alert.id).sort()).toEqual(expected);

    const board = wsStream(gw, 'manager', LiveBoardDocument, { alerts: true });
    try {
      const first = await board.next();
      expect(first.errors).toBeUndefined();
      expect(first.data!.liveBoard.kind).toBe('BOARD');
      expect(first.data!.liveBoard.board!.alerts!.map((alert) => alert.id).sort()).toEqual(expected);
      expect(first.data!.liveBoard.board!.alerts!.find((alert) => alert.id === AMEYO_DOWN)).toMatchObject({ state: 'FIRING', vendor: 'AMEYO', rule: { kind: 'VENDOR_UNREACHABLE' } });
    } finally {
      await board.close();
    }
  });

  it('keeps alerts from viewers: their first board carries none (FORBIDDEN when asked) and activeAlerts refuses them', async () => {
    const asked = wsStream(gw, 'viewer', LiveBoardDocument, { alerts: true });
    const unasked = wsStream(gw, 'viewer', LiveBoardDocument, {});
    try {
      const first = await asked.next();
      expect(first.data!.liveBoard.board!.alerts).toBeNull();
      expect(first.data!.liveBoard.board!.agents.length).toBeGreaterThan(0);
      expect(first.errors).toMatchObject([{ path: ['liveBoard', 'board', 'alerts'], extensions: { code: 'FORBIDDEN' } }]);
      const plain = await unasked.next();
      expect(plain.errors).toBeUndefined();
      expect(plain.data!.liveBoard.board).not.toHaveProperty('alerts');
    } finally {
      await asked.close();
      await unasked.close();
    }
    const refused = await gw.run(ActiveAlertsDocument, {}, 'viewer');
    expect(refused.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
    expect(refused.body.data ?? null).toBeNull();
  });

  it('resolves what a deleted rule had firing', async () => {
    const rule = (await gw.run(AlertRulesDocument, {}, 'manager')).body.data!.alertRules.find((candidate) => candidate.source === 'ADMIN' && candidate.kind === 'QUEUE_WAITING')!;
    const firing = activeIds().filter((id) => id.startsWith(`${rule.id}/`));
    expect(firing.length).toBeGreaterThan(0);
    const since = new Date().toISOString();
    await gw.run(DeleteAlertRuleDocument, { id: rule.id }, 'admin');
    const resolved: string[] = [];
    for (let index = 0; index < firing.length; index++) {
      const alert = await alertAfter(since, (candidate) => candidate.rule.id === rule.id);
      expect(alert).toMatchObject({ state: 'RESOLVED', message: expect.stringContaining('(its rule was deleted)') });
      resolved.push(alert.id);
    }
    expect(resolved.sort()).toEqual(firing);
    expect(activeIds().filter((id) => id.startsWith(`${rule.id}/`))).toEqual([]);
  });

  it('fires RATING_AT_LEAST on a good rating, as a one-off event', async () => {
    const created = (await gw.run(CreateAlertRuleDocument, { input: { kind: 'RATING_AT_LEAST', threshold: 4, vendor: 'GOTO_ASSIST' } }, 'admin')).body.data?.createAlertRule;
    if (created?.__typename !== 'MutationCreateAlertRuleSuccess') throw new Error(`no alert rule: ${JSON.stringify(created)}`);
    try {
      const active = gw.app.live.board().sessions.find((session) => session.vendor === 'gotoassist' && session.status === 'ACTIVE');
      expect(active).toBeDefined();
      const since = new Date().toISOString();
      await simEvent(gw, { vendor: 'gotoassist', kind: 'session-end', session: active!.vendorId, rating: 5 });
      const alert = await alertAfter(since, (candidate) => candidate.rule.id === created.rule.id);
      expect(alert).toMatchObject({
        id: `${created.rule.id}/session:gotoassist:${active!.vendorId}`,
        state: 'FIRING',
        value: 5,
        rule: { kind: 'RATING_AT_LEAST', threshold: 4 },
        session: { vendorId: active!.vendorId, rating: 5 },
      });
      expect(alert.message).toMatch(/rated 5 of 5.*\(at least 4\)$/);
      expect(activeIds().filter((id) => id.startsWith(`${created.rule.id}/`))).toEqual([]);
    } finally {
      await gw.run(DeleteAlertRuleDocument, { id: created.rule.id }, 'admin');
    }
  });
});

describe('LIVE_ALERT_RULES', () => {
  it('stops start-up on a bad rule, naming the variable, the rule and the field', () => {
    const load = (rules: string) => () => loadConfig({ DATABASE_URL: ':memory:', LIVE_ALERT_RULES: rules });
    expect(load('[{"kind":"QUEUE_WAITING"}]')).toThrow(/LIVE_ALERT_RULES: rule 0: threshold is required for QUEUE_WAITING/);
    expect(load('[{"kind":"VENDOR_UNREACHABLE","vendor":"zendesk"}]')).toThrow(/LIVE_ALERT_RULES: rule 0: vendor must be GOTO_ASSIST, BOMGAR or AMEYO/);
    expect(load('{"kind":"VENDOR_UNREACHABLE"}')).toThrow(/LIVE_ALERT_RULES: must be a JSON array/);
    expect(loadConfig({ DATABASE_URL: ':memory:', LIVE_ALERT_RULES: '[{"kind":"LONGEST_WAIT","threshold":90,"vendor":"GOTO_ASSIST"}]' }).live.alertRules).toEqual([
      { id: 'config:0', kind: 'LONGEST_WAIT', threshold: 90, vendor: 'gotoassist', source: 'config', createdAt: null, createdBy: null },
    ]);
  });
});
