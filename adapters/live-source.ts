import type { SupportSession } from '../domain/support.js';
import type { PolledVendor, VendorReading, VendorSnapshot } from '../domain/live.js';

/**
 * One polled vendor's live picture, read through its client (`adapters/<vendor>/live-poll.ts`,
 * named by the vendor's registry entry's `live`). A read either returns the whole picture
 * or throws the client's typed upstream error; the engine diffs and publishes.
 */
export interface LiveSource {
  vendor: PolledVendor;
  /**
   * Agents, queues and the sessions waiting or running now. `previous` is what the board holds,
   * so a source can read what became of sessions that left its listing (their final records).
   */
  read(previous: VendorSnapshot | null, signal: AbortSignal): Promise<VendorReading>;
}

export interface LiveSourceOptions {
  /** How far back a session may have started and still be watched as running (ms). */
  sessionLookbackMs: number;
}

/**
 * A session as the board keeps it: without its transcript (big, and not live status), and
 * without a running duration, which grows on every poll without anything happening (a
 * dashboard counts from `startedAt`).
 */
export function liveSession(session: SupportSession): SupportSession {
  const { events: _events, ...rest } = session;
  return session.endedAt === null ? { ...rest, durationSeconds: null } : rest;
}

/** The window a poll lists sessions in: the lookback up to a little past now (vendor clocks run a little ahead). */
export function liveWindow(options: LiveSourceOptions, now = Date.now()): { from: Date; to: Date } {
  return { from: new Date(now - options.sessionLookbackMs), to: new Date(now + 5 * 60_000) };
}
