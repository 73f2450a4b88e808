import { InputError } from '../../domain/errors.js';

/** A report's window: records that started at or after `from` and before `to`. */
export interface ReportRange {
  from: Date;
  to: Date;
}

/** Checks a report window; `field` names the argument in the error (`range`, or `to` for the CSV route). */
export function reportRange(range: ReportRange, field = 'range.to'): ReportRange {
  if (!(range.to.getTime() > range.from.getTime())) throw new InputError([{ field, message: 'must be after from' }]);
  return range;
}
