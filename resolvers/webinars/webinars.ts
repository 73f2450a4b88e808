import { vendorClient } from '../../adapters/vendor-client.js';
import type { Context } from '../context.js';
import { dateWindow } from '../../domain/date-window.js';
import type { Attendance, EventSession, Registrant } from '../../domain/registrations.js';
import type { Webinar } from '../../domain/webinars.js';
import { dottedKey } from '../../adapters/goto/keys.js';
import { toRegistrant } from '../../adapters/goto/registrant-mapping.js';
import { toWebinar, webinarAttendance, webinarSession } from '../../adapters/goto/webinar-mapping.js';
import { cancelRegistrationOf, registerFor, type RegistrantInput } from './registrants.js';
import { InputError } from '../../domain/errors.js';
import { UpstreamError } from '../../clients/transport/errors.js';

function owned(vendorId: string): { organizerKey: string; key: string } {
  const [organizerKey = '', key = ''] = dottedKey(vendorId);
  return { organizerKey, key };
}

/** Every webinar of the account with a time in the range, soonest first (one paged listing). */
export async function listWebinars(ctx: Context, range: { from: Date; to: Date }): Promise<Webinar[]> {
  // Not primed into the by-key loader: a listing record lacks the by-key record's session state.
  const webinars = await ctx.loaders.gotowebinar.accountWebinars.load(dateWindow(range));
  return webinars.map(toWebinar).sort((a, b) => (a.times[0]?.start ?? '').localeCompare(b.times[0]?.start ?? ''));
}

export async function webinarsById(ctx: Context, ids: readonly string[]): Promise<(Webinar | null)[]> {
  const found = await ctx.loaders.gotowebinar.webinar.loadMany(ids.map(owned));
  return found.map((w) => {
    if (w instanceof Error) throw w;
    return w && toWebinar(w);
  });
}

export async function webinarById(ctx: Context, id: string): Promise<Webinar | null> {
  return (await webinarsById(ctx, [id]))[0] ?? null;
}

export async function webinarRegistrants(ctx: Context, webinar: Pick<Webinar, 'vendorId'>): Promise<Registrant[]> {
  return (await ctx.loaders.gotowebinar.registrants.load(owned(webinar.vendorId))).map((r) => toRegistrant('gotowebinar', webinar.vendorId, r));
}

export async function webinarAttendees(ctx: Context, webinar: Pick<Webinar, 'vendorId'>): Promise<Attendance[]> {
  return (await ctx.loaders.gotowebinar.attendees.load(owned(webinar.vendorId))).map(webinarAttendance);
}

export async function webinarSessions(ctx: Context, webinar: Pick<Webinar, 'vendorId'>): Promise<EventSession[]> {
  return (await ctx.loaders.gotowebinar.sessions.load(owned(webinar.vendorId))).map(webinarSession);
}

/**
 * Registers a contact (or a name and email); an existing registration is AlreadyRegistered. A
 * webinar already held (GoTo's 405 `WebinarInPast`: every session ended, by GoTo's clock) names
 * `webinarId`.
 */
export function registerForWebinar(ctx: Context, webinarId: string, who: RegistrantInput): Promise<Registrant> {
  return registerFor(ctx, 'gotowebinar', webinarId, who, async (organizerKey, key, person) => {
    try {
      return await vendorClient(ctx.vendors, 'gotowebinar').register(organizerKey, key, person);
    } catch (error) {
      if (error instanceof UpstreamError && error.code === 'UPSTREAM_REJECTED' && error.status === 405) {
        throw new InputError([{ field: 'webinarId', message: 'has already been held: registration is closed' }]);
      }
      throw error;
    }
  });
}

export function cancelWebinarRegistration(ctx: Context, registrantId: string): Promise<{ id: string }> {
  return cancelRegistrationOf(registrantId, (organizerKey, key, registrantKey) => vendorClient(ctx.vendors, 'gotowebinar').cancelRegistration(organizerKey, key, registrantKey));
}

export async function registrantsById(ctx: Context, vendor: Registrant['vendor'], ids: readonly string[]): Promise<(Registrant | null)[]> {
  return Promise.all(
    ids.map(async (id) => {
      const [organizerKey = '', eventKey = '', registrantKey = ''] = dottedKey(id);
      const loader = vendor === 'gotowebinar' ? ctx.loaders.gotowebinar.registrants : ctx.loaders.gototraining.registrants;
      const all = await loader.load({ organizerKey, key: eventKey });
      const record = all.find((r) => r.registrantKey === registrantKey);
      return record ? toRegistrant(vendor, `${organizerKey}.${eventKey}`, record) : null;
    }),
  );
}
