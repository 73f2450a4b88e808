import { VIEWER } from './access.js';
import { builder } from './builder.js';

/** A span of time: a webinar's or training's scheduled times, or one join. */
export const TimeRangeRef = builder.objectRef<{ start: string; end: string }>('TimeRange').implement({
  authScopes: VIEWER,
  fields: (t) => ({
    start: t.field({ type: 'DateTime', nullable: false, resolve: (range) => range.start }),
    end: t.field({ type: 'DateTime', nullable: false, resolve: (range) => range.end }),
  }),
});

/** A window to report or list over; at most a year long, `to` after `from`. */
export const DateRangeInput = builder.inputType('DateRange', {
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: true }),
    to: t.field({ type: 'DateTime', required: true }),
  }),
});

/** The id of a record a mutation removed. */
export const DeletedRef = builder.objectRef<{ id: string }>('Deleted').implement({
  description: 'A record that was removed (or cancelled).',
  authScopes: VIEWER,
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'The id of the removed record.' }),
  }),
});
