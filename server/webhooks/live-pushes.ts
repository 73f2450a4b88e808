import type { LiveEngine } from '../../live/engine.js';
import type { ScopeRunner } from '../observability/request-id.js';
import type { WebhookHandler } from './index.js';

/** What a push handler asks of the live engine. */
export type LivePushes = Pick<LiveEngine, 'receive'>;

/**
 * The live engine as pushes reach it: what a push carries is applied within the push's request;
 * the early poll it asks for is set going through `background` (the live engine's own scope), so
 * that poll, and the polls its timers schedule after it, never log with the push's request id.
 */
export function pushesInto(live: LivePushes, background: ScopeRunner): LivePushes {
  return {
    async receive(vendor, push) {
      const { pollSoon, ...carried } = push;
      const changes = carried.reading || carried.activity ? await live.receive(vendor, carried) : 0;
      if (pollSoon) await background(() => live.receive(vendor, { pollSoon: true }));
      return changes;
    },
  };
}

/**
 * A push handler whose successful pushes also ask the live engine for an early poll of the
 * vendor (Ameyo's call pushes: the agent who took the call is now busy; the queue moved).
 */
export function nudgingLive(live: LivePushes, vendor: 'ameyo', handler: WebhookHandler): WebhookHandler {
  return async (request) => {
    const response = await handler(request);
    if (response.ok) await live.receive(vendor, { pollSoon: true });
    return response;
  };
}
