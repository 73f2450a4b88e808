import type { LiveBoardKpisQuery } from '../../clients/graphql/generated/graphql.js';
import { formatWait } from './time-format.js';

export type Kpis = LiveBoardKpisQuery['liveBoard']['kpis'];

/** How often today's key figures are read again (the gateway reads them from its store; a sync moves them). */
export const KPI_REFRESH_MS = 60_000;

/** One tile: what it shows, and the API figure behind it (`raw`, kept on the element for tests and tools). */
export interface KpiTile {
  key: string;
  label: string;
  /** The figure as read across a room; `—` when there is nothing to measure yet. */
  value: string;
  /** A second line: the comparison or what the figure counts. */
  detail: string;
  raw: number | null;
}

const NONE = '—';
const percent = (ratio: number | null) => (ratio === null ? NONE : `${(ratio * 100).toFixed(1)}%`);
const seconds = (value: number | null) => (value === null ? NONE : formatWait(value));

/** "+3 vs yesterday": today's count against the same time yesterday. */
function against(now: number, before: number): string {
  const change = now - before;
  return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${Math.abs(change)} vs ${before} by now yesterday`;
}

/** The tiles, in the order the wallboard shows them (definitions: docs/wallboard.md). */
export function kpiTiles(kpis: Kpis): KpiTile[] {
  return [
    { key: 'serviceLevel', label: 'Service level', value: percent(kpis.serviceLevel ?? null), detail: `taken within ${formatWait(kpis.serviceLevelSeconds)}`, raw: kpis.serviceLevel ?? null },
    { key: 'abandonRate', label: 'Abandoned', value: percent(kpis.abandonRate ?? null), detail: 'gave up before an agent took them', raw: kpis.abandonRate ?? null },
    { key: 'averageSpeedOfAnswerSeconds', label: 'Speed of answer', value: seconds(kpis.averageSpeedOfAnswerSeconds ?? null), detail: 'average wait', raw: kpis.averageSpeedOfAnswerSeconds ?? null },
    { key: 'averageHandleSeconds', label: 'Handle time', value: seconds(kpis.averageHandleSeconds ?? null), detail: 'average', raw: kpis.averageHandleSeconds ?? null },
    { key: 'sessions', label: 'Sessions today', value: String(kpis.sessions), detail: against(kpis.sessions, kpis.sessionsDayBefore), raw: kpis.sessions },
    { key: 'calls', label: 'Calls today', value: String(kpis.calls), detail: against(kpis.calls, kpis.callsDayBefore), raw: kpis.calls },
    { key: 'csat', label: 'CSAT', value: percent(kpis.csat ?? null), detail: kpis.rated > 0 ? `${kpis.rated} rated, average ${kpis.averageRating?.toFixed(2) ?? NONE}` : 'no ratings yet', raw: kpis.csat ?? null },
  ];
}
