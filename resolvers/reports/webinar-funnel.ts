import type { Context } from '../context.js';
import { HistoryEventSchema, HistoryRegistrationSchema } from '../../store/entities/index.js';
import { dottedKey } from '../../adapters/goto/keys.js';
import { storeCoverage } from '../history/source.js';
import type { WebinarFunnel } from './webinar-funnel-figures.js';
import { numberOf, ratio, rounded, reportSql } from './sql.js';
import { liveWebinarFunnel } from './live-webinar-funnel.js';

export type { WebinarFunnel };

const VENDOR = 'gotowebinar';

/**
 * One webinar's funnel: registered, attended, minutes attended. `webinarVendorId` is the
 * Webinar's `organizerKey.webinarKey`; the store keys webinars by webinarKey. Two queries; a
 * webinar the store does not hold (scheduled since the last sync) is read from GoToWebinar
 * (liveWebinarFunnel). Null when neither has it.
 */
export async function webinarFunnel(ctx: Context, webinarVendorId: string): Promise<WebinarFunnel | null> {
  const webinarKey = dottedKey(webinarVendorId).at(-1) ?? webinarVendorId;
  const event = await ctx.em.fork().findOne(HistoryEventSchema, { vendor: VENDOR, vendorId: webinarKey }, { disableIdentityMap: true });
  if (!event) return liveWebinarFunnel(ctx, webinarVendorId);
  const sql = reportSql(ctx.em);
  const [figures] = (await sql
    .from(HistoryRegistrationSchema, 'r')
    .select(
      sql.knex.raw('sum(case when r.status is not null then 1 else 0 end) as registered'),
      sql.knex.raw('sum(case when r.attended then 1 else 0 end) as attended'),
      sql.knex.raw('sum(case when r.attended then r.attendance_seconds else 0 end) as seconds'),
    )
    .where('r.vendor', VENDOR)
    .andWhere('r.event_vendor_id', webinarKey)) as { registered: unknown; attended: unknown; seconds: unknown }[];
  const registered = numberOf(figures?.registered) ?? 0;
  const attended = numberOf(figures?.attended) ?? 0;
  const minutes = (numberOf(figures?.seconds) ?? 0) / 60;
  // Its records are final once the store covers the webinar's start (store/sync/coverage.ts).
  const at = event.startsAt ?? event.endsAt;
  const coverage = at ? await storeCoverage(ctx, [{ vendor: VENDOR, resource: 'webinars' }], { from: at, to: at }) : { complete: false, syncedAt: null };
  return {
    source: 'STORE',
    ...coverage,
    webinarVendorId: event.organizerKey ? `${event.organizerKey}.${event.vendorId}` : webinarVendorId,
    webinarKey: event.vendorId,
    subject: event.subject,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    registered,
    attended,
    attendanceRate: rounded(ratio(attended, registered), 4),
    attendanceMinutes: rounded(minutes)!,
    averageAttendanceMinutes: rounded(ratio(minutes, attended)),
  };
}
