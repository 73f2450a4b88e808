import type { G2WWebinar, GoToWebinarClient } from '../../../clients/goto/index.js';
import { mapLimited, paced } from '../pacing.js';
import type { ResourceRunContext, ResourceSync } from '../types.js';
import { stepWindows, windowedSync } from '../windowed.js';
import { eventLoad, readEvent, spanOf, storedEventPage, type ReadEvent } from './events.js';

export interface GoToWebinarSyncOptions {
  /** Days one account listing covers. Default 90. */
  windowDays?: number;
  /** Webinars read at once (three calls each: sessions, registrants, attendees). Default 4. */
  concurrency?: number;
  /** How far back a first run reads. Default 400 days. */
  lookbackDays?: number;
}

const DAY_MS = 86_400_000;

/**
 * The account's webinars by their first start, with registrants and attendance. A webinar whose
 * last time has not ended holds the checkpoint at its start, so its attendance is read again.
 */
export function gotoWebinarSync(client: GoToWebinarClient, options: GoToWebinarSyncOptions = {}): ResourceSync {
  const stepMs = (options.windowDays ?? 90) * DAY_MS;
  const concurrency = options.concurrency ?? 4;
  const sync = windowedSync({
    vendor: 'gotowebinar',
    resource: 'webinars',
    lookbackMs: (options.lookbackDays ?? 400) * DAY_MS,
    plan: async (range) => stepWindows(range, stepMs),
    async load(window, ctx) {
      const listed = await paced(ctx, () => client.listAccountWebinars(window, { signal: ctx.signal }));
      // A series is listed in every window one of its times falls in: it belongs to its first start's.
      const webinars = listed.filter((webinar) => {
        const { startsAt } = spanOf(webinar.times);
        return startsAt !== null && startsAt >= window.from && startsAt < window.to;
      });
      return eventLoad(await mapLimited(webinars, concurrency, (webinar) => readWebinar(client, webinar, ctx)), ctx.now);
    },
  });
  return {
    ...sync,
    one: (id, ctx) =>
      storedEventPage(ctx, 'gotowebinar', id, (organizerKey) => client.getWebinar(organizerKey, id, { signal: ctx.signal }), (webinar) => readWebinar(client, webinar, ctx)),
  };
}

async function readWebinar(client: GoToWebinarClient, webinar: G2WWebinar, ctx: Pick<ResourceRunContext, 'signal' | 'pause'>): Promise<ReadEvent> {
  const { organizerKey, webinarKey } = webinar;
  const signal = ctx.signal;
  const [sessions, registrants, attendees] = await Promise.all([
    paced(ctx, () => client.listSessions(organizerKey, webinarKey, { signal })),
    paced(ctx, () => client.listRegistrants(organizerKey, webinarKey, { signal })),
    paced(ctx, () => client.listAttendees(organizerKey, webinarKey, { signal })),
  ]);
  const listed = { vendor: 'gotowebinar' as const, key: webinarKey, publicId: webinar.webinarId, subject: webinar.subject, organizerKey, timeZone: webinar.timeZone, times: webinar.times };
  return readEvent(
    listed,
    sessions.length,
    registrants,
    attendees.map((a) => ({ registrantKey: a.registrantKey, email: a.email, firstName: a.firstName, lastName: a.lastName, seconds: a.attendanceTimeInSeconds, spans: a.attendance })),
  );
}
