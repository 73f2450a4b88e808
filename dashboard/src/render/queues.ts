import { longestWaitNow, type BoardQueue } from '../board.js';
import { h } from '../element.js';
import { formatWait } from '../time-format.js';
import { vendorName } from '../vendor-names.js';
import { levelOf, queueThresholds, type Rule } from '../thresholds.js';

/**
 * Queues with customers waiting first, then by name; the longest wait counted on to `now`. The count and the
 * wait turn amber near and red over the alert rules' thresholds (`rules`; null: unknown, the default wait applies).
 */
export function renderQueues(container: HTMLElement, queues: Iterable<BoardQueue>, rules: readonly Rule[] | null = null, now = Date.now()): void {
  const sorted = [...queues].sort((a, b) => b.waitingCount - a.waitingCount || a.name.localeCompare(b.name));
  if (sorted.length === 0) return container.replaceChildren(h('p', { class: 'muted' }, 'No queues.'));
  container.replaceChildren(
    h(
      'table',
      { class: 'queues' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Queue'), h('th', {}, 'Vendor'), h('th', { class: 'num' }, 'Waiting'), h('th', { class: 'num' }, 'Longest wait'))),
      h(
        'tbody',
        {},
        ...sorted.map((queue) => {
          const wait = longestWaitNow(queue, now);
          const thresholds = queueThresholds(rules, queue.vendor);
          const waitLevel = levelOf(wait, thresholds.longestWait);
          const countLevel = levelOf(queue.waitingCount, thresholds.waiting);
          return h(
            'tr',
            {
              class: [queue.waitingCount > 0 ? 'waiting' : '', waitLevel === 'over' ? 'long' : ''].join(' ').trim() || undefined,
              'data-queue-id': queue.id,
              'data-waiting': String(queue.waitingCount),
              'data-wait-level': waitLevel,
              'data-waiting-level': countLevel,
            },
            h('td', {}, queue.name),
            h('td', {}, vendorName(queue.vendor)),
            h('td', { class: `num level-${countLevel}` }, queue.waitingCount),
            h('td', { class: `num level-${waitLevel}` }, queue.waitingCount > 0 ? formatWait(wait) : '–'),
          );
        }),
      ),
    ),
  );
}
