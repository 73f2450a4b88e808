import { afterAll, describe, expect, it } from 'vitest';
import { createLivePubSub, type IncomingCallEvent } from '../live/pubsub.js';
import { testRedis } from './support/redis.js';

const redis = testRedis();
afterAll(() => redis.close());

const call = (n: number): IncomingCallEvent => ({ vendor: 'ameyo', vendorCallId: `call-${n}` });

describe('live pub/sub over Redis', () => {
  it('delivers an event published on one instance to subscribers on every instance, with per-instance counts', async () => {
    const a = createLivePubSub({ redis: await redis.open() });
    const b = createLivePubSub({ redis: await redis.open() });
    const onB = b.subscribe('incomingCall', 'agent-1');
    const onA = a.subscribe('incomingCall', 'agent-1');
    await b.whenSubscribed('incomingCall', 'agent-1');
    await a.whenSubscribed('incomingCall', 'agent-1');
    expect([a.subscribers('incomingCall', 'agent-1'), b.subscribers('incomingCall', 'agent-1')]).toEqual([1, 1]);

    a.publish('incomingCall', 'agent-1', call(1));
    expect(await onB.next()).toEqual({ value: call(1), done: false });
    // The publisher's own subscribers hear it back through Redis too.
    expect(await onA.next()).toEqual({ value: call(1), done: false });

    await onB.return!();
    expect(b.subscribers('incomingCall', 'agent-1')).toBe(0);
    expect(a.subscribers('incomingCall', 'agent-1')).toBe(1);
    await onA.return!();
  });

  it('routes by id: a subscriber hears only its own id, in publish order', async () => {
    const a = createLivePubSub({ redis: await redis.open() });
    const b = createLivePubSub({ redis: await redis.open() });
    const mine = b.subscribe('incomingCall', 'agent-2');
    await b.whenSubscribed('incomingCall', 'agent-2');
    a.publish('incomingCall', 'agent-3', call(1));
    for (let n = 2; n <= 5; n++) a.publish('incomingCall', 'agent-2', call(n));
    const heard = [];
    for (let n = 2; n <= 5; n++) heard.push((await mine.next()).value);
    expect(heard).toEqual([call(2), call(3), call(4), call(5)]);
    await mine.return!();
  });

  it('keeps deployments with different prefixes apart', async () => {
    const other = testRedis();
    try {
      const connection = await other.open();
      // Both on one pair of connections, so Redis hands events over in publish order.
      const here = createLivePubSub({ redis: { ...connection, prefix: redis.prefix } });
      const there = createLivePubSub({ redis: connection });
      const onThere = there.subscribe('incomingCall', 'agent-4');
      await there.whenSubscribed('incomingCall', 'agent-4');
      here.publish('incomingCall', 'agent-4', call(1));
      there.publish('incomingCall', 'agent-4', call(2));
      expect((await onThere.next()).value).toEqual(call(2));
      await onThere.return!();
    } finally {
      await other.close();
    }
  });

  it('reports a publish that cannot reach Redis instead of crashing', async () => {
    const connection = await redis.open();
    let failed: (topic: string) => void = () => undefined;
    const reported = new Promise<string>((resolve) => (failed = resolve));
    const pubsub = createLivePubSub({ redis: connection, onError: (_error, topic) => failed(topic) });
    connection.kill();
    pubsub.publish('incomingCall', 'agent-5', call(1));
    expect(await reported).toBe('incomingCall:agent-5');
  });
});

describe('a slow subscriber', () => {
  it('is cut off with SLOW_CONSUMER while the others get every event', async () => {
    const pubsub = createLivePubSub({ redis: await redis.open(), maxQueuedEvents: 5 });
    const slow = pubsub.subscribe('incomingCall', 'agent-6');
    const fast = pubsub.subscribe('incomingCall', 'agent-6');
    await pubsub.whenSubscribed('incomingCall', 'agent-6');
    const heard: IncomingCallEvent[] = [];
    for (let n = 1; n <= 8; n++) {
      pubsub.publish('incomingCall', 'agent-6', call(n));
      heard.push((await fast.next()).value as IncomingCallEvent);
    }
    expect(heard.map((event) => event.vendorCallId)).toEqual(['call-1', 'call-2', 'call-3', 'call-4', 'call-5', 'call-6', 'call-7', 'call-8']);
    // The slow one never read: its sixth queued event ended it.
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: 'SLOW_CONSUMER' } });
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    expect(pubsub.subscribers('incomingCall', 'agent-6')).toBe(1);
    await fast.return!();
  });

  it('in memory too', async () => {
    const pubsub = createLivePubSub({ maxQueuedEvents: 2 });
    const slow = pubsub.subscribe('incomingCall', 'x');
    const fast = pubsub.subscribe('incomingCall', 'x');
    for (let n = 1; n <= 3; n++) {
      pubsub.publish('incomingCall', 'x', call(n));
      expect((await fast.next()).value).toEqual(call(n));
    }
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: 'SLOW_CONSUMER' } });
    expect(pubsub.subscribers('incomingCall', 'x')).toBe(1);
  });
});
