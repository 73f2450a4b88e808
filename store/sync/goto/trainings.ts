import type { G2TTraining, GoToMeetingClient, GoToTrainingClient } from '../../../clients/goto/index.js';
import { mapLimited, paced } from '../pacing.js';
import type { ResourceRunContext, ResourceSync } from '../types.js';
import { windowedSync, windowsByCount } from '../windowed.js';
import { eventLoad, readEvent, spanOf, storedEventPage, type ReadEvent } from './events.js';

export interface GoToTrainingSyncOptions {
  /** Trainings per page. Default 20. */
  trainingsPerPage?: number;
  /** Trainings read at once (registrants, sessions, and each session's attendees). Default 4. */
  concurrency?: number;
  /** How far back a first run reads. Default 400 days. */
  lookbackDays?: number;
}

const DAY_MS = 86_400_000;

interface Listed {
  training: G2TTraining;
  organizerKey: string;
  startsAt: number;
}

/**
 * Trainings of every organizer licensed for GoToTraining (GoTo lists them per organizer), by
 * their first start, with registrants and the attendance the reports API gives per held session.
 */
export function gotoTrainingSync(organizers: GoToMeetingClient, client: GoToTrainingClient, options: GoToTrainingSyncOptions = {}): ResourceSync {
  const perPage = options.trainingsPerPage ?? 20;
  const concurrency = options.concurrency ?? 4;
  let listed: Listed[] = [];
  const sync = windowedSync({
    vendor: 'gototraining',
    resource: 'trainings',
    lookbackMs: (options.lookbackDays ?? 400) * DAY_MS,
    async plan(range, ctx) {
      const licensed = (await paced(ctx, () => organizers.listOrganizers(undefined, { signal: ctx.signal }))).filter((o) => o.products.includes('G2T'));
      const lists = await mapLimited(licensed, concurrency, async (o) =>
        (await paced(ctx, () => client.listTrainings(o.organizerKey, { signal: ctx.signal }))).map((training) => ({ training, organizerKey: o.organizerKey })),
      );
      // A training with several organizers is listed under each: keep it once.
      const byKey = new Map<string, Listed>();
      for (const { training, organizerKey } of lists.flat()) {
        const { startsAt } = spanOf(training.times);
        if (startsAt && !byKey.has(training.trainingKey)) byKey.set(training.trainingKey, { training, organizerKey, startsAt: startsAt.getTime() });
      }
      listed = [...byKey.values()].filter((t) => t.startsAt >= range.from.getTime() && t.startsAt < range.to.getTime());
      ctx.total(listed.length);
      return windowsByCount(range, listed.map((t) => t.startsAt), perPage);
    },
    async load(window, ctx) {
      const inWindow = listed.filter((t) => t.startsAt >= window.from.getTime() && t.startsAt < window.to.getTime());
      return eventLoad(await mapLimited(inWindow, concurrency, (t) => readTraining(client, t, ctx)), ctx.now);
    },
  });
  return {
    ...sync,
    one: (id, ctx) =>
      storedEventPage(
        ctx,
        'gototraining',
        id,
        (organizerKey) => client.getTraining(organizerKey, id, { signal: ctx.signal }),
        (training, organizerKey) => readTraining(client, { training, organizerKey }, ctx),
      ),
  };
}

async function readTraining(client: GoToTrainingClient, { training, organizerKey }: Pick<Listed, 'training' | 'organizerKey'>, ctx: Pick<ResourceRunContext, 'signal' | 'pause'>): Promise<ReadEvent> {
  const signal = ctx.signal;
  const { trainingKey } = training;
  const [registrants, sessions] = await Promise.all([
    paced(ctx, () => client.listRegistrants(organizerKey, trainingKey, { signal })),
    paced(ctx, () => client.sessionsOfTraining(organizerKey, trainingKey, { signal })),
  ]);
  const attendees = (await Promise.all(sessions.map((session) => paced(ctx, () => client.sessionAttendees(organizerKey, session.sessionKey, { signal }))))).flat();
  const listed = { vendor: 'gototraining' as const, key: trainingKey, publicId: training.trainingId, subject: training.name, organizerKey, timeZone: training.timeZone, times: training.times };
  return readEvent(
    listed,
    sessions.length,
    registrants,
    attendees.map((a) => ({ registrantKey: null, email: a.email, firstName: a.firstName, lastName: a.lastName, seconds: a.timeInSessionMinutes * 60, spans: a.inSessionTimes })),
  );
}
