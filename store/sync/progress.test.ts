import { describe, expect, it } from 'vitest';
import { terminalProgress, vendorLine, type VendorProgress } from './progress.js';

const bar = (fraction: number) => `${'#'.repeat(Math.floor(fraction * 10))}${'.'.repeat(10 - Math.floor(fraction * 10))}`;
const view = (over: Partial<VendorProgress>): VendorProgress => ({
  vendor: 'bomgar',
  resource: 'bomgar/sessions',
  resourceRead: 0,
  resourceTotal: undefined,
  state: 'running',
  read: 0,
  written: 0,
  startedAt: 0,
  endedAt: null,
  ...over,
});

describe('a vendor line of switchboard sync on a terminal', () => {
  it('shows a count without a percentage while the total is not known', () => {
    const line = vendorLine(view({ resource: 'zendesk/tickets', resourceRead: 1200, read: 1200, written: 1100 }), 12_000, bar);
    expect(line).toBe('bomgar  |..........| 12s 100/s | zendesk/tickets 1200 read, total not known | 1200 records, 1100 written');
    expect(line).not.toContain('%');
  });

  it('never shows 100% before the resource is done, even when it has read its total (a listing can grow)', () => {
    expect(vendorLine(view({ resourceRead: 500, resourceTotal: 500, read: 500 }), 5_000, bar)).toContain('|#########.| 5s 100/s | bomgar/sessions 99% 500/500 |');
    expect(vendorLine(view({ resourceRead: 650, resourceTotal: 500, read: 650 }), 5_000, bar)).toContain('99% 650/500');
    expect(vendorLine(view({ resourceRead: 125, resourceTotal: 500, read: 125 }), 5_000, bar)).toContain('|##........| 5s 25/s | bomgar/sessions 25% 125/500 |');
    expect(vendorLine(view({ resourceRead: 500, resourceTotal: 500, read: 500, state: 'done', endedAt: 5_000 }), 9_000, bar)).toContain('|##########| 5s 100/s | bomgar/sessions done |');
  });

  it('shows the time since the vendor started, frozen once it ended, and its rate', () => {
    expect(vendorLine(view({ read: 3, startedAt: 1_000 }), 1_500, bar)).toMatch(/\| 0s –\/s \|/);
    expect(vendorLine(view({ read: 3, startedAt: 0 }), 2_000, bar)).toMatch(/\| 2s 1\.5\/s \|/);
    expect(vendorLine(view({ read: 18_500, state: 'done', startedAt: 0, endedAt: 185_000 }), 999_000, bar)).toMatch(/\| 3m05s 100\/s \|/);
  });

  it('draws a line per vendor from the run events', () => {
    let written = '';
    const stream = { isTTY: true, columns: 200, write: (text: string) => ((written += text), true) } as unknown as NodeJS.WriteStream;
    let clock = 0;
    const progress = terminalProgress(stream, () => clock);
    const about = (vendor: 'zendesk' | 'goto', upstream: string, resource: string) => ({ vendor, upstream, resource: resource as never });
    progress.onEvent({ type: 'start', ...about('zendesk', 'zendesk', 'tickets') });
    progress.onEvent({ type: 'start', ...about('goto', 'gototraining', 'trainings') });
    progress.onEvent({ type: 'total', ...about('goto', 'gototraining', 'trainings'), records: 40 });
    clock = 4_000;
    progress.onEvent({ type: 'page', ...about('zendesk', 'zendesk', 'tickets'), records: 100, written: 100, coveredTo: null });
    progress.onEvent({ type: 'page', ...about('goto', 'gototraining', 'trainings'), records: 40, written: 38, coveredTo: null });
    progress.stop();
    expect(written).toContain('| 4s 25/s | zendesk/tickets 100 read, total not known | 100 records, 100 written');
    expect(written).toContain('| 4s 10/s | gototraining/trainings 99% 40/40 | 40 records, 38 written');
    // cli-progress's bar (20 wide), rounded down: 19 of 20 at 99%.
    expect(written).toMatch(/goto +\|\S{19}░\| 4s/);
  });
});
