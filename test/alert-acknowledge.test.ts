import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AcknowledgeAlertDocument, ActiveAlertsDocument, AlertsDocument, type AlertsSubscription } from '../clients/graphql/generated/graphql.js';
import type { AlertCondition } from '../domain/alerts.js';
import { AlertAcknowledgementSchema } from '../store/entities/index.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { sseStream, type LiveStream } from './support/live.js';

/** Managers acknowledge a firing alert: stored, and every board (here two subscribers) shows by whom. */

const DOWN: AlertCondition = { kind: 'VENDOR_UNREACHABLE', vendor: 'bomgar', subject: 'backup:bomgar', holds: true, message: 'Bomgar backup: the appliance did not answer' };
const ID = 'config:0/backup:bomgar';

let gw: TestGateway;
let first: LiveStream<AlertsSubscription>;
let second: LiveStream<AlertsSubscription>;

beforeAll(async () => {
  gw = await startGateway({ env: { LIVE_ALERT_RULES: JSON.stringify([{ kind: 'VENDOR_UNREACHABLE', vendor: 'bomgar' }]) } });
  first = sseStream(gw, 'manager', AlertsDocument, {});
  // Another operation (filtered), so the two are not served by one shared execution and the count below is 2.
  second = sseStream(gw, 'manager', AlertsDocument, { vendor: 'BOMGAR' });
});
afterAll(async () => {
  await first?.close().catch(() => undefined);
  await second?.close().catch(() => undefined);
  await gw?.close();
});

describe('acknowledgeAlert', () => {
  it('is stored and shown to a second board as acknowledged by whom', async () => {
    // A stream subscribes when first read: both boards are listening before the alert fires.
    const firstSeen = first.until((data) => data.alerts.id === ID);
    const secondSeen = second.until((data) => data.alerts.id === ID);
    await gw.app.live.whenSubscribed(2);
    const [firing] = await gw.app.live.reportCondition(DOWN);
    expect(firing).toMatchObject({ id: ID, state: 'FIRING' });
    await Promise.all([firstSeen, secondSeen]);

    const { body } = await gw.run(AcknowledgeAlertDocument, { id: ID }, 'manager');
    expect(body.errors).toBeUndefined();
    const result = body.data!.acknowledgeAlert!;
    expect(result.__typename).toBe('MutationAcknowledgeAlertSuccess');
    const acknowledged = (result as Extract<typeof result, { __typename: 'MutationAcknowledgeAlertSuccess' }>).alert;
    expect(acknowledged).toMatchObject({ id: ID, state: 'FIRING', acknowledgedBy: expect.stringMatching(/^manager#[0-9a-f]{6}$/) as unknown });

    // The other board hears the same alert again, now acknowledged.
    const seen = (await second.until((data) => data.alerts.id === ID && data.alerts.acknowledgedBy !== null)).alerts;
    expect(seen).toMatchObject({ acknowledgedBy: acknowledged.acknowledgedBy, acknowledgedAt: acknowledged.acknowledgedAt, at: acknowledged.at });
    const active = (await gw.run(ActiveAlertsDocument, {}, 'manager')).body.data!.activeAlerts;
    expect(active).toEqual([expect.objectContaining({ id: ID, acknowledgedBy: acknowledged.acknowledgedBy })]);
    const stored = await gw.app.store.fork().find(AlertAcknowledgementSchema, {});
    expect(stored).toEqual([expect.objectContaining({ alertId: ID, acknowledgedBy: acknowledged.acknowledgedBy, firedAt: new Date(firing!.at) })]);

    // Acknowledging again changes nothing.
    const again = (await gw.run(AcknowledgeAlertDocument, { id: ID }, 'manager')).body.data!.acknowledgeAlert;
    expect(again).toMatchObject({ alert: { acknowledgedAt: acknowledged.acknowledgedAt } });
  });

  it('belongs to one firing: the condition firing again starts unacknowledged', async () => {
    await gw.app.live.reportCondition({ ...DOWN, holds: false });
    await second.until((data) => data.alerts.id === ID && data.alerts.state === 'RESOLVED');
    const [again] = await gw.app.live.reportCondition(DOWN);
    const seen = (await second.until((data) => data.alerts.id === ID && data.alerts.state === 'FIRING' && data.alerts.at === again!.at)).alerts;
    expect(seen.acknowledgedBy).toBeNull();
    expect((await gw.run(ActiveAlertsDocument, {}, 'manager')).body.data!.activeAlerts).toEqual([expect.objectContaining({ id: ID, acknowledgedBy: null, acknowledgedAt: null })]);
  });

  it('is for managers, and names an alert that is not firing', async () => {
    const refused = await gw.run(AcknowledgeAlertDocument, { id: ID }, 'agent');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const missing = (await gw.run(AcknowledgeAlertDocument, { id: 'config:0/vendor:nobody' }, 'manager')).body.data!.acknowledgeAlert;
    expect(missing).toMatchObject({ __typename: 'NotFoundError' });
  });
});
