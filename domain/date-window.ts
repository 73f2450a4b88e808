import { InputError } from './errors.js';

/** A `[from, to]` window from GraphQL arguments: `to` after `from`, at most a year long. */
export function dateWindow(range: { from: Date; to: Date }, field = 'range'): { from: Date; to: Date } {
  if (range.to.getTime() <= range.from.getTime()) throw new InputError([{ field: `${field}.to`, message: 'must be after from' }]);
  if (range.to.getTime() - range.from.getTime() > 366 * 86_400_000) throw new InputError([{ field: `${field}.to`, message: 'the range may span at most one year' }]);
  return range;
}
