import { GraphQLError, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, type ExecutionResult } from 'graphql';
import { createPubSub, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { Context } from '../resolvers/context.js';
import { createSubscriptionSharing, SHARED_SUBSCRIPTION, type ResultSink, type SubscriptionSharingOptions } from './subscription-sharing.js';

/**
 * A tiny schema: `ticks(step)` may be shared, `privateTicks` may not; `total` starts each subscriber
 * with the running total (as liveBoard starts with the whole board), then the ticks. Each counts the
 * executions it started.
 */
function harness(maxQueuedResults?: number, fields?: string[], groupContext?: SubscriptionSharingOptions['groupContext']) {
  const pubsub = createPubSub<{ tick: [number] }>();
  const started = { ticks: 0, privateTicks: 0, total: 0, ended: 0 };
  const state = { total: 0 };
  const watch = (field: 'ticks' | 'privateTicks' | 'total') => {
    started[field]++;
    const source = pubsub.subscribe('tick');
    let start: number | undefined = field === 'total' ? state.total : undefined;
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: () => {
        if (start === undefined) return source.next();
        const first = { value: start, done: false as const };
        start = undefined;
        return Promise.resolve(first);
      },
      return: () => {
        started.ended++;
        return source.return();
      },
    };
  };
  const tick = (field: 'ticks' | 'privateTicks', extensions: Record<string, unknown>) => ({
    type: GraphQLInt,
    args: { step: { type: GraphQLInt } },
    extensions,
    subscribe: (_root: unknown, args: { step?: number }) => {
      if (args.step === 0) throw new GraphQLError('step must not be 0');
      return watch(field);
    },
    resolve: (n: number, args: { step?: number }) => {
      if (n < 0) throw new GraphQLError('no negative ticks');
      return n * (args.step ?? 1);
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        ticks: tick('ticks', { [SHARED_SUBSCRIPTION]: true }),
        privateTicks: tick('privateTicks', {}),
        total: { type: GraphQLInt, subscribe: () => watch('total'), resolve: (n: number) => n },
      },
    }),
  });
  const sharing = createSubscriptionSharing({ maxQueuedResults, fields, startWith: { total: () => [state.total] }, groupContext });
  const yoga = createYoga({ schema, plugins: [sharing.plugin], logging: false });

  async function subscribe(
    query: string,
    options: { label?: string; signal?: AbortSignal; variables?: Record<string, unknown>; sink?: ResultSink } = {},
  ) {
    const { subscribe, parse, schema: enveloped } = yoga.getEnveloped({});
    const contextValue = { caller: { role: 'viewer', label: options.label ?? 'viewer#aaaaaa' }, signal: options.signal };
    if (options.sink) sharing.sendResultsTo(contextValue, options.sink);
    const result = (await subscribe({
      schema: enveloped,
      document: parse(query),
      variableValues: options.variables,
      contextValue,
    })) as AsyncIterableIterator<ExecutionResult> | ExecutionResult;
    return result;
  }
  const stream = async (query: string, options?: Parameters<typeof subscribe>[1]) => {
    const result = await subscribe(query, options);
    if (!(Symbol.asyncIterator in result)) throw new Error(`not a stream: ${JSON.stringify(result)}`);
    return result;
  };
  return { pubsub, started, state, sharing, subscribe, stream };
}

const value = async (stream: AsyncIterableIterator<ExecutionResult>) => (await stream.next()).value as ExecutionResult;

/**
 * A sink that keeps what it was given, answering `outcome` (changeable: `full` plays a socket that
 * stopped reading, until `outcome` is `sent` again); `until(n)` resolves once it holds n payloads.
 */
function recordingSink(outcome: ReturnType<ResultSink['next']> = 'sent') {
  const payloads: Buffer[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  return {
    payloads,
    outcome,
    backedUp() {
      return this.outcome === 'full';
    },
    texts: () => payloads.map(String),
    until: (count: number) => new Promise<void>((resolve) => (payloads.length >= count ? resolve() : waiting.push({ count, resolve }))),
    next(payload: Buffer) {
      if (this.outcome !== 'sent') return this.outcome;
      payloads.push(payload);
      for (const waiter of waiting.filter((w) => payloads.length >= w.count)) waiter.resolve();
      return this.outcome;
    },
  };
}

describe('shared subscriptions', () => {
  it('runs identical subscriptions once and hands every result to each', async () => {
    const h = harness();
    const a = await h.stream('subscription { ticks(step: 2) }');
    const b = await h.stream('subscription { ticks(step: 2) }');
    expect(h.started.ticks).toBe(1);
    expect([h.sharing.groups(), h.sharing.members()]).toEqual([1, 2]);
    h.pubsub.publish('tick', 1);
    h.pubsub.publish('tick', 5);
    expect([await value(a), await value(a)]).toEqual([{ data: { ticks: 2 } }, { data: { ticks: 10 } }]);
    expect([await value(b), await value(b)]).toEqual([{ data: { ticks: 2 } }, { data: { ticks: 10 } }]);
  });

  it('keeps different callers, variables and documents apart, and never shares unmarked fields', async () => {
    const h = harness();
    await h.stream('subscription { ticks(step: 2) }');
    await h.stream('subscription { ticks(step: 2) }', { label: 'viewer#bbbbbb' });
    await h.stream('subscription ($step: Int) { ticks(step: $step) }', { variables: { step: 2 } });
    await h.stream('subscription ($step: Int) { ticks(step: $step) }', { variables: { step: 3 } });
    await h.stream('subscription { privateTicks }');
    await h.stream('subscription { privateTicks }');
    expect(h.started).toMatchObject({ ticks: 4, privateTicks: 2 });
    expect([h.sharing.groups(), h.sharing.members()]).toEqual([4, 4]);
  });

  it('shares fields named in `fields` as well as marked ones', async () => {
    const h = harness(undefined, ['privateTicks']);
    await h.stream('subscription { privateTicks }');
    await h.stream('subscription { privateTicks }');
    expect(h.started.privateTicks).toBe(1);
    await h.sharing.whenMembers(2);
  });

  it('does not share a subscription whose context carries an abort signal (SSE)', async () => {
    const h = harness();
    await h.stream('subscription { ticks }', { signal: new AbortController().signal });
    await h.stream('subscription { ticks }', { signal: new AbortController().signal });
    expect(h.started.ticks).toBe(2);
    expect(h.sharing.members()).toBe(0);
  });

  it('with groupContext, shares subscriptions whose context carries an abort signal (SSE): the execution runs on its own context', async () => {
    const made: Context[] = [];
    const h = harness(undefined, undefined, (first) => {
      const own = { ...first, signal: undefined } as Context;
      made.push(own);
      return own;
    });
    const [first, second] = [new AbortController(), new AbortController()];
    const a = await h.stream('subscription { ticks }', { signal: first.signal });
    const b = await h.stream('subscription { ticks }', { signal: second.signal });
    expect(h.started.ticks).toBe(1);
    expect([h.sharing.groups(), h.sharing.members()]).toEqual([1, 2]);
    expect(made).toHaveLength(1);
    expect(made[0]!.signal).toBeUndefined();
    // The first subscriber's request goes away: the others keep hearing.
    first.abort();
    await a.return!();
    h.pubsub.publish('tick', 4);
    expect(await value(b)).toEqual({ data: { ticks: 4 } });
    expect(h.started.ended).toBe(0);
  });

  it('lets one subscriber leave without disturbing the others, and stops the execution with the last', async () => {
    const h = harness();
    const a = await h.stream('subscription { ticks }');
    const b = await h.stream('subscription { ticks }');
    await a.return!();
    h.pubsub.publish('tick', 7);
    expect(await value(b)).toEqual({ data: { ticks: 7 } });
    expect(h.started.ended).toBe(0);
    await b.return!();
    expect(h.started.ended).toBe(1);
    expect([h.sharing.groups(), h.sharing.members()]).toEqual([0, 0]);
    // A newcomer starts a fresh execution.
    const c = await h.stream('subscription { ticks }');
    h.pubsub.publish('tick', 8);
    expect(await value(c)).toEqual({ data: { ticks: 8 } });
    expect(h.started.ticks).toBe(2);
  });

  it('ends a subscriber that stops reading with SLOW_CONSUMER while the others get every result', async () => {
    const h = harness(3);
    const slow = await h.stream('subscription { ticks }');
    const fast = await h.stream('subscription { ticks }');
    const heard = [];
    for (let n = 1; n <= 6; n++) {
      h.pubsub.publish('tick', n);
      heard.push((await value(fast)).data?.['ticks']);
    }
    expect(heard).toEqual([1, 2, 3, 4, 5, 6]);
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: 'SLOW_CONSUMER' } });
    expect(h.sharing.members()).toBe(1);
  });

  it('gives a refusal to the subscriber that caused it and keeps no group for it', async () => {
    const h = harness();
    const refused = (await h.subscribe('subscription { ticks(step: 0) }')) as ExecutionResult;
    expect(refused.errors?.[0]?.message).toMatch(/step must not be 0/);
    expect(h.sharing.groups()).toBe(0);
    const again = (await h.subscribe('subscription { ticks(step: 0) }')) as ExecutionResult;
    expect(again.errors).toHaveLength(1);
  });

  it('serialises a result once and writes it to every waiting subscriber’s sink', async () => {
    const h = harness();
    const [sinkA, sinkB] = [recordingSink(), recordingSink()];
    const a = await h.stream('subscription { ticks(step: 2) }', { sink: sinkA });
    const b = await h.stream('subscription { ticks(step: 2) }', { sink: sinkB });
    // Both wait on a read, as graphql-ws does between messages.
    const pending = [a.next(), b.next()];
    h.pubsub.publish('tick', 1);
    h.pubsub.publish('tick', 2);
    await Promise.all([sinkA.until(2), sinkB.until(2)]);
    expect(sinkA.texts()).toEqual(['{"data":{"ticks":2}}', '{"data":{"ticks":4}}']);
    expect(sinkB.payloads).toHaveLength(2);
    // One serialisation for the group: the very same bytes for each subscriber.
    expect(sinkB.payloads[0]).toBe(sinkA.payloads[0]);
    await a.return!();
    await b.return!();
    expect(await Promise.all(pending)).toEqual([{ value: undefined, done: true }, { value: undefined, done: true }]);
  });

  it('sends a result with errors through each subscriber’s own stream (masking applies there)', async () => {
    const h = harness();
    const sink = recordingSink();
    const a = await h.stream('subscription { ticks }', { sink });
    const next = a.next();
    h.pubsub.publish('tick', -1);
    expect((await next).value).toMatchObject({ errors: [{ message: 'no negative ticks' }] });
    expect(sink.payloads).toHaveLength(0);
    const after = a.next();
    h.pubsub.publish('tick', 3);
    await sink.until(1);
    expect(sink.texts()).toEqual(['{"data":{"ticks":3}}']);
    await a.return!();
    await after;
  });

  it('keeps order on the socket: while a result is being sent through the stream, later ones queue behind it', async () => {
    const h = harness();
    // One socket's log, as graphql-ws would write it: direct writes, and the stream's results once sent.
    const wire: string[] = [];
    const sink = recordingSink();
    const direct = { backedUp: () => false, next: (payload: Buffer) => (wire.push(String(payload)), sink.next(payload)) };
    const a = await h.stream('subscription { ticks }', { sink: direct });
    // A subscriber without a sink: reading it tells that the shared execution has handed out an event.
    const probe = await h.stream('subscription { ticks }');
    const publish = async (n: number) => {
      const heard = probe.next();
      h.pubsub.publish('tick', n);
      await heard;
    };
    let release!: () => void;
    const sending = new Promise<void>((resolve) => (release = resolve));
    let sentThree!: () => void;
    const three = new Promise<void>((resolve) => (sentThree = resolve));
    // graphql-ws's loop: read, send (the first send is held until released), read again.
    const loop = (async () => {
      for await (const result of a) {
        if (wire.length === 0) await sending;
        if (wire.push(JSON.stringify(result)) === 3) sentThree();
      }
    })();
    await publish(-1); // has errors: goes through the stream, and its send is held
    await publish(2);
    await publish(3);
    expect(sink.payloads).toHaveLength(0);
    release();
    await three;
    await publish(4);
    await sink.until(1);
    expect(wire.map((text) => JSON.parse(text).data?.ticks ?? 'error')).toEqual(['error', 2, 3, 4]);
    await a.return!();
    await probe.return!();
    await loop;
  });

  it('ends a subscriber whose socket is backed up with SLOW_CONSUMER while the others get every result', async () => {
    const h = harness();
    const [full, fine] = [recordingSink('full'), recordingSink()];
    const slow = await h.stream('subscription { ticks }', { sink: full });
    const fast = await h.stream('subscription { ticks }', { sink: fine });
    const [slowRead, fastRead] = [slow.next(), fast.next()];
    h.pubsub.publish('tick', 1);
    await expect(slowRead).rejects.toMatchObject({ extensions: { code: 'SLOW_CONSUMER' } });
    expect(h.sharing.members()).toBe(1);
    h.pubsub.publish('tick', 2);
    await fine.until(2);
    expect(fine.texts()).toEqual(['{"data":{"ticks":1}}', '{"data":{"ticks":2}}']);
    await fast.return!();
    await fastRead;
  });

  it('starts each later subscriber of a startWith field with its own start, then the shared results', async () => {
    const h = harness();
    h.state.total = 10;
    const a = await h.stream('subscription { total }');
    expect(await value(a)).toEqual({ data: { total: 10 } });
    h.state.total = 25;
    const b = await h.stream('subscription { total }');
    expect(await value(b)).toEqual({ data: { total: 25 } });
    expect(h.started.total).toBe(1);
    h.pubsub.publish('tick', 7);
    expect([await value(a), await value(b)]).toEqual([{ data: { total: 7 } }, { data: { total: 7 } }]);
  });

  it('lets a startWith subscriber that fell behind skip to a fresh start once its socket drained, instead of ending it', async () => {
    const h = harness();
    const fine = recordingSink();
    const slow = recordingSink();
    // The first subscriber's start is the execution's own first result: straight to its socket.
    const a = await h.stream('subscription { total }', { sink: fine });
    const aWaits = a.next();
    await fine.until(1);
    // A later one's start is its own, through its own stream (its sink only takes shared results).
    const b = await h.stream('subscription { total }', { sink: slow });
    expect(await value(b)).toEqual({ data: { total: 0 } });
    const bWaits = b.next();
    slow.outcome = 'full'; // b's socket stopped reading
    h.pubsub.publish('tick', 1);
    await fine.until(2);
    h.pubsub.publish('tick', 2); // b is behind: it gets nothing, and is not ended
    await fine.until(3);
    expect(h.sharing.members()).toBe(2);
    slow.outcome = 'sent'; // drained
    h.state.total = 3;
    h.pubsub.publish('tick', 3); // b starts afresh with the latest state, through its own stream
    expect((await bWaits).value).toEqual({ data: { total: 3 } });
    await fine.until(4);
    const bNext = b.next();
    h.pubsub.publish('tick', 4); // and then follows the shared results again
    await slow.until(1);
    expect(slow.texts()).toEqual(['{"data":{"total":4}}']);
    expect(fine.texts()).toEqual(['{"data":{"total":0}}', '{"data":{"total":1}}', '{"data":{"total":2}}', '{"data":{"total":3}}', '{"data":{"total":4}}']);
    await Promise.all([a.return!(), b.return!()]);
    await Promise.all([aWaits, bNext]);
  });
});
