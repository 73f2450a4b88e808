import { UpstreamError } from './errors.js';

/**
 * One operation's time budget (REQUEST_DEADLINE_MS), shared by every vendor call made for it.
 *
 * It travels on the AbortSignal the caller already hands every read (`{ signal }`), so no
 * client signature changes: the transport looks the budget's end up by the signal and bounds
 * each attempt, and every retry or Retry-After wait, by what is left of it. When the budget
 * runs out the signal aborts with a RequestDeadlineExceeded, which the transport answers as
 * UPSTREAM_TIMEOUT naming its vendor.
 */
const budgets = new WeakMap<AbortSignal, RequestBudget>();

interface RequestBudget {
  /** When the budget ends, in `performance.now()` ms. */
  endsAt: number;
  /** The whole budget, in ms, for messages. */
  budgetMs: number;
}

/** Why a budget's signal aborted: the operation's deadline passed. */
export class RequestDeadlineExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`the request's ${budgetMs} ms deadline (REQUEST_DEADLINE_MS) passed`);
    this.name = 'RequestDeadlineExceeded';
  }
}

/**
 * A signal for one operation's vendor calls: aborted when `caller` aborts (the client went
 * away) or when `budgetMs` has passed, whichever comes first.
 * @param budgetMs the operation's budget; `Infinity` gives the caller's signal back unchanged
 */
export function withRequestBudget(caller: AbortSignal | undefined, budgetMs: number, now: number = performance.now()): AbortSignal | undefined {
  if (!Number.isFinite(budgetMs)) return caller;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RequestDeadlineExceeded(budgetMs)), Math.max(0, budgetMs));
  // The budget must never keep the process alive, nor outlive the caller's own abort.
  timer.unref();
  const signal = caller ? AbortSignal.any([caller, controller.signal]) : controller.signal;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  budgets.set(signal, { endsAt: now + budgetMs, budgetMs });
  return signal;
}

/** The time left (ms) of the budget `signal` carries, or undefined when it carries none. */
export function budgetRemainingMs(signal: AbortSignal | undefined, now: number = performance.now()): number | undefined {
  const budget = signal && budgets.get(signal);
  return budget ? Math.max(0, budget.endsAt - now) : undefined;
}

/**
 * What a call made under `signal` throws once the signal aborted: the vendor's UPSTREAM_TIMEOUT
 * when the operation's budget ran out, else the signal's own reason (the caller went away).
 */
export function abortedCallError(signal: AbortSignal, vendor: string, call: { method: string; path: string; attempts?: number }): unknown {
  const reason: unknown = signal.reason;
  if (!(reason instanceof RequestDeadlineExceeded)) return reason ?? new DOMException('This operation was aborted', 'AbortError');
  return new UpstreamError({
    code: 'UPSTREAM_TIMEOUT',
    vendor,
    method: call.method,
    path: call.path,
    attempts: call.attempts,
    message: `${vendor} did not finish ${call.method} ${call.path} within ${reason.message}`,
  });
}
