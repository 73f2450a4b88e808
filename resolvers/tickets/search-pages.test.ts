import { describe, expect, it } from 'vitest';
import { InputError } from '../../domain/errors.js';
import { searchPageFor, searchStart, searchToken } from './search-pages.js';

describe('searchPageFor', () => {
  it('asks for exactly the page the connection wants when one page holds it', () => {
    expect(searchPageFor(0, 25)).toEqual({ page: 1, perPage: 25, skip: 0 });
    expect(searchPageFor(25, 25)).toEqual({ page: 2, perPage: 25, skip: 0 });
    expect(searchPageFor(0, 100)).toEqual({ page: 1, perPage: 100, skip: 0 });
    expect(searchPageFor(0, 0)).toEqual({ page: 1, perPage: 1, skip: 0 });
  });

  it('takes a slightly larger page, skipping its head, when the offset is not on a page boundary', () => {
    // Results 10..19: page 1 of 20, skipping 10.
    expect(searchPageFor(10, 10)).toEqual({ page: 2, perPage: 10, skip: 0 });
    expect(searchPageFor(7, 10)).toEqual({ page: 1, perPage: 17, skip: 7 });
  });

  it('covers every wanted result it answers for, and never asks past the 1,000 results search serves', () => {
    for (let start = 0; start < 1000; start += 7) {
      for (const want of [1, 3, 25, 50, 99, 100]) {
        const { page, perPage, skip } = searchPageFor(start, want)!;
        expect(perPage).toBeGreaterThanOrEqual(1);
        expect(perPage).toBeLessThanOrEqual(100);
        expect(page * perPage).toBeLessThanOrEqual(1000);
        expect((page - 1) * perPage + skip).toBe(start);
        // It holds `start` at least, and all that is wanted whenever one page of at most 100 can.
        expect(page * perPage).toBeGreaterThan(start);
      }
    }
    expect(searchPageFor(1000, 25)).toBeNull();
  });
});

describe('search tokens', () => {
  it('round-trips an offset and reads a page number issued before as pages of 100', () => {
    expect(searchStart(null)).toBe(0);
    expect(searchStart(searchToken(325))).toBe(325);
    expect(searchStart('3')).toBe(200);
  });

  it('refuses a token it did not issue, naming the cursor argument', () => {
    for (const token of ['at:-1', 'at:x', '0', 'page 2', 'at:99999']) {
      expect(() => searchStart(token)).toThrow(InputError);
    }
  });
});
