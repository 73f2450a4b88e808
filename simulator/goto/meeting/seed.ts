import { Prng } from '../../core/prng.js';
import type { GoToAccount, GoToPerson } from '../account.js';
import { KeyMint } from '../keys.js';
import { DAY, HOUR, MINUTE } from '../time.js';
import { CONFERENCE_CALL_INFO, type Meeting, type MeetingAttendance, type MeetingInstance } from './model.js';

const SUBJECTS = [
  'Weekly support sync', 'Customer onboarding', 'Escalation review', 'Quarterly business review', 'Product demo',
  'Renewal call', 'Incident post-mortem', 'Training dry run', 'Roadmap preview', 'Account check-in',
] as const;

export const MEETING_SEED_SIZES = { historicalPerOrganizer: [3, 6], upcomingPerOrganizer: [0, 3], attendees: [1, 9], historyDays: 90 } as const;

/** Mints 9-digit meeting ids and the meeting's int64 keys. */
export class MeetingIds {
  #nextMeetingId: number;
  #nextSession = 40_000_000;

  constructor(private readonly random: Prng, private readonly keys: KeyMint) {
    this.#nextMeetingId = random.int(120_000_000, 130_000_000);
  }

  meeting(): Pick<Meeting, 'meetingId' | 'meetingKey' | 'uniqueMeetingId'> {
    this.#nextMeetingId += this.random.int(1, 5_000);
    const meetingKey = this.keys.next('meetingKey');
    return { meetingId: String(this.#nextMeetingId), meetingKey, uniqueMeetingId: meetingKey };
  }

  instance(): Pick<MeetingInstance, 'meetingInstanceKey' | 'sessionId'> {
    this.#nextSession += this.random.int(1, 900);
    return { meetingInstanceKey: this.keys.next('meetingKey'), sessionId: String(this.#nextSession) };
  }
}

/** Attendees of one held instance: people from the account's pool, joining late and leaving early now and then. */
export function drawAttendees(random: Prng, people: readonly GoToPerson[], startMs: number, endMs: number): MeetingAttendance[] {
  const count = random.int(MEETING_SEED_SIZES.attendees[0], MEETING_SEED_SIZES.attendees[1]);
  return random.sample(people, count).map((person) => {
    const joinMs = startMs + (random.chance(0.3) ? random.int(1, 10) * MINUTE : 0);
    const leaveMs = Math.max(joinMs + MINUTE, endMs - (random.chance(0.2) ? random.int(1, 15) * MINUTE : 0));
    return { person, joinMs, leaveMs };
  });
}

/**
 * Meetings of a seed: for every active organizer a few held in the last 90 days (some
 * recurring, held more than once) and a few scheduled ahead. A pure function of its inputs.
 */
export function generateMeetings(seed: number, account: GoToAccount, nowMs: number): { meetings: Meeting[]; ids: MeetingIds; random: Prng } {
  const random = new Prng(seed, 'goto-meeting');
  const ids = new MeetingIds(random, new KeyMint(random));
  const meetings: Meeting[] = [];
  const hosts = account.organizers.filter((organizer) => organizer.status === 'active' && organizer.products.includes('G2M'));
  const dayStart = Math.floor(nowMs / DAY) * DAY;
  for (const organizer of hosts) {
    const base = {
      organizerKey: organizer.organizerKey,
      timezoneKey: '',
      maxParticipants: organizer.maxNumAttendeesAllowed,
      runningSinceMs: null,
    };
    const past = random.int(MEETING_SEED_SIZES.historicalPerOrganizer[0], MEETING_SEED_SIZES.historicalPerOrganizer[1]);
    for (let i = 0; i < past; i++) {
      const recurring = random.chance(0.25);
      const startMs = dayStart - random.int(1, MEETING_SEED_SIZES.historyDays - 14) * DAY + random.int(8, 17) * HOUR;
      const lengthMs = random.pick([15, 30, 45, 60, 90]) * MINUTE;
      const instances: MeetingInstance[] = [];
      for (let n = 0; n < (recurring ? random.int(2, 3) : 1); n++) {
        const held = startMs + n * 7 * DAY;
        if (held + lengthMs >= nowMs) break;
        const endMs = held + lengthMs + random.int(-10, 10) * MINUTE;
        instances.push({ ...ids.instance(), startMs: held, endMs, attendees: drawAttendees(random, account.people, held, endMs) });
      }
      meetings.push({
        ...ids.meeting(),
        ...base,
        subject: random.pick(SUBJECTS),
        startMs,
        endMs: startMs + lengthMs,
        passwordRequired: random.chance(0.3),
        conferenceCallInfo: random.pick(CONFERENCE_CALL_INFO),
        meetingType: recurring ? 'recurring' : 'scheduled',
        instances,
      });
    }
    const ahead = random.int(MEETING_SEED_SIZES.upcomingPerOrganizer[0], MEETING_SEED_SIZES.upcomingPerOrganizer[1]);
    for (let i = 0; i < ahead; i++) {
      const startMs = dayStart + random.int(1, 30) * DAY + random.int(8, 17) * HOUR;
      meetings.push({
        ...ids.meeting(),
        ...base,
        subject: random.pick(SUBJECTS),
        startMs,
        endMs: startMs + random.pick([30, 60]) * MINUTE,
        passwordRequired: random.chance(0.3),
        conferenceCallInfo: random.pick(CONFERENCE_CALL_INFO),
        meetingType: 'scheduled',
        instances: [],
      });
    }
  }
  return { meetings, ids, random };
}
