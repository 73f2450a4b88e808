import { createHmac } from 'node:crypto';
import { decodeWebinarWebhook } from '../../clients/goto/webinar-webhooks.js';
import type { LiveEngine } from '../../live/engine.js';
import { webinarActivity } from '../../adapters/goto/webinar-live-push.js';
import { sameSecret } from '../secrets.js';
import { jsonResponse, type WebhookHandler } from './index.js';

export interface GoToWebinarWebhookOptions {
  /** GOTO_WEBINAR_WEBHOOK_SECRET: the value of the account's webhook secret key, which signs every push; undefined: off. */
  secret: string | undefined;
  live: LiveEngine;
}

/** What GoTo signs: base64 HMAC-SHA256 of `<x-webhook-signature-timestamp>:<raw body>` under the secret key (string modeled). */
export function webinarSignature(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}:${body}`).digest('base64');
}

/**
 * `/webhooks/gotowebinar`: GoToWebinar's webhooks (registrant added or joined, webinar created or
 * changed), each signed with the account's webhook secret key; the activity reaches liveBoard
 * subscribers. A GET answers 200: GoTo checks a callback URL that way when a webhook is created.
 */
export function gotoWebinarWebhook(options: GoToWebinarWebhookOptions): WebhookHandler {
  return async (request) => {
    if (!options.secret) return jsonResponse(Response, 404, { status: 'error', reason: 'the GoToWebinar webhook is not configured' });
    if (request.method === 'GET') return jsonResponse(Response, 200, { status: 'success' });
    if (request.method !== 'POST') return jsonResponse(Response, 405, { status: 'error', reason: 'use POST' });
    const body = await request.text();
    const timestamp = request.headers.get('x-webhook-signature-timestamp') ?? '';
    if (!/^\d{1,16}$/.test(timestamp) || !sameSecret(request.headers.get('x-webhook-signature'), webinarSignature(options.secret, timestamp, body))) {
      return jsonResponse(Response, 401, { status: 'error', reason: 'a valid x-webhook-signature is required' });
    }
    const payload = decodeWebinarWebhook(body);
    if (!payload) return jsonResponse(Response, 400, { status: 'error', reason: 'the body is not a GoToWebinar webhook event' });
    const changes = await options.live.receive('gotowebinar', { activity: [webinarActivity(payload, new Date().toISOString())] });
    return jsonResponse(Response, 200, { status: 'success', changes });
  };
}
