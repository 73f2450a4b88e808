import { describe, expect, it } from 'vitest';
import { applyAlert, applyBoardAlerts, alertsReset, noAlerts, type Alert } from '../dashboard/src/alerts.js';

/**
 * The dashboard's alert list (pure, no browser): the first board's firing alerts and the `alerts`
 * events arrive on two subscriptions, in either order, and must agree whatever the order.
 */

function alert(id: string, state: Alert['state'], at: string): Alert {
  return { id, state, at, vendor: 'AMEYO', message: id, rule: { id: 'r', kind: 'VENDOR_UNREACHABLE', source: 'ADMIN' } };
}
const T1 = '2030-01-01T09:00:01.000Z';
const T2 = '2030-01-01T09:00:02.000Z';
const T3 = '2030-01-01T09:00:03.000Z';
const firingIds = (alerts: ReturnType<typeof noAlerts>) => [...alerts.firing.keys()].sort();

describe('the dashboard alert list', () => {
  it('starts from the first board and follows events by id: RESOLVED takes the alert away, FIRING again brings it back once', () => {
    const alerts = noAlerts();
    applyBoardAlerts(alerts, [alert('a', 'FIRING', T1), alert('b', 'FIRING', T1)]);
    expect(firingIds(alerts)).toEqual(['a', 'b']);
    applyAlert(alerts, alert('a', 'RESOLVED', T2));
    expect(firingIds(alerts)).toEqual(['b']);
    applyAlert(alerts, alert('a', 'FIRING', T3));
    expect(firingIds(alerts)).toEqual(['a', 'b']);
  });

  it('does not let a board that arrives after an event undo it', () => {
    const alerts = noAlerts();
    applyAlert(alerts, alert('a', 'RESOLVED', T2));
    applyAlert(alerts, alert('c', 'FIRING', T2));
    // The board was read before those events, and painted after them.
    applyBoardAlerts(alerts, [alert('a', 'FIRING', T1)]);
    expect(firingIds(alerts)).toEqual(['c']);
  });

  it("keeps a board's alert newer than the event heard for its id", () => {
    const alerts = noAlerts();
    applyAlert(alerts, alert('a', 'RESOLVED', T1));
    applyBoardAlerts(alerts, [alert('a', 'FIRING', T2)]);
    expect(alerts.firing.get('a')).toMatchObject({ state: 'FIRING', at: T2 });
  });

  it('ignores a board without alerts (a viewer key) and starts over on a new connection', () => {
    const alerts = noAlerts();
    applyAlert(alerts, alert('a', 'FIRING', T1));
    applyBoardAlerts(alerts, null);
    expect(firingIds(alerts)).toEqual(['a']);
    alertsReset(alerts);
    applyBoardAlerts(alerts, [alert('b', 'FIRING', T2)]);
    expect(firingIds(alerts)).toEqual(['b']);
  });
});
