/**
 * Opening hours per Ameyo campaign (`AMEYO_CAMPAIGN_HOURS`), e.g.
 * `3=Mon-Fri 09:00-18:00 Europe/London; 5=Mon,Wed,Fri 08:30-17:00 Asia/Kolkata`.
 * A window may cross midnight (`22:00-06:00`: it belongs to the day it starts on);
 * `00:00-24:00` is the whole day. A campaign without hours is always open.
 */
export interface CampaignHours {
  /** Days open, 0 = Sunday … 6 = Saturday. */
  days: ReadonlySet<number>;
  /** Minutes after local midnight. */
  openMinute: number;
  closeMinute: number;
  timeZone: string;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Parses the whole variable; throws an Error whose message names the bad part. */
export function parseCampaignHours(raw: string): Map<string, CampaignHours> {
  const hours = new Map<string, CampaignHours>();
  for (const entry of raw.split(';').map((part) => part.trim()).filter(Boolean)) {
    const match = /^([^=\s]+)\s*=\s*(\S+)\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})\s+(\S+)$/.exec(entry);
    if (!match) throw new Error(`"${entry}" must look like 3=Mon-Fri 09:00-18:00 Europe/London`);
    const [, campaign, dayText, oh, om, ch, cm, timeZone] = match as unknown as string[];
    const openMinute = Number(oh) * 60 + Number(om);
    const closeMinute = Number(ch) * 60 + Number(cm);
    if (Number(om) > 59 || Number(cm) > 59 || openMinute > 24 * 60 || closeMinute > 24 * 60) throw new Error(`"${entry}" has an invalid time`);
    if (openMinute === closeMinute) throw new Error(`"${entry}" opens and closes at the same time`);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
      throw new Error(`"${entry}" names an unknown time zone ${timeZone}`);
    }
    if (hours.has(campaign!)) throw new Error(`campaign ${campaign} is listed twice`);
    hours.set(campaign!, { days: parseDays(dayText!, entry), openMinute, closeMinute, timeZone: timeZone! });
  }
  return hours;
}

function parseDays(text: string, entry: string): Set<number> {
  const days = new Set<number>();
  for (const part of text.toLowerCase().split(',')) {
    const [from, to] = part.split('-');
    const start = DAYS.indexOf(from ?? '');
    const end = to === undefined ? start : DAYS.indexOf(to);
    if (start < 0 || end < 0) throw new Error(`"${entry}" has an unknown day in ${text} (use Mon, Tue, … Sun)`);
    for (let day = start; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === end) break;
    }
  }
  return days;
}

/** True when `at` falls inside the campaign's hours, read in its time zone. */
export function isOpen(hours: CampaignHours, at: Date): boolean {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: hours.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = DAYS.indexOf(part('weekday').toLowerCase());
  const minute = Number(part('hour')) * 60 + Number(part('minute'));
  if (hours.openMinute < hours.closeMinute) return hours.days.has(day) && minute >= hours.openMinute && minute < hours.closeMinute;
  // Crosses midnight: open from the opening time on an open day, or before closing on the day after one.
  return (hours.days.has(day) && minute >= hours.openMinute) || (hours.days.has((day + 6) % 7) && minute < hours.closeMinute);
}
