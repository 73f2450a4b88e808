import { describe, expect, it } from 'vitest';
import { InputError } from '../../domain/errors.js';
import { reportRange } from './range.js';

const from = new Date('2030-01-01T00:00:00.000Z');

describe('reportRange', () => {
  it('gives back a range whose end is after its start, as it was given', () => {
    const range = { from, to: new Date(from.getTime() + 1) };
    expect(reportRange(range)).toBe(range);
  });

  it.each([
    ['ends where it starts', new Date(from)],
    ['ends before it starts', new Date(from.getTime() - 86_400_000)],
    ['ends at an invalid date', new Date(Number.NaN)],
  ])('refuses a range that %s, naming range.to', (_, to) => {
    const error = (() => {
      try {
        reportRange({ from, to });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues).toEqual([{ field: 'range.to', message: 'must be after from' }]);
  });

  it('refuses a range that starts at an invalid date', () => {
    expect(() => reportRange({ from: new Date(Number.NaN), to: from })).toThrow(InputError);
  });

  it('names the field it is given (the CSV route calls it `to`)', () => {
    expect(() => reportRange({ from, to: from }, 'to')).toThrow('to: must be after from');
  });
});
