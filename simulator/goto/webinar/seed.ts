import { Prng } from '../../core/prng.js';
import type { GoToAccount } from '../account.js';
import { DAY, HOUR, MINUTE } from '../time.js';
import type { Registrant, SessionAttendance, Webinar, WebinarSession } from './model.js';

const TOPICS = [
  'Getting started with Switchboard', 'Admin best practices', 'What is new this quarter', 'Reporting deep dive',
  'Security and SSO', 'Integrations showcase', 'Scaling your support team', 'Customer stories',
] as const;

export const WEBINAR_SEED_SIZES = { past: 10, upcoming: 6, registrants: [6, 24] } as const;

/** Who of the registrants attended a held session (about 60 %), with one or two join spans each. */
export function drawAttendance(random: Prng, registrants: readonly Registrant[], startMs: number, endMs: number): SessionAttendance[] {
  return registrants
    .filter((registrant) => registrant.status === 'APPROVED' && random.chance(0.6))
    .map((registrant) => {
      const joinMs = startMs + random.int(0, 10) * MINUTE;
      const leaveMs = Math.max(joinMs + MINUTE, endMs - random.int(0, 20) * MINUTE);
      if (!random.chance(0.15)) return { registrantKey: registrant.registrantKey, joins: [{ startMs: joinMs, endMs: leaveMs }] };
      const dropMs = joinMs + Math.floor((leaveMs - joinMs) / 2);
      return { registrantKey: registrant.registrantKey, joins: [{ startMs: joinMs, endMs: dropMs }, { startMs: dropMs + 2 * MINUTE, endMs: Math.max(leaveMs, dropMs + 3 * MINUTE) }] };
    });
}

/** Webinars of a seed: ten held (with sessions and attendance), six ahead; pure function of its inputs. */
export function generateWebinars(seed: number, account: GoToAccount, nowMs: number): { webinars: Webinar[]; random: Prng } {
  const random = new Prng(seed, 'goto-webinar');
  const hosts = account.organizers.filter((organizer) => organizer.status === 'active' && organizer.products.includes('G2W'));
  const dayStart = Math.floor(nowMs / DAY) * DAY;
  let webinarId = random.int(100_000_000, 200_000_000);
  const webinars: Webinar[] = [];
  for (let i = 0; i < WEBINAR_SEED_SIZES.past + WEBINAR_SEED_SIZES.upcoming; i++) {
    const past = i < WEBINAR_SEED_SIZES.past;
    const startMs = past ? dayStart - random.int(3, 80) * DAY + random.int(14, 18) * HOUR : dayStart + random.int(2, 40) * DAY + random.int(14, 18) * HOUR;
    const series = random.chance(0.2);
    const times = Array.from({ length: series ? 2 : 1 }, (_, n) => ({ startMs: startMs + n * 7 * DAY, endMs: startMs + n * 7 * DAY + HOUR }));
    const registrants: Registrant[] = random
      .sample(account.people, random.int(WEBINAR_SEED_SIZES.registrants[0], WEBINAR_SEED_SIZES.registrants[1]))
      .map((person) => ({
        registrantKey: account.keys.next('registrant'),
        person,
        registrationMs: startMs - random.int(1, 20) * DAY,
        status: random.weighted([['APPROVED', 90], ['WAITING', 6], ['DENIED', 4]] as const),
        timeZone: 'America/New_York',
      }));
    const sessions: WebinarSession[] = times
      .filter((time) => time.endMs < nowMs)
      .map((time) => ({ sessionKey: account.keys.next('webinarSession'), ...time, attendance: drawAttendance(random, registrants, time.startMs, time.endMs) }));
    webinarId += random.int(1, 99_999);
    webinars.push({
      webinarKey: account.keys.next('webinar'),
      webinarId: String(webinarId),
      organizerKey: random.pick(hosts).organizerKey,
      subject: random.pick(TOPICS),
      description: 'A live session with questions and answers.',
      times,
      timeZone: 'America/New_York',
      type: series ? 'series' : 'single_session',
      registrants,
      sessions,
      panelists: [],
      coorganizers: [],
    });
  }
  return { webinars, random };
}
