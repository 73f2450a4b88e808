import { describe, expect, it } from 'vitest';
import { budgetRemainingMs, budgetSpentError, renewRequestBudget, withRequestBudget } from './request-budget.js';

describe('request budget', () => {
  it('is carried by the caller’s own signal, and by a new one following it when that signal carries one already', () => {
    const caller = new AbortController();
    const signal = withRequestBudget(caller.signal, 1000, 0)!;
    expect(signal).toBe(caller.signal);
    expect(budgetRemainingMs(signal, 400)).toBe(600);
    expect(budgetRemainingMs(signal, 5000)).toBe(0);
    // A second budget on the same signal (a subscription's next event) never moves the first one's end.
    const again = withRequestBudget(caller.signal, 1000, 2000)!;
    expect(again).not.toBe(caller.signal);
    expect([budgetRemainingMs(signal, 2500), budgetRemainingMs(again, 2500)]).toEqual([0, 500]);
    caller.abort(new Error('gone'));
    expect(again.aborted).toBe(true);
  });

  it('is unbounded with Infinity: the caller’s signal unchanged, or none', () => {
    const caller = new AbortController().signal;
    expect(withRequestBudget(caller, Infinity)).toBe(caller);
    expect(withRequestBudget(undefined, Infinity)).toBeUndefined();
    expect(budgetRemainingMs(withRequestBudget(undefined, 50, 0), 10)).toBe(40);
  });

  it('renews as long as it was, from the new now (a subscription’s next event)', () => {
    const first = withRequestBudget(undefined, 1000, 0);
    const next = renewRequestBudget(first, 10_000);
    expect(budgetRemainingMs(next, 10_250)).toBe(750);
    const plain = new AbortController().signal;
    expect(renewRequestBudget(plain)).toBe(plain);
    expect(renewRequestBudget(undefined)).toBeUndefined();
  });

  it('names the vendor and the budget when it is spent', () => {
    const error = budgetSpentError(withRequestBudget(undefined, 1500)!, 'bomgar');
    expect(error).toMatchObject({ code: 'UPSTREAM_TIMEOUT', vendor: 'bomgar' });
    expect(error.message).toContain('1500 ms deadline (REQUEST_DEADLINE_MS)');
  });
});
