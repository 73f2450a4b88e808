import { decodeSessionCallback } from '../../clients/goto/assist/callback.js';
import { gotoAssistPushReading } from '../../adapters/gotoassist/live-push.js';
import type { WebhookHandler } from './index.js';
import { jsonResponse } from './json-response.js';
import type { LivePushes } from './live-pushes.js';
import { refusePush } from './push-auth.js';
import { isRefusal, readWebhookBody, type WebhookBodyLimits } from './read-body.js';

export interface GoToAssistWebhookOptions {
  /** GOTO_ASSIST_WEBHOOK_SECRET: sessions' `sessionStatusCallbackUrl` is `https://<gateway>/webhooks/gotoassist?token=<secret>`; undefined: off. */
  secret: string | undefined;
  live: LivePushes;
  /** WEBHOOK_MAX_BODY_BYTES and REQUEST_BODY_TIMEOUT_MS. */
  limits: WebhookBodyLimits;
}

/**
 * `/webhooks/gotoassist`: GoToAssist's session status callback (the session record, when the
 * customer joins and when it ends). The record updates the board at once; an early poll follows
 * for the experts and portal queues it moved. The token is checked before the body is read. A
 * callback carries no event id and no timestamp: it is the session's state, applied as such.
 */
export function gotoAssistWebhook(options: GoToAssistWebhookOptions): WebhookHandler {
  return async (request) => {
    const refused = refusePush(request, options.secret, 'GoToAssist');
    if (refused) return refused;
    const body = await readWebhookBody(request, options.limits);
    if (isRefusal(body)) return body.refusal;
    const record = decodeSessionCallback(body.text);
    if (!record) return jsonResponse(Response, 400, { status: 'error', reason: 'the body is not a GoToAssist session record' });
    const changes = await options.live.receive('gotoassist', { reading: gotoAssistPushReading(record), pollSoon: true });
    return jsonResponse(Response, 200, { status: 'success', changes });
  };
}
