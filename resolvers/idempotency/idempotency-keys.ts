import { createHash } from 'node:crypto';
import { isUpstreamError } from '../../clients/transport/errors.js';
import { InputError, NotFoundError, VendorDisabledError } from '../../domain/errors.js';
import { AlreadyRegisteredError } from '../../domain/registrations.js';
import { claimIdempotencyKey, finishIdempotencyKey, markIdempotencyKeyUnknown, releaseIdempotencyKey, retakeIdempotencyKey } from '../../store/idempotency-keys.js';
import type { IdempotencyKeyRecord } from '../../store/entities/idempotency-key.js';
import type { EntityManager } from '../../store/index.js';
import { IdempotencyKeyInUseError, IdempotentOutcomeUnknownError } from './errors.js';
import { requestFingerprint } from './fingerprint.js';
import { fromPayload, toPayload } from './payload.js';

export interface IdempotencyKeysOptions {
  /** A fresh EntityManager fork: each step commits at once, so other requests (and instances) see it. */
  fork: () => EntityManager;
  /** The gateway's clock. Default: the system clock. */
  now?: () => Date;
  /** How long a key keeps its first request's result, in ms. Default 24 h. */
  ttlMs?: number;
  /**
   * How long a first request may run before a repeat takes its outcome as unknown (its process
   * may have died mid-request), in ms. Default 120000: far past any mutation's vendor deadlines.
   */
  runningLeaseMs?: number;
  /** What a repeat refused while the first request runs on another instance is told to wait, in s. Default 1. */
  retryAfterSeconds?: number;
}

/** One mutation under a caller's key. */
export interface IdempotentRequest<T> {
  /** Whose key: the caller's label (domain/caller.ts). */
  caller: string;
  /** The mutation, e.g. `createTicket`. */
  operation: string;
  key: string;
  /** The mutation's arguments but the key: a repeat must send the same. */
  args: unknown;
  /**
   * Runs the mutation. `vendorKey` is this caller's key as a vendor with keys of its own gets it
   * (Zendesk's `Idempotency-Key`): derived from caller and key, so callers never share one.
   */
  run: (vendorKey: string) => Promise<T>;
  /**
   * Set where the vendor deduplicates on `vendorKey` itself, for this long (Zendesk: 2 h): within
   * it, a first request whose outcome is unknown is sent again under the same vendor key (the
   * vendor answers with what it did the first time) instead of answering OUTCOME_UNKNOWN again.
   */
  vendorDedupesForMs?: number;
}

export interface IdempotencyKeys {
  /**
   * Runs the request once per caller and key for `ttlMs`: a repeat gets the first result without
   * running it again; the same key with other arguments is an InputError on `idempotencyKey`.
   */
  run<T>(request: IdempotentRequest<T>): Promise<T>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Errors after which nothing was done: the vendor refused, or the request never reached it. */
function failedCleanly(error: unknown): boolean {
  if (isUpstreamError(error)) return error.code !== 'UPSTREAM_OUTCOME_UNKNOWN';
  return error instanceof InputError || error instanceof NotFoundError || error instanceof VendorDisabledError || error instanceof AlreadyRegisteredError;
}

/** The caller as the store keeps it: the label, or its hash when longer than the column (a JWT subject may be). */
function storedCaller(caller: string): string {
  return caller.length <= 200 ? caller : `sha256:${createHash('sha256').update(caller).digest('hex')}`;
}

/** A Zendesk-style key (at most 255 characters): the caller's key, made the caller's own. */
function vendorKeyOf(caller: string, key: string): string {
  return `switchboard-${createHash('sha256').update(caller).update('\n').update(key).digest('base64url')}`;
}

/**
 * The store of `idempotencyKey`s (table idempotency_keys), one per gateway. A key is claimed by
 * inserting its row (the unique index settles races between instances); the first request then
 * runs and leaves its result (`done`), frees the key when it failed without doing anything, or
 * marks it `unknown` when its answer was lost. Of two requests with one key in this process,
 * the second waits for the first and then answers as a repeat; a request whose first runs on
 * another instance is refused with IdempotencyKeyInUseError (retryable; no polling across
 * instances): repeat shortly.
 */
export function createIdempotencyKeys(options: IdempotencyKeysOptions): IdempotencyKeys {
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlMs ?? DAY_MS;
  const leaseMs = options.runningLeaseMs ?? 120_000;
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  /** The last request of each caller and key in this process: the next one waits for it. */
  const running = new Map<string, Promise<unknown>>();

  async function first<T>(request: IdempotentRequest<T>, record: IdempotencyKeyRecord, afterUnknown: boolean): Promise<T> {
    let result: T;
    try {
      result = await request.run(vendorKeyOf(request.caller, request.key));
    } catch (error) {
      if (isUpstreamError(error) && error.code === 'UPSTREAM_OUTCOME_UNKNOWN') {
        await markIdempotencyKeyUnknown(options.fork(), record.id, error.vendor, now());
        throw new IdempotentOutcomeUnknownError(request.key, error.vendor, false);
      }
      // A clean failure frees the key, unless an earlier try may have done it (then it stays unknown).
      if (failedCleanly(error) && !afterUnknown) await releaseIdempotencyKey(options.fork(), record.id);
      else await markIdempotencyKeyUnknown(options.fork(), record.id, record.vendor ?? '', now());
      throw error;
    }
    try {
      await finishIdempotencyKey(options.fork(), record.id, toPayload(result), now());
    } catch {
      // The vendor did it: the result stands. The key stays running, and a repeat after the lease finds its outcome unknown.
    }
    return result;
  }

  /** One request's turn with its key: a first run, a repeat's answer, or a refusal. */
  async function turn<T>(request: IdempotentRequest<T>): Promise<T> {
    const fingerprint = requestFingerprint(request.operation, request.args);
    for (;;) {
      const at = now();
      const claim = { caller: storedCaller(request.caller), key: request.key, operation: request.operation, fingerprint, expiresAt: new Date(at.getTime() + ttlMs) };
      const { record, claimed } = await claimIdempotencyKey(options.fork(), claim, at);
      if (claimed) return first(request, record, false);
      if (record.fingerprint !== fingerprint) {
        throw new InputError([
          {
            field: 'idempotencyKey',
            message: `was used for another request (${record.operation} with other arguments) in the last ${Math.round(ttlMs / 3_600_000)} hours; use a new key for a new request`,
          },
        ]);
      }
      if (record.state === 'done') return fromPayload(record.result ?? 'null') as T;
      const quiet = record.state === 'running' && at.getTime() - record.updatedAt.getTime() >= leaseMs;
      // Running on another instance (this one runs a key's requests one after the other).
      if (record.state === 'running' && !quiet) throw new IdempotencyKeyInUseError(request.key, retryAfterSeconds);
      // Unknown (or its process went quiet): sent again only where the vendor deduplicates on the key itself.
      const vendorVouches = request.vendorDedupesForMs !== undefined && at.getTime() - record.createdAt.getTime() < request.vendorDedupesForMs;
      if (!vendorVouches) throw new IdempotentOutcomeUnknownError(request.key, record.vendor || null, true);
      if (await retakeIdempotencyKey(options.fork(), record, at)) return first(request, record, true);
    }
  }

  return {
    run<T>(request: IdempotentRequest<T>): Promise<T> {
      // A key's requests in this process take turns: a second waits for the first, then answers as its repeat.
      const local = `${request.caller}\n${request.key}`;
      const mine = (running.get(local) ?? Promise.resolve()).then(() => turn(request));
      const settled = mine.then(
        () => undefined,
        () => undefined,
      );
      running.set(local, settled);
      void settled.then(() => {
        if (running.get(local) === settled) running.delete(local);
      });
      return mine;
    },
  };
}
