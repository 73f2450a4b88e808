import { describe, expect, it } from 'vitest';
import { createLivePubSub } from '../../live/pubsub.js';
import type { Context } from '../context.js';
import { listenForPostCall } from './post-call-listener.js';

const contextWith = (signal?: AbortSignal) => ({ pubsub: createLivePubSub(), signal }) as unknown as Context;

describe('listenForPostCall', () => {
  it("hears the call's post-call data stored after it started listening, and only that call's", async () => {
    const ctx = contextWith();
    const listener = await listenForPostCall(ctx, 'call-1');
    ctx.pubsub.publish('postCallStored', 'call-2', { vendor: 'ameyo', vendorCallId: 'call-2' });
    ctx.pubsub.publish('postCallStored', 'call-1', { vendor: 'ameyo', vendorCallId: 'call-1' });
    expect(await listener.stored()).toBe(true);
    listener.stop();
    expect(ctx.pubsub.subscribers('postCallStored', 'call-1')).toBe(0);
  });

  it('gives up when the request has no time left', async () => {
    const ctx = contextWith(AbortSignal.abort());
    const listener = await listenForPostCall(ctx, 'call-1');
    expect(await listener.stored()).toBe(false);
    listener.stop();
  });
});
