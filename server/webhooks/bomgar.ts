import type { BomgarClient } from '../../clients/bomgar/client.js';
import { decodeOutboundEvent } from '../../clients/bomgar/outbound-event.js';
import { isUpstreamError } from '../../clients/transport/errors.js';
import type { LiveEngine } from '../../live/engine.js';
import { bomgarPushReading } from '../../adapters/bomgar/live-push.js';
import type { Logger } from '../logger.js';
import { jsonResponse, type WebhookHandler } from './index.js';
import { refusePush } from './push-auth.js';

export interface BomgarWebhookOptions {
  /** BOMGAR_WEBHOOK_SECRET: the outbound event URL is `https://<gateway>/webhooks/bomgar?token=<secret>`; undefined: off. */
  secret: string | undefined;
  client: BomgarClient | undefined;
  live: LiveEngine;
  logger: Logger;
}

/**
 * `/webhooks/bomgar`: the appliance's outbound events (form POSTs). A session event updates that
 * session on the board at once (the event names only the lsid, so the session is read) and asks
 * for an early poll (reps and queues moved too). The appliance stops sending to a URL until it
 * answers 200, so any authenticated event is answered 200, even when reading the session failed
 * (the poll catches up).
 */
export function bomgarWebhook(options: BomgarWebhookOptions): WebhookHandler {
  const log = options.logger.child({ component: 'webhook', vendor: 'bomgar' });
  return async (request) => {
    const refused = refusePush(request, options.secret, 'Bomgar');
    if (refused) return refused;
    const event = decodeOutboundEvent(new URLSearchParams(await request.text()));
    if (!event) return jsonResponse(Response, 400, { status: 'error', reason: 'not an outbound event (no event field)' });
    let changes = 0;
    try {
      const reading = options.client ? await bomgarPushReading(options.client, event) : null;
      changes = await options.live.receive('bomgar', { ...(reading && { reading }), pollSoon: true });
    } catch (error) {
      if (!isUpstreamError(error)) throw error;
      log.warn({ event: event.event, code: error.code }, 'could not read the session an outbound event names');
      await options.live.receive('bomgar', { pollSoon: true });
    }
    return jsonResponse(Response, 200, { status: 'success', changes });
  };
}
