import { setTimeout as wait } from 'node:timers/promises';
import type { Context } from '../context.js';

/** Longest a command waits for the post-call data it makes Ameyo send (less when the request's budget ends first). */
export const POST_CALL_WAIT_MS = 3_000;

export interface PostCallListener {
  /** True once post-call data for the call has been stored (on any instance); false when `POST_CALL_WAIT_MS` or the request's budget ran out first. */
  stored(): Promise<boolean>;
  stop(): void;
}

/**
 * Listens for the call's post-call data being stored. Started before the command that makes Ameyo
 * push it (a disposition), it hears the push even when the push lands on another instance.
 */
export async function listenForPostCall(ctx: Context, vendorCallId: string): Promise<PostCallListener> {
  const events = ctx.pubsub.subscribe('postCallStored', vendorCallId);
  // Over Redis, pushes stored elsewhere are heard once the SUBSCRIBE has been answered.
  await ctx.pubsub.whenSubscribed('postCallStored', vendorCallId);
  const stopped = new AbortController();
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, stopped.signal]) : stopped.signal;
  return {
    stored: () =>
      Promise.race([
        events.next().then((result) => !result.done),
        wait(POST_CALL_WAIT_MS, false, { signal }).catch(() => false),
      ]),
    stop: () => {
      stopped.abort();
      void events.return?.();
    },
  };
}
