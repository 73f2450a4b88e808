import { execute, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { boundedStream, type BoundedStream } from '../live/bounded-stream.js';

/**
 * A subscriber's own connection, to which a shared result can go as JSON serialised once for the
 * whole group, skipping the per-subscriber layers (envelop's result mapping, graphql-ws's message
 * building and stringify). 10,000 dashboards on one event cost one stringify, not 10,000.
 */
export interface ResultSink {
  /**
   * Sends one `next` message whose payload is `payload` (a serialised ExecutionResult without
   * errors). `full`: the connection has more than its limit waiting to be written (it stopped
   * reading); `closed`: it can take nothing more (its close ends the subscription).
   */
  next(payload: Buffer): 'sent' | 'full' | 'closed';
  /** More than half its limit is still waiting to be written: not ready for a fresh start yet. */
  backedUp(): boolean;
}

/** The events a subscriber of a shared field starts with (liveBoard: the whole board), from its own context. */
export type StartWith = (context: never) => readonly unknown[];

export interface SharedSubscriberOptions {
  /** This subscriber's own execution arguments (its context and variables). */
  args: ExecutionArgs;
  sink: ResultSink | undefined;
  /** Results that may wait in its own queue before it counts as fallen behind. */
  limit: number;
  /**
   * The field starts each subscriber with events of its own, executed for it alone (not for the
   * subscriber that started the group: the execution's own first results are its). A subscriber
   * that falls behind then skips to a fresh start instead of being ended.
   */
  startWith: StartWith | undefined;
  /** It is the execution's first subscriber: the execution's own first results are its start. */
  first: boolean;
  /** Called once when its stream ends, for any reason. */
  onEnd: () => void;
}

export const slowConsumerError = (limit: number) =>
  new GraphQLError(`This subscription fell more than ${limit} events behind and was ended; subscribe again`, {
    extensions: { code: 'SLOW_CONSUMER' },
  });

/**
 * One subscriber of a shared execution. Each shared result goes, in order:
 * - straight to its sink, serialised once for the group, when it has one, the result has no errors
 *   (masking, the one thing the per-subscriber layers change, applies to errors) and it is waiting
 *   (nothing of its own queued or being sent, so order holds);
 * - else into its own stream, read by graphql-ws through the per-subscriber layers.
 * One that falls behind (its socket or queue over the limit) is ended with SLOW_CONSUMER, or, for a
 * field with a start of its own, gets nothing until it has caught up and then starts afresh: the
 * latest state instead of the backlog.
 */
export class SharedSubscriber {
  readonly stream: BoundedStream<ExecutionResult>;
  /** Shared results that came while its own start was being executed: they follow it. */
  #held: ExecutionResult[] | null = null;
  #behind = false;

  constructor(private readonly options: SharedSubscriberOptions) {
    this.stream = boundedStream<ExecutionResult>({ limit: options.limit, overflow: () => slowConsumerError(options.limit), onEnd: options.onEnd });
    if (options.startWith && !options.first) this.#start();
  }

  /** Hands it one shared result; `payload()` is the result serialised, once for the whole group. */
  deliver(value: ExecutionResult, payload: () => Buffer): void {
    if (this.#held) {
      this.#held.push(value);
      return;
    }
    if (this.#behind) {
      if (this.stream.queued === 0 && !this.options.sink?.backedUp()) this.#start();
      return;
    }
    const { sink, startWith, limit } = this.options;
    if (sink && this.stream.waiting && !value.errors) {
      if (sink.next(payload()) === 'full') this.#fellBehind();
      return;
    }
    if (startWith && this.stream.queued >= limit) this.#fellBehind();
    else this.stream.push(value);
  }

  #fellBehind() {
    if (this.options.startWith) this.#behind = true;
    else this.stream.fail(slowConsumerError(this.options.limit));
  }

  /** Executes its own start (what the shared results then change). */
  #start() {
    this.#behind = false;
    const held: ExecutionResult[] = (this.#held = []);
    const { args, startWith } = this.options;
    const release = () => {
      if (this.#held === held) this.#held = null;
    };
    void (async () => {
      const events = startWith!(args.contextValue as never);
      const results = await Promise.all(events.map((event) => execute({ ...args, rootValue: event })));
      release();
      for (const result of [...results, ...held]) this.stream.push(result);
    })().catch((error: unknown) => {
      release();
      this.stream.fail(error instanceof Error ? error : new Error(String(error)));
    });
  }
}
