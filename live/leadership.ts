import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Stops what `start` started; may be async. */
export type StopLeading = () => void | Promise<void>;

/**
 * Which instance does a job that must run once across all instances (polling a vendor).
 * In memory (one instance) this instance always leads; over Redis a lease per job name moves
 * to another instance when its holder dies.
 */
export interface Leadership {
  /**
   * Runs `start` while this instance holds the lease `name` (`poll:bomgar`); calls the stop it
   * returned when the lease is lost or on close.
   */
  lead(name: string, start: () => StopLeading): void;
  /** Whether this instance currently leads `name` (for /ready, metrics and tests). */
  leads(name: string): boolean;
  /** Resolves when this instance leads `name` (at once if it already does). */
  whenLeading(name: string): Promise<void>;
  /** Resolves when this instance stops leading `name` (at once if it does not lead it). */
  whenFollowing(name: string): Promise<void>;
  close(): Promise<void>;
}

/** One instance: leads everything from the moment it is asked to. */
export function localLeadership(): Leadership {
  const running = new Map<string, StopLeading>();
  const waiting = new Waiters();
  return {
    lead(name, start) {
      if (running.has(name)) throw new Error(`already leading ${name}`);
      running.set(name, start());
      waiting.settle(name, true);
    },
    leads: (name) => running.has(name),
    whenLeading: (name) => waiting.until(name, true, running.has(name)),
    whenFollowing: (name) => waiting.until(name, false, !running.has(name)),
    async close() {
      const stops = [...running.entries()];
      running.clear();
      for (const [name, stop] of stops) {
        await stop();
        waiting.settle(name, false);
      }
    },
  };
}

export interface RedisLeadershipOptions {
  /**
   * How long a lease lives without renewal (LIVE_LEASE_TTL_MS); default 10000 ms. The holder
   * renews every ttl/3; when it dies, another instance takes over at most about a TTL later.
   */
  ttlMs?: number;
  /** Key prefix; the lease for `poll:bomgar` is `<prefix>lease:poll:bomgar`. Default `switchboard:`. */
  prefix?: string;
  /** This instance's token in the lease; default a random UUID. Only its holder renews or releases a lease. */
  instanceId?: string;
  /** Lease commands that failed (Redis unreachable) and `start`/`stop` that threw; default ignored. */
  onError?: (error: unknown, name: string) => void;
  /**
   * What happened to a lease, for logs and tests: `acquired`, `renewed`, `lost` (stepped down: taken
   * by another, or not renewed in time), `busy` (another instance holds it), `released` (on close).
   */
  onEvent?: (event: LeaseEvent) => void;
}

export interface LeaseEvent {
  name: string;
  kind: 'acquired' | 'renewed' | 'lost' | 'busy' | 'released';
}

/** Takes the lease when free, or renews it when already ours (a lost reply must not lock us out); else its PTTL. */
const ACQUIRE = `
if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return -1 end
if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return -1 end
return redis.call('pttl', KEYS[1])`;
/** Extends the lease only while it is still ours. */
const RENEW = `
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return 0`;
/** Deletes the lease only while it is still ours. */
const RELEASE = `
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`;

interface Job {
  name: string;
  key: string;
  start: () => StopLeading;
  /** Set while leading. */
  stop: StopLeading | null;
  /** Local time by which the lease has surely expired in Redis unless renewed (measured from when the command was sent). */
  validUntil: number;
  /** A lease command is in flight; the tick that sent it schedules the next. */
  busy: boolean;
  timer: NodeJS.Timeout | undefined;
  expiry: NodeJS.Timeout | undefined;
}

/**
 * Leases in Redis: `SET key token NX PX ttl` takes one; the holder extends it every ttl/3 with a
 * compare-and-extend script and deletes it on close with a compare-and-delete. Followers retry at
 * ttl/3 or when the current lease runs out, whichever is sooner. A holder that cannot renew (its
 * connection dropped, Redis down) stops leading when its lease may have expired, before anyone else
 * can take it; a holder that dies simply stops renewing and its lease expires after the TTL.
 */
export function redisLeadership(redis: Redis, options: RedisLeadershipOptions = {}): Leadership {
  const ttlMs = options.ttlMs ?? 10_000;
  const prefix = options.prefix ?? 'switchboard:';
  const token = options.instanceId ?? randomUUID();
  const every = Math.max(1, Math.floor(ttlMs / 3));
  const jobs = new Map<string, Job>();
  const waiting = new Waiters();
  let closed = false;

  const report = (error: unknown, job: Job) => options.onError?.(error, job.name);
  const emit = (job: Job, kind: LeaseEvent['kind']) => options.onEvent?.({ name: job.name, kind });

  /** The one timer per job: the next tick (acquire when following, renew when leading). */
  function schedule(job: Job, delayMs: number) {
    clearTimeout(job.timer);
    if (closed) return;
    job.timer = setTimeout(() => void tick(job), Math.max(0, delayMs));
    job.timer.unref();
  }

  async function tick(job: Job) {
    if (closed || job.busy) return;
    job.busy = true;
    try {
      schedule(job, job.stop ? await renew(job) : await acquire(job));
    } finally {
      job.busy = false;
    }
  }

  /** Tries to take the lease; returns when to tick next. */
  async function acquire(job: Job): Promise<number> {
    const sentAt = Date.now();
    let answer: number;
    try {
      answer = Number(await redis.eval(ACQUIRE, 1, job.key, token, ttlMs));
    } catch (error) {
      report(error, job);
      return every;
    }
    // Someone else holds it: come back when it runs out (plus a little), or at ttl/3 at the latest.
    if (answer !== -1) {
      emit(job, 'busy');
      return answer > 0 ? Math.min(answer + 1, every) : every;
    }
    if (closed) {
      await redis.eval(RELEASE, 1, job.key, token).catch((error: unknown) => report(error, job));
      return every;
    }
    job.validUntil = sentAt + ttlMs;
    try {
      job.stop = job.start();
    } catch (error) {
      report(error, job);
      job.stop = () => undefined;
    }
    watchExpiry(job);
    emit(job, 'acquired');
    waiting.settle(job.name, true);
    return every;
  }

  /** Extends the lease while it is ours; returns when to tick next. */
  async function renew(job: Job): Promise<number> {
    const sentAt = Date.now();
    let answer: number;
    try {
      answer = Number(await redis.eval(RENEW, 1, job.key, token, ttlMs));
    } catch (error) {
      // Keep leading while the lease may still be ours; the expiry watch steps down in time.
      report(error, job);
      return Math.min(every, Math.max(1, job.validUntil - Date.now()));
    }
    if (!job.stop) return 0; // stepped down meanwhile: try to take it back
    if (answer !== 1) {
      await stepDown(job);
      return every;
    }
    job.validUntil = sentAt + ttlMs;
    watchExpiry(job);
    emit(job, 'renewed');
    return every;
  }

  /** Steps down the moment the lease may have expired in Redis without a renewal we heard of. */
  function watchExpiry(job: Job) {
    clearTimeout(job.expiry);
    job.expiry = setTimeout(() => {
      if (!job.stop || closed) return;
      void stepDown(job).then(() => schedule(job, 0));
    }, Math.max(0, job.validUntil - Date.now()));
    job.expiry.unref();
  }

  async function stepDown(job: Job) {
    const stop = job.stop;
    job.stop = null;
    clearTimeout(job.expiry);
    if (!stop) return;
    try {
      await stop();
    } catch (error) {
      report(error, job);
    }
    if (!closed) emit(job, 'lost');
    waiting.settle(job.name, false);
  }

  return {
    lead(name, start) {
      if (closed) throw new Error('leadership is closed');
      if (jobs.has(name)) throw new Error(`already leading ${name}`);
      const job: Job = { name, key: `${prefix}lease:${name}`, start, stop: null, validUntil: 0, busy: false, timer: undefined, expiry: undefined };
      jobs.set(name, job);
      void tick(job);
    },
    leads: (name) => Boolean(jobs.get(name)?.stop),
    whenLeading: (name) => waiting.until(name, true, Boolean(jobs.get(name)?.stop)),
    whenFollowing: (name) => waiting.until(name, false, !jobs.get(name)?.stop),
    async close() {
      if (closed) return;
      closed = true;
      for (const job of jobs.values()) {
        clearTimeout(job.timer);
        const held = Boolean(job.stop);
        await stepDown(job);
        // Hand the lease over at once instead of making the others wait out the TTL.
        if (held) {
          await redis.eval(RELEASE, 1, job.key, token).then(
            () => emit(job, 'released'),
            (error: unknown) => report(error, job),
          );
        }
      }
      jobs.clear();
    },
  };
}

/** Promises waiting for a job to reach a state (leading or following). */
class Waiters {
  readonly #pending = new Map<string, { leading: boolean; resolve: () => void }[]>();

  until(name: string, leading: boolean, already: boolean): Promise<void> {
    if (already) return Promise.resolve();
    return new Promise((resolve) => this.#pending.set(name, [...(this.#pending.get(name) ?? []), { leading, resolve }]));
  }

  settle(name: string, leading: boolean) {
    const pending = this.#pending.get(name) ?? [];
    const left = pending.filter((waiter) => waiter.leading !== leading);
    for (const waiter of pending) if (waiter.leading === leading) waiter.resolve();
    if (left.length > 0) this.#pending.set(name, left);
    else this.#pending.delete(name);
  }
}
