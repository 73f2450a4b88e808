import { decodeSessionCallback } from '../../clients/goto/assist/callback.js';
import type { LiveEngine } from '../../live/engine.js';
import { gotoAssistPushReading } from '../../adapters/gotoassist/live-push.js';
import { jsonResponse, type WebhookHandler } from './index.js';
import { refusePush } from './push-auth.js';

export interface GoToAssistWebhookOptions {
  /** GOTO_ASSIST_WEBHOOK_SECRET: sessions' `sessionStatusCallbackUrl` is `https://<gateway>/webhooks/gotoassist?token=<secret>`; undefined: off. */
  secret: string | undefined;
  live: LiveEngine;
}

/**
 * `/webhooks/gotoassist`: GoToAssist's session status callback (the session record, when the
 * customer joins and when it ends). The record updates the board at once; an early poll follows
 * for the experts and portal queues it moved.
 */
export function gotoAssistWebhook(options: GoToAssistWebhookOptions): WebhookHandler {
  return async (request) => {
    const refused = refusePush(request, options.secret, 'GoToAssist');
    if (refused) return refused;
    const record = decodeSessionCallback(await request.text());
    if (!record) return jsonResponse(Response, 400, { status: 'error', reason: 'the body is not a GoToAssist session record' });
    const changes = await options.live.receive('gotoassist', { reading: gotoAssistPushReading(record), pollSoon: true });
    return jsonResponse(Response, 200, { status: 'success', changes });
  };
}
