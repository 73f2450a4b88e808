import { vendorClient } from '../../adapters/vendor-client.js';
import type { Context } from '../context.js';
import type { Attendance, EventSession, Registrant } from '../../domain/registrations.js';
import type { Training, TrainingAttendance } from '../../domain/trainings.js';
import { dottedKey } from '../../adapters/goto/keys.js';
import { toRegistrant } from '../../adapters/goto/registrant-mapping.js';
import { sessionAttendance, toTraining, trainingSession } from '../../adapters/goto/training-mapping.js';
import { allOrganizers } from '../meetings/organizers.js';
import { cancelRegistrationOf, registerFor, type RegistrantInput } from './registrants.js';

/** Held sessions of a training as GoTo's reports API lists them (the loaders' record; mapped in adapters/goto/training-mapping.ts). */
type HeldSession = Awaited<ReturnType<Context['loaders']['gototraining']['sessions']['load']>>[number];

function owned(vendorId: string): { organizerKey: string; key: string } {
  const [organizerKey = '', key = ''] = dottedKey(vendorId);
  return { organizerKey, key };
}

/**
 * Scheduled and ongoing trainings (GoTo leaves completed ones out of its listing) of one
 * organizer, or of every organizer licensed for GoToTraining (GoTo lists trainings per
 * organizer only: one call each, plus the organizer list). Soonest first.
 */
export async function listTrainings(ctx: Context, organizerKey?: string | null): Promise<Training[]> {
  const hosts = organizerKey ? [organizerKey] : (await allOrganizers(ctx)).filter((o) => o.products.includes('TRAINING')).map((o) => o.vendorId);
  const lists = await Promise.all(hosts.map(async (host) => (await ctx.loaders.gototraining.trainings.load(host)).map((t) => toTraining(host, t))));
  const unique = new Map<string, Training>();
  for (const training of lists.flat()) if (!unique.has(training.trainingKey)) unique.set(training.trainingKey, training);
  return [...unique.values()].sort((a, b) => (a.times[0]?.start ?? '').localeCompare(b.times[0]?.start ?? ''));
}

export async function trainingsById(ctx: Context, ids: readonly string[]): Promise<(Training | null)[]> {
  const found = await ctx.loaders.gototraining.training.loadMany(ids.map(owned));
  return found.map((t, index) => {
    if (t instanceof Error) throw t;
    return t && toTraining(owned(ids[index]!).organizerKey, t);
  });
}

export async function trainingById(ctx: Context, id: string): Promise<Training | null> {
  return (await trainingsById(ctx, [id]))[0] ?? null;
}

export async function trainingRegistrants(ctx: Context, training: Pick<Training, 'vendorId'>): Promise<Registrant[]> {
  return (await ctx.loaders.gototraining.registrants.load(owned(training.vendorId))).map((r) => toRegistrant('gototraining', training.vendorId, r));
}

export async function trainingSessions(ctx: Context, training: Pick<Training, 'vendorId'>): Promise<EventSession[]> {
  return (await ctx.loaders.gototraining.sessions.load(owned(training.vendorId))).map(trainingSession);
}

/** Who attended held sessions (one reports call per session); registrants who did not attend are left out. */
export async function attendanceOfSessions(ctx: Context, organizerKey: string, sessions: readonly HeldSession[]): Promise<TrainingAttendance[]> {
  const perSession = await Promise.all(
    sessions.map(async (session) => sessionAttendance(session, await ctx.loaders.gototraining.sessionAttendees.load({ organizerKey, key: session.sessionKey }))),
  );
  return perSession.flat();
}

/** Who attended the training's held sessions. */
export async function trainingAttendance(ctx: Context, training: Pick<Training, 'vendorId'>): Promise<Attendance[]> {
  const sessions = await ctx.loaders.gototraining.sessions.load(owned(training.vendorId));
  return attendanceOfSessions(ctx, owned(training.vendorId).organizerKey, sessions);
}

/**
 * Attendance at every training session held in a window, completed trainings included
 * (GoTo lists only scheduled and ongoing trainings; the reports API has the rest): one
 * report per GoToTraining organizer, then one call per held session.
 */
export async function heldTrainingAttendance(ctx: Context, window: { from: Date; to: Date }): Promise<TrainingAttendance[]> {
  const hosts = (await allOrganizers(ctx)).filter((o) => o.products.includes('TRAINING')).map((o) => o.vendorId);
  const perHost = await Promise.all(
    hosts.map(async (organizerKey) => attendanceOfSessions(ctx, organizerKey, await ctx.loaders.gototraining.reportSessions.load({ organizerKey, window }))),
  );
  // A session run by co-organizers appears in each one's report: count it once.
  const unique = new Map(perHost.flat().map((a) => [`${a.sessionKey}/${a.email}`, a]));
  return [...unique.values()];
}

export function registerForTraining(ctx: Context, trainingId: string, who: RegistrantInput): Promise<Registrant> {
  return registerFor(ctx, 'gototraining', trainingId, who, (organizerKey, key, person) => vendorClient(ctx.vendors, 'gototraining').register(organizerKey, key, person));
}

export function cancelTrainingRegistration(ctx: Context, registrantId: string): Promise<{ id: string }> {
  return cancelRegistrationOf(registrantId, (organizerKey, key, registrantKey) => vendorClient(ctx.vendors, 'gototraining').cancelRegistration(organizerKey, key, registrantKey));
}
