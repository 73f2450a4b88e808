import { DEFAULT_SERVICE_LEVEL_SECONDS, SATISFIED_RATING } from '../../domain/kpis.js';
import { kpis, type Kpis } from '../../resolvers/live/kpis.js';
import { VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { DateRangeInput } from '../core/time-range.js';

/** The wallboard's key figures (docs/wallboard.md): on `liveBoard.kpis` for today, and `kpis(range)` for any range. Role: viewer. */

export const KpisRef = builder.objectRef<Kpis>('Kpis').implement({
  description: 'Key figures across every vendor from the store over a window (definitions in docs/wallboard.md). Ratios are 0 to 1; null when there is nothing to measure.',
  authScopes: VIEWER,
  fields: (t) => ({
    from: t.field({ type: 'DateTime', nullable: false, resolve: (k) => k.from }),
    to: t.field({ type: 'DateTime', nullable: false, resolve: (k) => k.to }),
    serviceLevelSeconds: t.exposeInt('serviceLevelSeconds', { nullable: false, description: 'The threshold the service level was measured against.' }),
    serviceLevel: t.exposeFloat('serviceLevel', {
      description: 'Customers an agent took within serviceLevelSeconds / (customers taken whose wait is known + customers who gave up): sessions and inbound calls (4 decimals).',
    }),
    abandonRate: t.exposeFloat('abandonRate', { description: 'Customers who gave up before an agent took them (ABANDONED sessions, unanswered inbound calls) / (taken + gave up).' }),
    averageSpeedOfAnswerSeconds: t.exposeFloat('averageSpeedOfAnswerSeconds', {
      description: "Mean wait of the customers taken whose wait is known: a session's start to its first agent joining; a call's ringing time.",
    }),
    averageHandleSeconds: t.exposeFloat('averageHandleSeconds', { description: 'Mean time agents spent on what they took and finished: a session from the agent joining to its end; a call talk plus hold.' }),
    sessions: t.exposeInt('sessions', { nullable: false, description: 'Remote-support sessions that started in the window, in any state.' }),
    sessionsDayBefore: t.exposeInt('sessionsDayBefore', { nullable: false, description: 'Sessions that started in the same window one day earlier (today: by this time yesterday).' }),
    calls: t.exposeInt('calls', { nullable: false, description: 'Calls that started in the window, either direction.' }),
    callsDayBefore: t.exposeInt('callsDayBefore', { nullable: false, description: 'Calls that started in the same window one day earlier.' }),
    rated: t.exposeInt('rated', { nullable: false, description: 'Rated sessions.' }),
    csat: t.exposeFloat('csat', { description: `Ratings of ${SATISFIED_RATING} or 5 / rated sessions.` }),
    averageRating: t.exposeFloat('averageRating', { description: 'Mean rating (1 to 5) of the rated sessions.' }),
    complete: t.exposeBoolean('complete', { nullable: false, description: 'True when the store held every session and call of the window (and the day before); false while a sync has not reached it, so figures may be short.' }),
    syncedAt: t.field({ type: 'DateTime', description: 'When the oldest of the synced resources read was last synced; null when one never was.', resolve: (k) => k.syncedAt }),
  }),
});

/** The service-level threshold argument's description, shared by `kpis` and `liveBoard.kpis`. */
export const SERVICE_LEVEL_ARG = `Seconds within which a customer counts as served in time (1 to 86400); default ${DEFAULT_SERVICE_LEVEL_SECONDS}.`;

builder.queryField('kpis', (t) =>
  t.field({
    type: KpisRef,
    authScopes: VIEWER,
    nullable: false,
    description: 'Key figures from the store for sessions and calls that started in [from, to): service level, abandon rate, speed of answer, handle time, counts against the same window a day earlier, CSAT.',
    args: { range: t.arg({ type: DateRangeInput, required: true }), serviceLevelSeconds: t.arg.int({ description: SERVICE_LEVEL_ARG }) },
    resolve: (_root, { range, serviceLevelSeconds }, ctx) => kpis(ctx, range, serviceLevelSeconds),
  }),
);
