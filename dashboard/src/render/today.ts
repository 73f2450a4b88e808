import type { Today } from '../today.js';
import { h } from '../element.js';
import { clockTime, formatWait } from '../time-format.js';
import { vendorName } from '../vendor-names.js';

const SHOWN = 6;

/** Today's remote-support sessions and calls: totals, then the latest few. */
export function renderToday(container: HTMLElement, today: Today | null, failed: boolean): void {
  if (!today) return container.replaceChildren(h('p', { class: 'muted' }, failed ? 'Could not read today’s sessions and calls.' : 'Loading…'));
  const sessions = today.supportSessions?.edges.map((edge) => edge.node) ?? [];
  const missing = today.supportSessions?.unavailableVendors.map((item) => vendorName(item.vendor)) ?? [];
  const calls = today.calls;
  const inbound = calls.filter((call) => call.direction === 'INBOUND').length;
  container.replaceChildren(
    h('p', { class: 'summary', 'data-today-sessions': String(sessions.length) }, `${sessions.length} remote-support sessions`, missing.length > 0 ? h('span', { class: 'badge down' }, `without ${missing.join(', ')}`) : null),
    h(
      'ul',
      { class: 'today-list' },
      ...sessions.slice(0, SHOWN).map((session) =>
        h('li', {}, h('span', { class: 'when' }, session.startedAt ? clockTime(session.startedAt) : '–'), `${session.customer.name ?? 'Unnamed'} · ${vendorName(session.vendor)}${session.agent ? ` · ${session.agent.name}` : ''}`, h('span', { class: 'muted' }, session.status.toLowerCase())),
      ),
    ),
    h('p', { class: 'summary', 'data-today-calls': String(calls.length) }, `${calls.length} calls (${inbound} in, ${calls.length - inbound} out)`),
    h(
      'ul',
      { class: 'today-list' },
      ...calls.slice(0, SHOWN).map((call) =>
        h('li', { 'data-call-id': call.id }, h('span', { class: 'when' }, clockTime(call.startedAt)), `${call.direction === 'INBOUND' ? 'In' : 'Out'}${call.agent ? ` · ${call.agent.name}` : ''}`, h('span', { class: 'muted' }, call.talkSeconds !== null && call.talkSeconds !== undefined ? formatWait(call.talkSeconds) : call.endedAt ? 'ended' : 'in progress')),
      ),
    ),
  );
}
