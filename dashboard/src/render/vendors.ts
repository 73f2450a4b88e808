import type { LiveVendorFragment } from '../../../clients/graphql/generated/graphql.js';
import { h } from '../element.js';
import { clockTime } from '../time-format.js';
import { vendorName } from '../vendor-names.js';

/** One chip per polled vendor: reachable, or since when it is not and why. */
export function renderVendors(list: HTMLElement, vendors: Iterable<LiveVendorFragment>): void {
  const sorted = [...vendors].sort((a, b) => vendorName(a.vendor).localeCompare(vendorName(b.vendor)));
  list.replaceChildren(
    ...sorted.map((status) =>
      h(
        'li',
        { class: `vendor ${status.reachable ? 'up' : 'down'}`, 'data-vendor': status.vendor, 'data-reachable': String(status.reachable) },
        vendorName(status.vendor),
        status.reachable ? null : h('span', { class: 'vendor-detail' }, `unreachable since ${clockTime(status.since)}${status.code ? ` · ${status.code}` : ''}`),
      ),
    ),
  );
}
