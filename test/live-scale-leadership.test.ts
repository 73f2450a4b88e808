import { afterAll, describe, expect, it } from 'vitest';
import { localLeadership, redisLeadership, type LeaseEvent, type Leadership } from '../live/leadership.js';
import type { LiveRedis } from '../live/redis-connections.js';
import { testRedis } from './support/redis.js';

const redis = testRedis();
const leaderships: Leadership[] = [];
afterAll(async () => {
  for (const leadership of leaderships) await leadership.close();
  await redis.close();
});

/** A gateway instance's leadership, with a log of what it started and stopped and when. */
async function instance(name: string, ttlMs: number, connection?: LiveRedis) {
  const conn = connection ?? (await redis.open());
  const log: string[] = [];
  const events: LeaseEvent[] = [];
  const eventWaiters: { test: (events: LeaseEvent[]) => boolean; resolve: () => void }[] = [];
  const leadership = redisLeadership(conn.command, {
    ttlMs,
    prefix: redis.prefix,
    onEvent: (event) => {
      events.push(event);
      for (const waiter of eventWaiters.filter((w) => w.test(events))) {
        eventWaiters.splice(eventWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    },
  });
  leaderships.push(leadership);
  return {
    name,
    conn,
    leadership,
    log,
    events,
    /** Resolves once the events so far satisfy `test` (e.g. three refused attempts). */
    until: (test: (events: LeaseEvent[]) => boolean) =>
      test(events) ? Promise.resolve() : new Promise<void>((resolve) => eventWaiters.push({ test, resolve })),
    lead(job: string, timeline: string[]) {
      leadership.lead(job, () => {
        log.push(`start ${job}`);
        timeline.push(`${name} start`);
        return () => {
          log.push(`stop ${job}`);
          timeline.push(`${name} stop`);
        };
      });
    },
  };
}

const count = (events: LeaseEvent[], kind: LeaseEvent['kind']) => events.filter((event) => event.kind === kind).length;

describe('redisLeadership', () => {
  it('lets exactly one of two instances lead a job, and keeps it with the one that renews', async () => {
    const timeline: string[] = [];
    const a = await instance('a', 300);
    const b = await instance('b', 300);
    a.lead('poll:one', timeline);
    b.lead('poll:one', timeline);
    await Promise.race([a.leadership.whenLeading('poll:one'), b.leadership.whenLeading('poll:one')]);
    const [leader, follower] = a.leadership.leads('poll:one') ? [a, b] : [b, a];
    // The follower is refused again and again over more than two TTLs while the leader renews.
    await follower.until((events) => count(events, 'busy') >= 7);
    await leader.until((events) => count(events, 'renewed') >= 3);
    expect(leader.leadership.leads('poll:one')).toBe(true);
    expect(follower.leadership.leads('poll:one')).toBe(false);
    expect(timeline).toEqual([`${leader.name} start`]);
  });

  it('moves the lease to the other instance when the holder dies without releasing it', async () => {
    const timeline: string[] = [];
    const a = await instance('a', 300);
    a.lead('poll:two', timeline);
    await a.leadership.whenLeading('poll:two');
    const b = await instance('b', 300);
    b.lead('poll:two', timeline);
    await b.until((events) => count(events, 'busy') >= 1);

    // The holder's Redis connection drops (a crash): no release, no more renewals.
    a.conn.kill();
    await b.leadership.whenLeading('poll:two');
    await a.leadership.whenFollowing('poll:two');
    // The dead holder stopped its job before the lease could expire in Redis, so the two never ran together.
    expect(timeline).toEqual(['a start', 'a stop', 'b start']);
    expect(b.events.filter((event) => event.kind !== 'busy' && event.kind !== 'renewed')).toEqual([{ name: 'poll:two', kind: 'acquired' }]);
    expect(a.events.at(-1)).toEqual({ name: 'poll:two', kind: 'lost' });
  });

  it('hands the lease over on close (compare-and-delete), without waiting out the TTL', async () => {
    const timeline: string[] = [];
    // A TTL far longer than the test: only a release lets the follower in.
    const a = await instance('a', 60_000);
    a.lead('poll:three', timeline);
    await a.leadership.whenLeading('poll:three');
    const b = await instance('b', 900);
    b.lead('poll:three', timeline);
    await b.until((events) => count(events, 'busy') >= 1);
    await a.leadership.close();
    expect(a.events.at(-1)).toEqual({ name: 'poll:three', kind: 'released' });
    await b.leadership.whenLeading('poll:three');
    expect(timeline).toEqual(['a start', 'a stop', 'b start']);
  });

  it('steps down at once when its lease was taken over (compare-and-extend refuses)', async () => {
    const timeline: string[] = [];
    const a = await instance('a', 300);
    a.lead('poll:four', timeline);
    await a.leadership.whenLeading('poll:four');
    await a.conn.command.set(`${redis.prefix}lease:poll:four`, 'someone-else', 'PX', 60_000);
    await a.leadership.whenFollowing('poll:four');
    expect(timeline).toEqual(['a start', 'a stop']);
    // Release never deletes a lease that is not ours.
    await a.leadership.close();
    expect(await a.conn.command.get(`${redis.prefix}lease:poll:four`)).toBe('someone-else');
  });

  it('leads a job again after losing it, once the lease is free', async () => {
    const timeline: string[] = [];
    const a = await instance('a', 300);
    a.lead('poll:five', timeline);
    await a.leadership.whenLeading('poll:five');
    await a.conn.command.set(`${redis.prefix}lease:poll:five`, 'someone-else', 'PX', 400);
    await a.leadership.whenFollowing('poll:five');
    await a.leadership.whenLeading('poll:five');
    expect(timeline).toEqual(['a start', 'a stop', 'a start']);
  });
});

describe('localLeadership', () => {
  it('leads every job at once and stops them on close', async () => {
    const leadership = localLeadership();
    const log: string[] = [];
    leadership.lead('poll:x', () => {
      log.push('start');
      return () => void log.push('stop');
    });
    await leadership.whenLeading('poll:x');
    expect(leadership.leads('poll:x')).toBe(true);
    await leadership.close();
    expect(leadership.leads('poll:x')).toBe(false);
    expect(log).toEqual(['start', 'stop']);
  });
});
