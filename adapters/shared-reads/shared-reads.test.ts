import { describe, expect, it } from 'vitest';
import { withRequestBudget } from '../../clients/transport/request-budget.js';
import { createSharedReads, type SharedReadOutcome, type SharedReadsOptions } from './shared-reads.js';

/** A load the test settles by hand, counting its calls and the signal each got. */
function manualLoad<T>() {
  const calls: { signal: AbortSignal | undefined; resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];
  const load = (signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ signal, resolve, reject });
    });
  return { load, calls };
}

function setup(options: SharedReadsOptions = {}) {
  let now = 1_000;
  const outcomes: SharedReadOutcome[] = [];
  const invalidations: string[] = [];
  const reads = createSharedReads({
    ttlMs: 100,
    now: () => now,
    onRead: ({ outcome }) => outcomes.push(outcome),
    onInvalidate: (vendor, resource) => invalidations.push(`${vendor}/${resource ?? '*'}`),
    ...options,
  });
  return { reads, outcomes, invalidations, advance: (ms: number) => (now += ms) };
}

describe('shared vendor reads', () => {
  it('answers identical reads from one vendor call until the TTL (on the injected clock) runs out', async () => {
    const { reads, outcomes, advance } = setup();
    let calls = 0;
    const load = async () => ({ call: ++calls });
    const window = [new Date('2025-01-01T00:00:00Z'), { to: new Date('2025-01-02T00:00:00Z'), b: 1, a: 2 }];
    expect(await reads.read('bomgar', 'sessions', window, load)).toEqual({ call: 1 });
    advance(99);
    // The same instants and fields in another order are the same read.
    const same = [new Date('2025-01-01T00:00:00Z'), { a: 2, b: 1, to: new Date('2025-01-02T00:00:00Z') }];
    expect(await reads.read('bomgar', 'sessions', same, load)).toEqual({ call: 1 });
    advance(2);
    expect(await reads.read('bomgar', 'sessions', window, load)).toEqual({ call: 2 });
    expect(outcomes).toEqual(['miss', 'hit', 'miss']);
  });

  it('keeps reads apart by vendor, resource and arguments', async () => {
    const { reads } = setup();
    let calls = 0;
    const load = async () => ++calls;
    await reads.read('bomgar', 'sessions', [1], load);
    await reads.read('bomgar', 'sessions', [2], load);
    await reads.read('bomgar', 'reps', [1], load);
    await reads.read('gotoassist', 'sessions', [1], load);
    expect(calls).toBe(4);
  });

  it('lets reads arriving while an identical one is in flight join it (single flight)', async () => {
    const { reads, outcomes } = setup();
    const { load, calls } = manualLoad<{ sessions: string[] }>();
    const first = reads.read('gotoassist', 'sessions', ['w'], load);
    const second = reads.read('gotoassist', 'sessions', ['w'], load);
    expect(calls).toHaveLength(1);
    // No one caller's signal reaches the shared call.
    expect(calls[0]!.signal).toBeUndefined();
    calls[0]!.resolve({ sessions: ['a'] });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBe(b);
    expect(outcomes).toEqual(['miss', 'join']);
  });

  it('hands out results frozen through and through', async () => {
    const { reads } = setup();
    const value = await reads.read('ameyo', 'agent-states', [], async () => [{ userId: 'u1', state: { name: 'Ready' } }]);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value[0]!.state)).toBe(true);
    expect(() => value.push({ userId: 'u2', state: { name: 'Busy' } })).toThrow(TypeError);
  });

  it('caches no error: every waiter gets it, the next read asks again', async () => {
    const { reads } = setup();
    const { load, calls } = manualLoad<string>();
    const first = reads.read('bomgar', 'reps', [], load);
    const second = reads.read('bomgar', 'reps', [], load);
    const failure = new Error('upstream down');
    calls[0]!.reject(failure);
    await expect(first).rejects.toBe(failure);
    await expect(second).rejects.toBe(failure);
    const third = reads.read('bomgar', 'reps', [], load);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve('back');
    expect(await third).toBe('back');
  });

  it('stops only the waiter whose signal aborts; the read runs on for the others and is kept', async () => {
    const { reads, outcomes } = setup();
    const { load, calls } = manualLoad<string>();
    const leaving = new AbortController();
    const first = reads.read('bomgar', 'sessions', ['w'], load, leaving.signal);
    const second = reads.read('bomgar', 'sessions', ['w'], load, new AbortController().signal);
    const reason = new Error('client went away');
    leaving.abort(reason);
    await expect(first).rejects.toBe(reason);
    calls[0]!.resolve('listing');
    expect(await second).toBe('listing');
    expect(await reads.read('bomgar', 'sessions', ['w'], load)).toBe('listing');
    expect(calls).toHaveLength(1);
    expect(outcomes).toEqual(['miss', 'join', 'hit']);
  });

  it('refuses at once, with no vendor call, a read whose signal has already aborted', async () => {
    const { reads } = setup();
    const { load, calls } = manualLoad<string>();
    const gone = new AbortController();
    gone.abort();
    await expect(reads.read('bomgar', 'sessions', ['w'], load, gone.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toHaveLength(0);
  });

  it('invalidates one resource or the whole vendor, and lets no read in flight answer anyone after', async () => {
    const { reads, invalidations } = setup();
    let calls = 0;
    const load = async () => ++calls;
    await reads.read('bomgar', 'sessions', ['w'], load);
    await reads.read('bomgar', 'reps', [], load);
    await reads.read('ameyo', 'users', [], load);
    reads.invalidate('bomgar', 'sessions');
    expect(await reads.read('bomgar', 'sessions', ['w'], load)).toBe(4);
    expect(await reads.read('bomgar', 'reps', [], load)).toBe(2);
    reads.invalidate('bomgar');
    expect(await reads.read('bomgar', 'reps', [], load)).toBe(5);
    expect(await reads.read('bomgar', 'sessions', ['w'], load)).toBe(6);
    expect(await reads.read('ameyo', 'users', [], load)).toBe(3);

    const inFlight = manualLoad<string>();
    const before = reads.read('gotoassist', 'sessions', ['w'], inFlight.load);
    reads.invalidate('gotoassist', 'sessions');
    const after = reads.read('gotoassist', 'sessions', ['w'], inFlight.load);
    expect(inFlight.calls).toHaveLength(2);
    inFlight.calls[0]!.resolve('before the write');
    inFlight.calls[1]!.resolve('after the write');
    expect(await before).toBe('before the write');
    expect(await after).toBe('after the write');
    expect(await reads.read('gotoassist', 'sessions', ['w'], inFlight.load)).toBe('after the write');
    expect(invalidations).toEqual(['bomgar/sessions', 'bomgar/*', 'gotoassist/sessions']);
  });

  it('keeps at most maxEntries reads, dropping the least recently used', async () => {
    const { reads } = setup({ maxEntries: 2 });
    let calls = 0;
    const load = async () => ++calls;
    await reads.read('bomgar', 'sessions', ['a'], load);
    await reads.read('bomgar', 'sessions', ['b'], load);
    await reads.read('bomgar', 'sessions', ['a'], load);
    await reads.read('bomgar', 'sessions', ['c'], load);
    expect(calls).toBe(3);
    expect(await reads.read('bomgar', 'sessions', ['a'], load)).toBe(1);
    expect(await reads.read('bomgar', 'sessions', ['b'], load)).toBe(4);
  });

  it('shares nothing of a resource whose TTL is 0: each read is its own call, with its caller’s signal', async () => {
    const { reads, outcomes } = setup({ resourceTtlMs: { 'bomgar/reps': 0 } });
    const { load, calls } = manualLoad<string>();
    const signal = new AbortController().signal;
    void reads.read('bomgar', 'reps', [], load, signal);
    void reads.read('bomgar', 'reps', [], load, signal);
    expect(calls.map((call) => call.signal)).toEqual([signal, signal]);
    expect(outcomes).toEqual([]);
    expect(reads.ttlOf('bomgar', 'reps')).toBe(0);
    expect(reads.ttlOf('bomgar', 'sessions')).toBe(100);

    const off = setup({ ttlMs: 0, resourceTtlMs: { 'bomgar/sessions': 50 } });
    let count = 0;
    const counting = async () => ++count;
    await off.reads.read('ameyo', 'users', [], counting);
    await off.reads.read('ameyo', 'users', [], counting);
    await off.reads.read('bomgar', 'sessions', [], counting);
    await off.reads.read('bomgar', 'sessions', [], counting);
    expect(count).toBe(3);
  });

  it('stops a waiter at its request budget with UPSTREAM_TIMEOUT, while the read goes on for the others', async () => {
    const { reads } = setup({ ttlMs: 10_000 });
    const { load, calls } = manualLoad<string>();
    const patient = reads.read('bomgar', 'sessions', [1], load);
    const hurried = reads.read('bomgar', 'sessions', [1], load, withRequestBudget(undefined, 20));
    await expect(hurried).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT', vendor: 'bomgar' });
    expect(calls).toHaveLength(1);
    calls[0]!.resolve('listing');
    await expect(patient).resolves.toBe('listing');
  });
});
