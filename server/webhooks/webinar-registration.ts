import type { VendorClients } from '../../adapters/index.js';
import type { Logger } from '../logger.js';
import { attemptWebinarRegistration, type WebinarRegistrationOutcome } from './live.js';

/** Where the GoToWebinar webhook registration stands (shown in `/ready`). */
export interface WebinarRegistrationState {
  webhook: 'gotowebinar';
  /**
   * `off`: nothing to register (no GOTO_WEBINAR_WEBHOOK_SECRET, no public URL or no GoToWebinar);
   * `pending`: not attempted yet, or the first attempt is running; `registered`; `retrying`: the
   * last attempt failed and another is scheduled.
   */
  state: 'off' | 'pending' | 'registered' | 'retrying';
  attempts: number;
  /** The typed code of the last failure (`UPSTREAM_UNAVAILABLE`, …), while retrying. */
  lastError?: string;
  /** When the next attempt runs (ISO), while retrying. */
  nextAttemptAt?: string;
}

export interface WebinarRegistrarOptions {
  vendors: VendorClients;
  /** GOTO_WEBINAR_WEBHOOK_SECRET; without it nothing is registered. */
  secret: string | undefined;
  logger: Logger;
  /** Wait before the first retry; doubles after each failure; default 5000 ms. */
  initialDelayMs?: number;
  /** Longest wait between attempts (the backoff's cap); default 300000 ms (5 min). */
  maxDelayMs?: number;
  /** The clock `nextAttemptAt` is told by; default Date.now. */
  now?: () => number;
  /** Runs `run` after `delayMs` and answers its cancel; default an unref'd setTimeout (tests pass their own). */
  schedule?: (run: () => void, delayMs: number) => () => void;
}

export interface WebinarRegistrar {
  /**
   * Registers the webhooks at `<publicUrl>/webhooks/gotowebinar` (call once the gateway listens:
   * GoTo checks that the URL answers). Resolves after the first attempt with whether they are in
   * place; a failed attempt is retried with backoff until one succeeds or `stop()`.
   */
  start(publicUrl: string | undefined): Promise<boolean>;
  /** Runs the scheduled retry now (what its timer would do); true when the webhooks are in place. */
  retryNow(): Promise<boolean>;
  state(): WebinarRegistrationState;
  /** Cancels a scheduled retry (the app's close). */
  stop(): void;
}

const unrefTimer = (run: () => void, delayMs: number) => {
  const timer = setTimeout(run, delayMs);
  timer.unref();
  return () => clearTimeout(timer);
};

/**
 * GoToWebinar's webhook registration, retried: a GoTo outage at start no longer leaves the board
 * without webinar activity until the next restart. Attempts never overlap.
 */
export function createWebinarRegistrar(options: WebinarRegistrarOptions): WebinarRegistrar {
  const initialDelayMs = options.initialDelayMs ?? 5_000;
  const maxDelayMs = options.maxDelayMs ?? 300_000;
  const now = options.now ?? Date.now;
  const schedule = options.schedule ?? unrefTimer;
  const log = options.logger.child({ component: 'webhook', vendor: 'gotowebinar' });
  let publicUrl: string | undefined;
  let current: WebinarRegistrationState = { webhook: 'gotowebinar', state: options.secret && options.vendors.gotowebinar ? 'pending' : 'off', attempts: 0 };
  let running: Promise<boolean> | undefined;
  let cancel: (() => void) | undefined;
  let stopped = false;

  const attempt = (): Promise<boolean> => {
    running ??= (async () => {
      cancel?.();
      cancel = undefined;
      let outcome: WebinarRegistrationOutcome;
      try {
        outcome = await attemptWebinarRegistration({ vendors: options.vendors, secret: options.secret, publicUrl, logger: options.logger });
      } catch (error) {
        log.error({ err: error }, 'registering the GoToWebinar webhooks crashed');
        outcome = { outcome: 'failed', code: 'INTERNAL_SERVER_ERROR', status: undefined };
      }
      const attempts = current.attempts + (outcome.outcome === 'off' ? 0 : 1);
      if (outcome.outcome !== 'failed') {
        current = { webhook: 'gotowebinar', state: outcome.outcome, attempts };
        return outcome.outcome === 'registered';
      }
      const delayMs = Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(attempts - 1, 30));
      current = { webhook: 'gotowebinar', state: 'retrying', attempts, lastError: outcome.code, nextAttemptAt: new Date(now() + delayMs).toISOString() };
      if (!stopped) cancel = schedule(() => void attempt(), delayMs);
      return false;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    start(url) {
      publicUrl = url;
      return attempt();
    },
    retryNow: () => attempt(),
    state: () => ({ ...current }),
    stop() {
      stopped = true;
      cancel?.();
      cancel = undefined;
    },
  };
}
