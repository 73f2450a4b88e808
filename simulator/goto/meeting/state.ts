import type { VirtualClock } from '../../core/clock.js';
import type { Prng } from '../../core/prng.js';
import type { GoToAccount } from '../account.js';
import type { ProductRouteContext } from '../product-router.js';
import type { Meeting, MeetingInstance } from './model.js';
import type { MeetingIds } from './seed.js';

/** GoToMeeting's live data: every meeting of the account by its meeting id. */
export interface MeetingState {
  meetings: Map<string, Meeting>;
  ids: MeetingIds;
  /** Draws attendees for meetings ended through the API. */
  random: Prng;
  account: GoToAccount;
  clock: VirtualClock;
}

/** What every G2M route handler gets. */
export type MeetingRouteContext = ProductRouteContext<MeetingState>;

/** Held instances of these organizers' meetings that started within [from, to], oldest first. */
export function historyOf(state: MeetingState, organizerKeys: ReadonlySet<string>, from: number, to: number): [Meeting, MeetingInstance][] {
  const rows: [Meeting, MeetingInstance][] = [];
  for (const meeting of state.meetings.values()) {
    if (!organizerKeys.has(meeting.organizerKey)) continue;
    for (const instance of meeting.instances) if (instance.startMs >= from && instance.startMs <= to) rows.push([meeting, instance]);
  }
  return rows.sort((a, b) => a[1].startMs - b[1].startMs);
}

/** Meetings of these organizers still ahead (or running), soonest first. */
export function upcomingOf(state: MeetingState, organizerKeys: ReadonlySet<string>): Meeting[] {
  const now = state.clock.nowMs();
  return [...state.meetings.values()]
    .filter((meeting) => organizerKeys.has(meeting.organizerKey) && (meeting.runningSinceMs !== null || (meeting.endMs > now && meeting.instances.length === 0)))
    .sort((a, b) => a.startMs - b.startMs);
}

export function organizersOfGroup(account: GoToAccount, groupKey: string): Set<string> {
  return new Set(account.organizers.filter((organizer) => organizer.groupKey === groupKey).map((organizer) => organizer.organizerKey));
}
