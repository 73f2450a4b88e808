import type { Context } from '../context.js';
import type { Training } from '../../domain/trainings.js';
import type { Webinar } from '../../domain/webinars.js';

/** Whether every time of an event has ended by the request's clock: no start link is worth asking for then. */
function over(times: readonly { end: string }[], now: Date): boolean {
  return times.length > 0 && times.every((time) => Date.parse(time.end) <= now.getTime());
}

/**
 * The organizer's start link of a webinar (GoToWebinar's `GET /webinars/{key}/startUrl`): opening it
 * starts the webinar once the organizer signs in. Null once every time of the webinar has ended
 * (no vendor call), or when GoTo no longer knows the webinar.
 */
export async function webinarStartUrl(ctx: Context, webinar: Pick<Webinar, 'webinarKey' | 'times'>): Promise<string | null> {
  if (over(webinar.times, ctx.cache.now)) return null;
  return ctx.loaders.gotowebinar.startUrl.load(webinar.webinarKey);
}

/** The organizer's start link of a training (GoToTraining's `GET …/trainings/{key}/startUrl`), null like webinarStartUrl. */
export async function trainingStartUrl(ctx: Context, training: Pick<Training, 'organizerKey' | 'trainingKey' | 'times'>): Promise<string | null> {
  if (over(training.times, ctx.cache.now)) return null;
  return ctx.loaders.gototraining.startUrl.load({ organizerKey: training.organizerKey, key: training.trainingKey });
}
