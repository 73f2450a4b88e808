import { describe, expect, it } from 'vitest';
import type { LiveMessage, WatchSpec } from '../../live/subscribers.js';
import type { AlertRule, LiveAlert } from '../../domain/alerts.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import type { AlertRuleRecord } from '../../store/entities/alert-rule.js';
import type { EntityManager } from '../../store/index.js';
import type { Context } from '../context.js';
import { activeAlerts, createAlertRule, deleteAlertRule, readAlertRules, watchAlerts, type AlertFilter } from './alerts.js';

const AT = '2030-01-01T09:00:00.000Z';

const configured: AlertRule = { id: 'config:0', kind: 'QUEUE_WAITING', threshold: 5, vendor: null, source: 'config', createdAt: null, createdBy: null };

function alert(vendor: string, kind: AlertRule['kind'], id = `${vendor}:${kind}`): LiveAlert {
  return { id, rule: { ...configured, kind }, state: 'FIRING', vendor, message: 'm', value: null, queue: null, session: null, at: AT };
}

/** A store fork that records what was asked of it; `deleted` is how many rows a delete removes. */
function storeWith(records: AlertRuleRecord[], deleted = 0) {
  const calls: unknown[][] = [];
  const fork = {
    find: async (...args: unknown[]) => (calls.push(['find', ...args.slice(1)]), records),
    create: (_schema: unknown, data: Omit<AlertRuleRecord, 'id'>) => ({ id: 42, ...data }),
    persistAndFlush: async (record: unknown) => void calls.push(['persistAndFlush', record]),
    nativeDelete: async (_schema: unknown, where: unknown) => (calls.push(['nativeDelete', where]), deleted),
  };
  return { em: { fork: () => fork } as unknown as EntityManager, calls };
}

/** An entity manager that fails the test if anything touches it. */
const untouchable = new Proxy({}, { get: (_, name) => expect.fail(`the store was used (${String(name)})`) }) as unknown as EntityManager;

describe('readAlertRules', () => {
  it('gives the configured rules first, then the stored ones as admin rules with string ids and ISO times', async () => {
    const createdAt = new Date(AT);
    const { em } = storeWith([
      { id: 3, kind: 'RATING_AT_MOST', threshold: 2, vendor: 'bomgar', createdAt, createdBy: 'admin#3f2a1c' },
      { id: 9, kind: 'VENDOR_UNREACHABLE', threshold: null, vendor: null, createdAt, createdBy: null },
    ]);

    expect(await readAlertRules(em, [configured])).toEqual([
      configured,
      { id: '3', kind: 'RATING_AT_MOST', threshold: 2, vendor: 'bomgar', source: 'admin', createdAt: AT, createdBy: 'admin#3f2a1c' },
      { id: '9', kind: 'VENDOR_UNREACHABLE', threshold: null, vendor: null, source: 'admin', createdAt: AT, createdBy: null },
    ]);
  });
});

describe('createAlertRule', () => {
  it('stores the rule as the caller made it, in its normal form, and has the engine check it at once', async () => {
    const { em, calls } = storeWith([]);
    const checked: AlertRule[] = [];
    const ctx = { em, caller: { role: 'admin', label: 'admin#3f2a1c' }, live: { checkRule: async (rule: AlertRule) => void checked.push(rule) } } as unknown as Context;

    const rule = await createAlertRule(ctx, { kind: 'LONGEST_WAIT', threshold: 300, vendor: 'GOTO_ASSIST' });

    expect(rule).toEqual({ id: '42', kind: 'LONGEST_WAIT', threshold: 300, vendor: 'gotoassist', source: 'admin', createdAt: expect.any(String), createdBy: 'admin#3f2a1c' });
    expect(new Date(rule.createdAt!).toISOString()).toBe(rule.createdAt);
    expect(calls).toEqual([['persistAndFlush', expect.objectContaining({ kind: 'LONGEST_WAIT', threshold: 300, vendor: 'gotoassist', createdBy: 'admin#3f2a1c' })]]);
    expect(checked).toEqual([rule]);
  });

  it('refuses a rule that does not hold together, naming the field, before storing anything', async () => {
    const ctx = { em: untouchable, caller: { role: 'admin', label: 'admin#1' }, live: { checkRule: () => expect.fail('checked') } } as unknown as Context;
    await expect(createAlertRule(ctx, { kind: 'VENDOR_UNREACHABLE', threshold: 3, vendor: null })).rejects.toMatchObject({
      issues: [{ field: 'input.threshold', message: 'must be left out for VENDOR_UNREACHABLE (a vendor is reachable or not)' }],
    });
    await expect(createAlertRule(ctx, { kind: 'QUEUE_WAITING', threshold: 5, vendor: 'zendesk' })).rejects.toBeInstanceOf(InputError);
  });
});

describe('deleteAlertRule', () => {
  it('deletes a stored rule by its id and gives the id back', async () => {
    const { em, calls } = storeWith([], 1);
    const resolved: string[] = [];
    const live = { resolveRule: async (id: string) => (resolved.push(id), []) };
    expect(await deleteAlertRule({ em, live } as unknown as Context, '17')).toBe('17');
    expect(calls).toEqual([['nativeDelete', { id: 17 }]]);
    // Its firing alerts are resolved: a dashboard would otherwise hold them for good.
    expect(resolved).toEqual(['17']);
  });

  it('says a stored rule that is not there was not found', async () => {
    const { em } = storeWith([], 0);
    await expect(deleteAlertRule({ em } as unknown as Context, '17')).rejects.toMatchObject({ name: 'NotFoundError', resource: 'AlertRule', id: '17' });
  });

  it('refuses a configured rule: it is changed in LIVE_ALERT_RULES', async () => {
    await expect(deleteAlertRule({ em: untouchable } as unknown as Context, 'config:0')).rejects.toMatchObject({ name: 'InputError', issues: [{ field: 'id' }] });
  });

  it.each(['0', '007', '-1', '1.5', 'abc', '12345678901234567', ''])('says %j, which is no stored id, was not found without asking the store', async (id) => {
    await expect(deleteAlertRule({ em: untouchable } as unknown as Context, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('watchAlerts', () => {
  function watched(filter: AlertFilter): WatchSpec<LiveAlert> {
    let spec: WatchSpec<LiveAlert> | undefined;
    const ctx = { live: { watch: (given: WatchSpec<LiveAlert>) => ((spec = given), {}) } } as unknown as Context;
    watchAlerts(ctx, filter);
    return spec!;
  }
  const alerts = [alert('bomgar', 'QUEUE_WAITING'), alert('gotoassist', 'QUEUE_WAITING'), alert('bomgar', 'VENDOR_UNREACHABLE')];
  const passing = (filter: AlertFilter) => alerts.flatMap((one) => watched(filter).events({ type: 'alert', alert: one })).map((one) => one.id);

  it('passes every alert without a filter', () => {
    expect(passing({})).toEqual(['bomgar:QUEUE_WAITING', 'gotoassist:QUEUE_WAITING', 'bomgar:VENDOR_UNREACHABLE']);
    expect(passing({ vendor: null, kind: null })).toEqual(['bomgar:QUEUE_WAITING', 'gotoassist:QUEUE_WAITING', 'bomgar:VENDOR_UNREACHABLE']);
  });

  it("by vendor, by the rule's kind, and by both", () => {
    expect(passing({ vendor: 'bomgar' })).toEqual(['bomgar:QUEUE_WAITING', 'bomgar:VENDOR_UNREACHABLE']);
    expect(passing({ kind: 'QUEUE_WAITING' })).toEqual(['bomgar:QUEUE_WAITING', 'gotoassist:QUEUE_WAITING']);
    expect(passing({ vendor: 'gotoassist', kind: 'VENDOR_UNREACHABLE' })).toEqual([]);
  });

  it('gives nothing for board updates', () => {
    const update = { type: 'update', update: { batch: { id: 't', origin: 't', vendor: 'bomgar', at: AT, changes: [] }, people: [] } } as LiveMessage;
    expect(watched({}).events(update)).toEqual([]);
  });

  it('keeps the whole backlog when a subscriber falls behind: every alert counts', () => {
    const backlog = [alert('bomgar', 'QUEUE_WAITING', 'a'), alert('bomgar', 'QUEUE_WAITING', 'b')];
    expect(watched({}).skip(backlog)).toEqual(backlog);
  });
});

describe('activeAlerts', () => {
  it("filters the engine's firing alerts by vendor and kind, as `alerts` does", () => {
    const firing = [alert('bomgar', 'QUEUE_WAITING'), alert('gotoassist', 'QUEUE_WAITING'), alert('bomgar', 'VENDOR_UNREACHABLE')];
    const ctx = { live: { activeAlerts: () => firing } } as unknown as Context;
    expect(activeAlerts(ctx).map((one) => one.id)).toEqual(['bomgar:QUEUE_WAITING', 'gotoassist:QUEUE_WAITING', 'bomgar:VENDOR_UNREACHABLE']);
    expect(activeAlerts(ctx, { vendor: 'bomgar', kind: 'VENDOR_UNREACHABLE' }).map((one) => one.id)).toEqual(['bomgar:VENDOR_UNREACHABLE']);
  });
});
