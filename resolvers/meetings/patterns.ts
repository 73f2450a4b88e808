import type { Context } from '../context.js';
import { meetingTypeBucket, type FrequentAttendee, type MeetingPattern, type PatternGrouping } from './pattern.js';
import { attendeeHistory, historicalMeetings } from './meetings.js';
import { type Meeting, type MeetingAttendee } from '../../domain/meetings.js';
import { allOrganizers, listGroups } from './organizers.js';
import { dateWindow } from '../../domain/date-window.js';
import { chooseSource, type Sourced } from '../history/source.js';
import { storedMeetingPatterns } from '../reports/meeting-patterns.js';

/** How many of the most frequent attendees each pattern names. */
const TOP_ATTENDEES = 5;

const round = (value: number) => Math.round(value * 100) / 100;

/** The bucket each held meeting falls in, with its display label. */
async function bucketOf(ctx: Context, groupBy: PatternGrouping): Promise<(meeting: Meeting) => { key: string; label: string }> {
  if (groupBy === 'DAY') return (m) => ({ key: m.start.slice(0, 10), label: m.start.slice(0, 10) });
  if (groupBy === 'TYPE') return (m) => meetingTypeBucket(m.type);
  const organizers = new Map((await allOrganizers(ctx)).map((o) => [o.vendorId, o]));
  if (groupBy === 'ORGANIZER') {
    return (m) => ({ key: m.organizerKey ?? 'unknown', label: (m.organizerKey && organizers.get(m.organizerKey)?.name) || 'Unknown organizer' });
  }
  const groups = new Map((await listGroups(ctx)).map((g) => [g.vendorId, g.name]));
  return (m) => {
    const groupKey = (m.organizerKey && organizers.get(m.organizerKey)?.groupKey) || null;
    return { key: groupKey ?? 'none', label: (groupKey && groups.get(groupKey)) || 'No group' };
  };
}

/**
 * Meeting patterns across the account for meetings held in a range: per organizer, group,
 * day or meeting type, the number of meetings, total and average minutes, attendees per meeting and the most
 * frequent attendees. From the store when its GoToMeeting history covers the range; else reads
 * the account's history and attendee history (one call per group each, plus the organizer and
 * group lists), however many meetings there are.
 */
export async function meetingPatterns(ctx: Context, range: { from: Date; to: Date }, groupBy: PatternGrouping): Promise<MeetingPattern[]> {
  const { rows, ...sourced } = await meetingPatternReport(ctx, range, groupBy);
  return rows.map((row) => ({ ...row, ...sourced }));
}

/** The same report as one value: its rows and where they were read (for the CSV, which says so once). */
export async function meetingPatternReport(ctx: Context, range: { from: Date; to: Date }, groupBy: PatternGrouping): Promise<{ rows: Omit<MeetingPattern, keyof Sourced>[] } & Sourced> {
  const sourced = await chooseSource(ctx, [{ vendor: 'gotomeeting', resource: 'meetings' }], dateWindow(range));
  const rows = sourced.source === 'STORE' ? await storedMeetingPatterns(ctx, range, groupBy) : await liveMeetingPatterns(ctx, range, groupBy);
  return { rows, ...sourced };
}

/** The report from GoTo's history and attendee history (see meetingPatterns). */
async function liveMeetingPatterns(ctx: Context, range: { from: Date; to: Date }, groupBy: PatternGrouping): Promise<Omit<MeetingPattern, keyof Sourced>[]> {
  const [meetings, attendees, bucket] = await Promise.all([historicalMeetings(ctx, {}, range), attendeeHistory(ctx, {}, range), bucketOf(ctx, groupBy)]);
  // History rows name no instance key: a held instance is its meeting id and start.
  const instanceOf = (meetingId: string, start: string) => `${meetingId}@${start}`;
  const byInstance = new Map<string, MeetingAttendee[]>();
  for (const a of attendees) {
    const key = instanceOf(a.meetingId, a.meetingStart);
    byInstance.set(key, [...(byInstance.get(key) ?? []), a]);
  }
  const buckets = new Map<string, { label: string; meetings: Meeting[] }>();
  for (const meeting of meetings) {
    const { key, label } = bucket(meeting);
    const entry = buckets.get(key) ?? { label, meetings: [] };
    entry.meetings.push(meeting);
    buckets.set(key, entry);
  }
  return [...buckets.entries()]
    .map(([key, { label, meetings: held }]) => {
      const totalMinutes = held.reduce((sum, m) => sum + (m.durationMinutes ?? 0), 0);
      const totalAttendees = held.reduce((sum, m) => sum + (m.attendeeCount ?? 0), 0);
      const counts = new Map<string, FrequentAttendee>();
      for (const m of held) {
        for (const a of byInstance.get(instanceOf(m.vendorId, m.start)) ?? []) {
          const who = a.email ?? a.name.toLowerCase();
          const seen = counts.get(who) ?? { name: a.name, email: a.email, meetings: 0 };
          seen.meetings += 1;
          counts.set(who, seen);
        }
      }
      const topAttendees = [...counts.values()].sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name)).slice(0, TOP_ATTENDEES);
      return {
        key,
        label,
        meetings: held.length,
        totalMinutes,
        averageMinutes: round(totalMinutes / held.length),
        attendeesPerMeeting: round(totalAttendees / held.length),
        topAttendees,
      };
    })
    .sort((a, b) => (groupBy === 'DAY' ? a.key.localeCompare(b.key) : b.meetings - a.meetings || a.label.localeCompare(b.label)));
}
