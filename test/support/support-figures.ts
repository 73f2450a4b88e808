/**
 * The supportStats figures worked out in plain code from raw session records, the report's
 * definitions spelled out once more, independently of its SQL: tests compare the two.
 */
export interface RawSession {
  status: string;
  startedAt: string;
  endedAt: string | null;
  rating: number | null;
  resolution: string | null;
  /** The session's ticket, however it is tied to one; null for none. */
  ticket: string | null;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Figures of each group of sessions (key → sessions), as SupportStatsRow has them without the label. */
export function expectedSupportFigures<S extends RawSession>(sessions: S[], keyOf: (session: S) => string) {
  const groups = new Map<string, S[]>();
  for (const s of sessions) groups.set(keyOf(s), [...(groups.get(keyOf(s)) ?? []), s]);
  return [...groups].map(([key, group]) => {
    const durations = group
      .filter((s) => s.status === 'ENDED' && s.endedAt !== null)
      .map((s) => (Date.parse(s.endedAt!) - Date.parse(s.startedAt)) / 1000)
      .sort((a, b) => a - b);
    const known = group.filter((s) => s.resolution !== null);
    const resolved = known.filter((s) => s.resolution === 'RESOLVED').length;
    const rated = group.filter((s) => s.rating !== null);
    const tickets = group.map((s) => s.ticket).filter((t) => t !== null);
    const distinct = new Set(tickets).size;
    return {
      key,
      sessions: group.length,
      endedSessions: durations.length,
      averageDurationSeconds: durations.length ? round(durations.reduce((a, b) => a + b, 0) / durations.length) : null,
      // Nearest rank: the value at position ceil(0.9 n), 1-based.
      p90DurationSeconds: durations.length ? round(durations[Math.ceil(0.9 * durations.length) - 1]!) : null,
      resolvedSessions: resolved,
      sessionsWithResolution: known.length,
      resolutionRate: known.length ? round(resolved / known.length, 4) : null,
      ratedSessions: rated.length,
      averageRating: rated.length ? round(rated.reduce((a, s) => a + s.rating!, 0) / rated.length) : null,
      sessionsWithTicket: tickets.length,
      distinctTickets: distinct,
      sessionsPerTicket: distinct ? round(tickets.length / distinct) : null,
    };
  });
}
