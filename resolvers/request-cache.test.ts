import { describe, expect, it } from 'vitest';
import { renewRequestState, type Context } from './context.js';
import { cacheSlot, RequestCache } from './request-cache.js';

describe('RequestCache', () => {
  it('memoises per slot: the first maker runs once, the others share its value', () => {
    const cache = new RequestCache(new Date(0));
    const slot = cacheSlot<{ made: number }>('test:slot');
    let made = 0;
    const first = cache.memo(slot, () => ({ made: ++made }));
    const second = cache.memo(slot, () => ({ made: ++made }));
    expect(second).toBe(first);
    expect(made).toBe(1);
    expect(cache.get(cacheSlot<number>('test:slot'))).toBeUndefined();
  });

  it('keeps a falsy value as a value, and forgets a slot on delete', () => {
    const cache = new RequestCache(new Date(0));
    const slot = cacheSlot<number>('test:zero');
    cache.set(slot, 0);
    expect(cache.memo(slot, () => 1)).toBe(0);
    cache.delete(slot);
    expect(cache.get(slot)).toBeUndefined();
  });
});

describe('renewRequestState', () => {
  it('gives the context new loaders, an empty cache and the clock reading of now', () => {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const slot = cacheSlot<string>('test:renew');
    const ctx = {
      vendors: { enabled: [] },
      signal: undefined,
      clock: () => new Date(clock),
      cache: new RequestCache(new Date(clock)),
      loaders: {},
    } as unknown as Context;
    ctx.cache.set(slot, 'from the last event');
    const loaders = ctx.loaders;

    clock += 60_000;
    renewRequestState(ctx);

    expect(ctx.cache.get(slot)).toBeUndefined();
    expect(ctx.cache.now.toISOString()).toBe('2026-12-01T10:01:00.000Z');
    expect(ctx.loaders).not.toBe(loaders);
    // A vendor without a client gets loaders that fail with the typed reason.
    expect(() => ctx.loaders.zendesk.tickets).toThrow(/SWITCHBOARD_VENDORS/);
  });
});
