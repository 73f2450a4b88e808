import type { BomgarClient } from '../../clients/bomgar/client.js';
import { decodeOutboundEvent } from '../../clients/bomgar/outbound-event.js';
import { isUpstreamError } from '../../clients/transport/errors.js';
import { bomgarPushReading } from '../../adapters/bomgar/live-push.js';
import type { Logger } from '../logger.js';
import type { WebhookHandler } from './index.js';
import { jsonResponse } from './json-response.js';
import type { LivePushes } from './live-pushes.js';
import { refusePush } from './push-auth.js';
import { isRefusal, readWebhookBody, type WebhookBodyLimits } from './read-body.js';

export interface BomgarWebhookOptions {
  /** BOMGAR_WEBHOOK_SECRET: the outbound event URL is `https://<gateway>/webhooks/bomgar?token=<secret>`; undefined: off. */
  secret: string | undefined;
  client: BomgarClient | undefined;
  live: LivePushes;
  /** WEBHOOK_MAX_BODY_BYTES and REQUEST_BODY_TIMEOUT_MS. */
  limits: WebhookBodyLimits;
  logger: Logger;
}

/**
 * `/webhooks/bomgar`: the appliance's outbound events (form POSTs). A session event updates that
 * session on the board at once (the event names only the lsid, so the session is read) and asks
 * for an early poll (reps and queues moved too). The appliance stops sending to a URL until it
 * answers 200, so any authenticated event is answered 200, even when reading the session failed
 * (the poll catches up). The token is checked before the body is read. An event carries no id
 * and an unsigned timestamp (and the appliance redelivers held events late, by design): a repeat
 * only re-reads the session it names, so nothing is deduplicated or refused for its age.
 */
export function bomgarWebhook(options: BomgarWebhookOptions): WebhookHandler {
  const log = options.logger.child({ component: 'webhook', vendor: 'bomgar' });
  return async (request) => {
    const refused = refusePush(request, options.secret, 'Bomgar');
    if (refused) return refused;
    const body = await readWebhookBody(request, options.limits);
    if (isRefusal(body)) return body.refusal;
    const event = decodeOutboundEvent(new URLSearchParams(body.text));
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
