import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../clients/transport/errors.js';
import type { VendorStatus } from '../../domain/live.js';
import { createPoller } from '../poller.js';
import { backoffDelay, countPoll, NO_POLLS, pollerStatus, statusAfter } from './status.js';
import { fakeClock } from './test-fixtures.js';

const timeout = new UpstreamError({ code: 'UPSTREAM_TIMEOUT', vendor: 'bomgar', message: 'timed out' });

describe('statusAfter: reachability transitions', () => {
  const clock = fakeClock();

  it('the first answer makes the vendor reachable since the time given', () => {
    expect(statusAfter('bomgar', null, { reachable: true }, clock.iso())).toEqual({ vendor: 'bomgar', reachable: true, since: '2030-01-01T09:00:00.000Z', code: null, message: null });
  });

  it('answering again while reachable is no change', () => {
    const up: VendorStatus = { vendor: 'bomgar', reachable: true, since: clock.iso(), code: null, message: null };
    expect(statusAfter('bomgar', up, { reachable: true }, '2030-01-01T09:05:00.000Z')).toBeNull();
  });

  it('a failure makes it unreachable with the typed upstream code, since the time given', () => {
    const up: VendorStatus = { vendor: 'bomgar', reachable: true, since: clock.iso(), code: null, message: null };
    expect(statusAfter('bomgar', up, { reachable: false, failure: timeout }, '2030-01-01T09:01:00.000Z')).toEqual({
      vendor: 'bomgar',
      reachable: false,
      since: '2030-01-01T09:01:00.000Z',
      code: 'UPSTREAM_TIMEOUT',
      message: 'bomgar did not answer the live-status poll (UPSTREAM_TIMEOUT)',
    });
  });

  it('a failure that is not an upstream error counts as UPSTREAM_UNAVAILABLE, also before any poll answered', () => {
    expect(statusAfter('ameyo', null, { reachable: false, failure: new TypeError('bug') }, clock.iso())).toMatchObject({ reachable: false, code: 'UPSTREAM_UNAVAILABLE' });
  });

  it('failing again during an outage is no change (the outage keeps its since and code)', () => {
    const down = statusAfter('bomgar', null, { reachable: false, failure: timeout }, clock.iso())!;
    expect(statusAfter('bomgar', down, { reachable: false, failure: new Error('other') }, '2030-01-01T09:09:00.000Z')).toBeNull();
  });

  it('answering after an outage makes it reachable again since the new time', () => {
    const down = statusAfter('bomgar', null, { reachable: false, failure: timeout }, clock.iso())!;
    expect(statusAfter('bomgar', down, { reachable: true }, '2030-01-01T09:03:00.000Z')).toMatchObject({ reachable: true, since: '2030-01-01T09:03:00.000Z', code: null });
  });
});

describe('poll counts and back-off', () => {
  it('counts polls and failures; an answer resets the consecutive failures', () => {
    const failed = countPoll(countPoll(NO_POLLS, false), false);
    expect(failed).toEqual({ polls: 2, failures: 2, consecutiveFailures: 2 });
    expect(countPoll(failed, true)).toEqual({ polls: 3, failures: 2, consecutiveFailures: 0 });
  });

  it('waits the interval while the vendor answers, doubles it per failure and stops at the cap', () => {
    expect([0, 1, 2, 3, 4, 5].map((failures) => backoffDelay(1_000, 10_000, failures))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
    // However long the outage, the wait stays a finite number at the cap.
    expect(backoffDelay(1_000, 10_000, 5_000)).toBe(10_000);
  });

  it('a poller reports its next poll by the clock passed in, backing off while the vendor fails', async () => {
    const clock = fakeClock();
    let answers = false;
    const poller = createPoller({
      intervalMs: 60_000,
      maxBackoffMs: 300_000,
      poll: async () => ({ reachable: answers }),
      crashed: { reachable: false },
      onCrash: () => undefined,
      now: clock.now,
    });
    const stop = poller.start();
    try {
      await poller.pollNow(); // after the automatic first poll: two failures
      expect(poller.state()).toEqual({ polls: 2, failures: 2, consecutiveFailures: 2, nextPollInMs: 240_000 });
      clock.advance(50_000);
      expect(poller.state().nextPollInMs).toBe(190_000);
      await poller.pollNow();
      expect(poller.state()).toMatchObject({ consecutiveFailures: 3, nextPollInMs: 300_000 });
      answers = true;
      await poller.pollNow();
      expect(poller.state()).toMatchObject({ polls: 4, failures: 3, consecutiveFailures: 0, nextPollInMs: 60_000 });
    } finally {
      await stop();
    }
    expect(poller.state().nextPollInMs).toBeNull();
  });
});

describe('pollerStatus', () => {
  const counts = { polls: 0, failures: 0, consecutiveFailures: 0, nextPollInMs: null };

  it('is unknown before the first poll', () => {
    expect(pollerStatus('bomgar', true, null, counts)).toEqual({ vendor: 'bomgar', leading: true, reachable: null, since: null, ...counts });
  });

  it("takes reachability and since from the vendor's status", () => {
    const down: VendorStatus = { vendor: 'bomgar', reachable: false, since: '2030-01-01T09:01:00.000Z', code: 'UPSTREAM_TIMEOUT', message: 'x' };
    expect(pollerStatus('bomgar', false, down, { ...counts, polls: 1, failures: 1, consecutiveFailures: 1 })).toMatchObject({
      leading: false,
      reachable: false,
      since: '2030-01-01T09:01:00.000Z',
      consecutiveFailures: 1,
    });
  });
});
