import { longestWaitNow, type BoardQueue } from '../board.js';
import { h } from '../element.js';
import { formatWait } from '../time-format.js';
import { vendorName } from '../vendor-names.js';

/** A longest wait from this many seconds is shown as long. */
const LONG_WAIT_SECONDS = 300;

/** Queues with customers waiting first, then by name; the longest wait counted on to `now`. */
export function renderQueues(container: HTMLElement, queues: Iterable<BoardQueue>, now = Date.now()): void {
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
          return h(
            'tr',
            {
              class: [queue.waitingCount > 0 ? 'waiting' : '', wait >= LONG_WAIT_SECONDS ? 'long' : ''].join(' ').trim() || undefined,
              'data-queue-id': queue.id,
              'data-waiting': String(queue.waitingCount),
            },
            h('td', {}, queue.name),
            h('td', {}, vendorName(queue.vendor)),
            h('td', { class: 'num' }, queue.waitingCount),
            h('td', { class: 'num' }, queue.waitingCount > 0 ? formatWait(wait) : '–'),
          );
        }),
      ),
    ),
  );
}
