import { describe, expect, it } from 'vitest';
import { memoryReplayGuard } from './replay-guard.js';

describe('memoryReplayGuard', () => {
  it('claims an id once while it is remembered, again once its time is up (on the clock passed in)', async () => {
    let now = 1_000_000;
    const guard = memoryReplayGuard({ ttlMs: 600_000, now: () => now });
    expect(await guard.claim('gotowebinar:a')).toBe(true);
    expect(await guard.claim('gotowebinar:a')).toBe(false);
    expect(await guard.claim('gotowebinar:b')).toBe(true);
    now += 599_999;
    expect(await guard.claim('gotowebinar:a')).toBe(false);
    now += 2;
    expect(await guard.claim('gotowebinar:a')).toBe(true);
  });

  it('gives a released claim back', async () => {
    const guard = memoryReplayGuard({ ttlMs: 1000, now: () => 0 });
    expect(await guard.claim('x')).toBe(true);
    await guard.release('x');
    expect(await guard.claim('x')).toBe(true);
  });

  it('holds at most maxEntries ids, forgetting the oldest first', async () => {
    const guard = memoryReplayGuard({ ttlMs: 60_000, now: () => 0, maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) expect(await guard.claim(id)).toBe(true);
    expect(await guard.claim('d')).toBe(false);
    expect(await guard.claim('a')).toBe(true);
  });
});
