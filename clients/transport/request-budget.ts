import { setMaxListeners } from 'node:events';
import { UpstreamError } from './errors.js';

/**
 * One operation's time budget (REQUEST_DEADLINE_MS), shared by every vendor call made for it.
 *
 * It travels on the AbortSignal the caller already hands every read (`{ signal }`), so no
 * client signature changes: the transport looks the budget's end up by the signal and gives
 * each attempt, and every retry or Retry-After wait, only what is left of it; a call made once
 * it is spent fails UPSTREAM_TIMEOUT at once. No timer runs per request: the attempts' own
 * timeouts are what cut a call at the budget's end.
 */
const budgets = new WeakMap<AbortSignal, RequestBudget>();

interface RequestBudget {
  /** When the budget ends, in `performance.now()` ms. */
  endsAt: number;
  /** The whole budget, in ms. */
  budgetMs: number;
  /** Whether the signal takes any number of listeners yet (set on its first vendor call). */
  listenersUnbounded: boolean;
}

/**
 * The signal for one operation's vendor calls, carrying a budget of `budgetMs` from `now`: the
 * caller's own signal (it aborts when the client goes away) when it carries no budget yet, which
 * costs nothing per request; a new signal joined to it when it already does (a subscription's
 * next event, whose signal lives on across events), so one budget never moves another's end.
 * @param budgetMs the operation's budget; `Infinity` gives the caller's signal back unchanged
 */
export function withRequestBudget(caller: AbortSignal | undefined, budgetMs: number, now: number = performance.now()): AbortSignal | undefined {
  if (!Number.isFinite(budgetMs)) return caller;
  const signal = caller && !budgets.has(caller) ? caller : caller ? AbortSignal.any([caller]) : new AbortController().signal;
  budgets.set(signal, { endsAt: now + budgetMs, budgetMs, listenersUnbounded: false });
  return signal;
}

/** A fresh budget, as long as the one `signal` carries, from now (a subscription's next event); the signal itself when it carries none. */
export function renewRequestBudget(signal: AbortSignal | undefined, now: number = performance.now()): AbortSignal | undefined {
  const budget = signal && budgets.get(signal);
  return budget ? withRequestBudget(signal, budget.budgetMs, now) : signal;
}

/**
 * The time left (ms) of the budget `signal` carries, or undefined when it carries none. Every
 * vendor call and shared read asks this first; the first lifts the signal's listener bound, since
 * every attempt of the operation listens on it: dozens are normal, not a leak. (Done here, not per
 * request: an operation that calls no vendor pays nothing for it.)
 */
export function budgetRemainingMs(signal: AbortSignal | undefined, now: number = performance.now()): number | undefined {
  const budget = signal && budgets.get(signal);
  if (!budget) return undefined;
  if (!budget.listenersUnbounded) {
    setMaxListeners(0, signal);
    budget.listenersUnbounded = true;
  }
  return Math.max(0, budget.endsAt - now);
}

/** What a read waited on past its operation's budget answers (a shared read others still wait for, say). */
export function budgetSpentError(signal: AbortSignal, vendor: string): UpstreamError {
  const budgetMs = budgets.get(signal)?.budgetMs;
  return new UpstreamError({
    code: 'UPSTREAM_TIMEOUT',
    vendor,
    message: `${vendor} did not answer within the request's ${budgetMs ?? '?'} ms deadline (REQUEST_DEADLINE_MS)`,
  });
}
