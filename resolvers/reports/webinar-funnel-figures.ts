import type { StoreCoverage } from '../history/source.js';

/** From registration to attendance for one webinar: from the store, or from GoToWebinar when the store lacks it. */
export interface WebinarFunnel extends StoreCoverage {
  /** LIVE: read from GoToWebinar now (complete, syncedAt null). */
  source: 'STORE' | 'LIVE';
  /** `organizerKey.webinarKey` (the Webinar's vendorId). */
  webinarVendorId: string;
  webinarKey: string;
  subject: string;
  startsAt: Date | null;
  endsAt: Date | null;
  /** Registrants GoToWebinar lists, whatever their status (APPROVED, WAITING, DENIED). */
  registered: number;
  /** People with attendance in any of its sessions (an attendee GoTo lists without a registration counts too). */
  attended: number;
  /** attended / registered. */
  attendanceRate: number | null;
  /** Minutes attended, all attendees and sessions together. */
  attendanceMinutes: number;
  /** attendanceMinutes / attended. */
  averageAttendanceMinutes: number | null;
}
