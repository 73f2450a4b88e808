import { describe, expect, it } from 'vitest';
import { mappedOnce } from './mapped-once.js';

describe('mappedOnce', () => {
  const double = (calls: { count: number }) => (n: { value: number }) => {
    calls.count++;
    return { value: n.value * 2 };
  };

  it('maps a frozen listing once, and answers every later request with the same frozen result', () => {
    const calls = { count: 0 };
    const shared = Object.freeze([Object.freeze({ value: 1 }), Object.freeze({ value: 2 })]);
    const first = mappedOnce(shared, double(calls));
    expect(first).toEqual([{ value: 2 }, { value: 4 }]);
    expect(mappedOnce(shared, double(calls))).toBe(first);
    expect(calls.count).toBe(2);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('maps a listing read for one request afresh each time, and leaves the result the caller’s', () => {
    const calls = { count: 0 };
    const own = [{ value: 1 }];
    const first = mappedOnce(own, double(calls));
    expect(mappedOnce(own, double(calls))).not.toBe(first);
    expect(calls.count).toBe(2);
    expect(Object.isFrozen(first)).toBe(false);
  });
});
