import { getOperationAST, print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../resolvers/context.js';
import { SharedSubscriber, type ResultSink, type StartWith } from './shared-subscriber.js';

export type { ResultSink } from './shared-subscriber.js';

/**
 * The extension a subscription field sets (`extensions: { [SHARED_SUBSCRIPTION]: true }`) when
 * identical subscriptions may share one execution: every event's result depends only on the
 * event, the caller and the arguments, and the field sends nothing special to a subscriber
 * when it joins (for a field that does, like liveBoard's whole board, see `startWith`).
 */
export const SHARED_SUBSCRIPTION = 'sharedSubscription';

export interface SubscriptionSharingOptions {
  /**
   * Root subscription fields that may share besides those marked {@link SHARED_SUBSCRIPTION} in the
   * schema; default none. Only fields whose events depend on nothing but the event, the caller and
   * the arguments, and that send nothing when a subscriber joins.
   */
  fields?: readonly string[];
  /**
   * Root subscription fields that may share although each subscriber starts with events of its own
   * (liveBoard: the whole board as it is when it joins), by the function that gives those events
   * from the subscriber's context; default none. Otherwise as `fields`: each later event's result
   * depends on nothing but the event, the caller and the arguments. Such a subscriber that falls
   * behind skips to a fresh start instead of being ended.
   */
  startWith?: Readonly<Record<string, StartWith>>;
  /**
   * The context a shared execution runs with, made from its first subscriber's: one that no
   * subscriber's leaving ends. With it, SSE subscriptions share too (their context carries the
   * request's abort signal, which would end the execution with that one request); without it,
   * an execution runs with its first subscriber's own context and SSE subscriptions are not shared.
   */
  groupContext?: (first: Context) => Context;
  /**
   * Results one subscriber may have waiting (its socket not keeping up) before its subscription
   * ends with a SLOW_CONSUMER error (or, with `startWith`, skips to a fresh start); default 1000.
   * The others never wait for it.
   */
  maxQueuedResults?: number;
}

export interface SubscriptionSharing {
  plugin: Plugin<Context>;
  /**
   * Where the subscription executed with this context value may have its shared results written
   * directly (graphql-ws: its socket and operation id). Set before subscribing; without one, results
   * go through the usual per-subscriber stream.
   */
  sendResultsTo(contextValue: object, sink: ResultSink): void;
  /** Subscribers served from shared executions on this instance. */
  members(): number;
  /** Shared executions running (one per distinct caller, document and variables). */
  groups(): number;
  /** Resolves once exactly `count` subscribers are served from shared executions (for tests). */
  whenMembers(count: number): Promise<void>;
}

type Source = AsyncIterableIterator<ExecutionResult>;

interface Group {
  members: Set<SharedSubscriber>;
  /** Its field's own start per subscriber (see `startWith`). */
  startWith: StartWith | undefined;
  source: Source;
  /** No more results will come (the source ended, failed, or its last member left). */
  ended: boolean;
  /** Its results are being handed out: from when its first member joined, so that one gets the first of them. */
  pumping: boolean;
  /** Removes the group from the registry, if it is still the one registered. */
  forget: () => void;
}

/**
 * Runs identical subscriptions once: 10,000 dashboards holding the same `agentStatusChanged`
 * under the same key cost one GraphQL execution per event, not 10,000. Each subscriber still
 * passes every admission plugin (rate limit, operation limits, auth) on subscribe, gets the
 * shared results through a queue of its own (a slow one is cut off, never waited for) and
 * leaves without disturbing the others; the execution stops with its last subscriber.
 *
 * A result without errors is serialised once per group and written straight to each member's
 * socket ({@link ResultSink}); see server/shared-subscriber.ts for when and why.
 *
 * Shared only: subscriptions whose single root field is marked {@link SHARED_SUBSCRIPTION} (or listed
 * in `fields` or `startWith`), over graphql-ws, and over SSE too with `groupContext`. Identical means
 * the same caller (key label, so the same role), document, operation name and variables.
 */
export function createSubscriptionSharing(options: SubscriptionSharingOptions = {}): SubscriptionSharing {
  const limit = options.maxQueuedResults ?? 1000;
  const starts = new Map(Object.entries(options.startWith ?? {}));
  const listed = new Set([...(options.fields ?? []), ...starts.keys()]);
  const groups = new Map<string, Promise<Group | ExecutionResult>>();
  const printed = new WeakMap<DocumentNode, string>();
  const sinks = new WeakMap<object, ResultSink>();
  let members = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  const counted = () => {
    for (const waiter of waiting.filter((w) => w.count === members)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  };

  /** The group key of a shareable subscription (null: not shareable), and its field. */
  function keyOf(args: ExecutionArgs): { key: string; field: string } | null {
    const ctx = args.contextValue as Partial<Context> | undefined;
    if (!ctx?.caller || (ctx.signal && !options.groupContext)) return null;
    const operation = getOperationAST(args.document, args.operationName);
    const selections = operation?.operation === 'subscription' ? operation.selectionSet.selections : [];
    if (selections.length !== 1 || selections[0]!.kind !== 'Field') return null;
    const name = selections[0]!.name.value;
    const field = args.schema.getSubscriptionType()?.getFields()[name];
    if (!field || (field.extensions[SHARED_SUBSCRIPTION] !== true && !listed.has(name))) return null;
    let text = printed.get(args.document);
    if (text === undefined) printed.set(args.document, (text = print(args.document)));
    return { key: JSON.stringify([ctx.caller.label, text, args.operationName ?? null, args.variableValues ?? null]), field: name };
  }

  /** Starts the one execution for `key`; it hands its results to every member until it ends. */
  function startGroup(key: string, field: string, args: ExecutionArgs, subscribe: (args: ExecutionArgs) => unknown): Promise<Group | ExecutionResult> {
    let pending: Promise<Group | ExecutionResult> | undefined;
    const forget = () => {
      if (groups.get(key) === pending) groups.delete(key);
    };
    pending = (async () => {
      const own = options.groupContext && { ...args, contextValue: options.groupContext(args.contextValue as Context) };
      const result = (await subscribe(own || args)) as ExecutionResult | Source;
      // A refusal (an ExecutionResult with errors) is not a group: the next subscriber tries afresh.
      if (!isAsyncIterable(result)) {
        forget();
        return result;
      }
      return { members: new Set(), startWith: starts.get(field), source: result, ended: false, pumping: false, forget } satisfies Group;
    })();
    pending.catch(forget);
    groups.set(key, pending);
    return pending;
  }

  /** Hands one result to every member, serialised at most once for all of them. */
  function deliver(group: Group, value: ExecutionResult) {
    let payload: Buffer | undefined;
    const serialised = () => (payload ??= Buffer.from(JSON.stringify(value)));
    for (const member of group.members) member.deliver(value, serialised);
  }

  async function pump(group: Group) {
    try {
      for await (const value of group.source) deliver(group, value);
      group.ended = true;
      for (const member of [...group.members]) member.stream.end();
    } catch (error) {
      group.ended = true;
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const member of [...group.members]) member.stream.fail(failure);
    } finally {
      group.ended = true;
      group.forget();
    }
  }

  async function join(
    { key, field }: { key: string; field: string },
    args: ExecutionArgs,
    subscribe: (args: ExecutionArgs) => unknown,
  ): Promise<ExecutionResult | Source> {
    let outcome = await (groups.get(key) ?? startGroup(key, field, args, subscribe));
    // The execution ended between its last subscriber leaving and this one arriving: start another.
    if (isGroup(outcome) && outcome.ended) outcome = await startGroup(key, field, args, subscribe);
    if (!isGroup(outcome) || outcome.ended) return outcome as ExecutionResult;
    const group = outcome;
    const member: SharedSubscriber = new SharedSubscriber({
      args,
      sink: args.contextValue ? sinks.get(args.contextValue) : undefined,
      limit,
      startWith: group.startWith,
      // The execution's own first results (its start) are its first subscriber's: none are handed out before it joins.
      first: !group.pumping,
      onEnd: () => {
        members--;
        counted();
        group.members.delete(member);
        if (group.members.size > 0 || group.ended) return;
        // The last one left: stop the execution (its engine watcher goes with it).
        group.ended = true;
        group.forget();
        void group.source.return?.();
      },
    });
    members++;
    group.members.add(member);
    counted();
    if (!group.pumping) {
      group.pumping = true;
      void pump(group);
    }
    return member.stream;
  }

  return {
    plugin: {
      onSubscribe({ args, subscribeFn, setSubscribeFn }) {
        const key = keyOf(args);
        if (key === null) return;
        setSubscribeFn((subscribeArgs) => join(key, subscribeArgs, subscribeFn) as ReturnType<typeof subscribeFn>);
      },
    },
    sendResultsTo: (contextValue, sink) => sinks.set(contextValue, sink),
    members: () => members,
    groups: () => groups.size,
    whenMembers: (count) => (members === count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve }))),
  };
}

function isAsyncIterable(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

function isGroup(value: Group | ExecutionResult): value is Group {
  return 'members' in value && value.members instanceof Set;
}
