import type { Context } from '../context.js';
import { webinarAttendees, webinarById, webinarRegistrants } from '../webinars/webinars.js';
import type { WebinarFunnel } from './webinar-funnel-figures.js';
import { ratio, rounded } from './sql.js';

/**
 * One webinar's funnel read from GoToWebinar (source LIVE), for a webinar the store does not
 * hold yet (one scheduled since the last sync, or a store never synced): the webinar, its
 * registrants and its attendees, three calls. Null when GoTo has no such webinar.
 */
export async function liveWebinarFunnel(ctx: Context, webinarVendorId: string): Promise<WebinarFunnel | null> {
  const webinar = await webinarById(ctx, webinarVendorId);
  if (!webinar) return null;
  const [registrants, attendance] = await Promise.all([webinarRegistrants(ctx, webinar), webinarAttendees(ctx, webinar)]);
  // As the store counts them: one per person (by email) with attendance in any session.
  const attended = new Set(attendance.map((a) => a.email.toLowerCase())).size;
  const minutes = attendance.reduce((sum, a) => sum + a.durationSeconds, 0) / 60;
  const times = webinar.times.map((time) => ({ start: new Date(time.start), end: new Date(time.end) }));
  return {
    source: 'LIVE',
    complete: true,
    syncedAt: null,
    webinarVendorId: webinar.vendorId,
    webinarKey: webinar.webinarKey,
    subject: webinar.subject,
    startsAt: times[0]?.start ?? null,
    endsAt: times.at(-1)?.end ?? null,
    registered: registrants.length,
    attended,
    attendanceRate: rounded(ratio(attended, registrants.length), 4),
    attendanceMinutes: rounded(minutes)!,
    averageAttendanceMinutes: rounded(ratio(minutes, attended)),
  };
}
