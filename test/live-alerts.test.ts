import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentStatusChangedDocument, AlertRulesDocument, AlertsDocument, CreateAlertRuleDocument, DeleteAlertRuleDocument, type AlertsSubscription } from '../clients/graphql/generated/graphql.js';
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

describe('LIVE_ALERT_RULES', () => {
  it('stops start-up on a bad rule, naming the variable, the rule and the field', () => {
    const load = (rules: string) => () => loadConfig({ DATABASE_URL: ':memory:', LIVE_ALERT_RULES: rules });
    expect(load('[{"kind":"QUEUE_WAITING"}]')).toThrow(/LIVE_ALERT_RULES: rule 0: threshold QUEUE_WAITING needs a threshold/);
    expect(load('[{"kind":"VENDOR_UNREACHABLE","vendor":"zendesk"}]')).toThrow(/LIVE_ALERT_RULES: rule 0: vendor must be one of gotoassist, bomgar, ameyo/);
    expect(load('{"kind":"VENDOR_UNREACHABLE"}')).toThrow(/LIVE_ALERT_RULES: must be a JSON array/);
    expect(loadConfig({ DATABASE_URL: ':memory:', LIVE_ALERT_RULES: '[{"kind":"LONGEST_WAIT","threshold":90,"vendor":"GOTO_ASSIST"}]' }).live.alertRules).toEqual([
      { id: 'config:0', kind: 'LONGEST_WAIT', threshold: 90, vendor: 'gotoassist', source: 'config', createdAt: null, createdBy: null },
    ]);
  });
});
