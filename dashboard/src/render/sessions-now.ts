import type { LiveSessionFragment } from '../../../clients/graphql/generated/graphql.js';
import { h } from '../element.js';
import { formatWait } from '../time-format.js';
import { vendorName } from '../vendor-names.js';

/** Remote-support sessions waiting or running on the board, longest first. */
export function renderSessionsNow(container: HTMLElement, sessions: Iterable<LiveSessionFragment>, now = Date.now()): void {
  const sorted = [...sessions].sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
  const waiting = sorted.filter((session) => session.status === 'WAITING').length;
  container.replaceChildren(
    h('p', { class: 'summary' }, `${waiting} waiting · ${sorted.length - waiting} active`),
    h(
      'ul',
      { class: 'sessions' },
      ...sorted.map((session) =>
        h(
          'li',
          { class: `session ${session.status.toLowerCase()}`, 'data-session-id': session.id },
          h('span', { class: 'badge' }, session.status.toLowerCase()),
          h('span', { class: 'name' }, session.customer.name ?? 'Unnamed customer'),
          h('span', { class: 'muted' }, `${vendorName(session.vendor)}${session.agent ? ` · ${session.agent.name}` : ''}`),
          session.startedAt ? h('span', { class: 'when' }, formatWait((now - Date.parse(session.startedAt)) / 1000)) : null,
        ),
      ),
    ),
  );
}
