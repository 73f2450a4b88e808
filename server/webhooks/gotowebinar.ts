import { createHash, createHmac } from 'node:crypto';
import { decodeWebinarWebhook } from '../../clients/goto/webinar-webhooks.js';
import { webinarActivity } from '../../adapters/goto/webinar-live-push.js';
import type { Logger } from '../logger.js';
import { jsonResponse } from './json-response.js';
import type { WebhookHandler } from './index.js';
import type { LivePushes } from './live-pushes.js';
import { isRefusal, type WebhookBodyLimits } from './read-body.js';
import { readSignedPush, type PushSigning } from './read-signed-push.js';
import type { ReplayGuard } from './replay-guard.js';

export interface GoToWebinarWebhookOptions {
  /** GOTO_WEBINAR_WEBHOOK_SECRET: the value of the account's webhook secret key, which signs every push; undefined: off. */
  secret: string | undefined;
  live: LivePushes;
  /** WEBHOOK_MAX_BODY_BYTES and REQUEST_BODY_TIMEOUT_MS. */
  limits: WebhookBodyLimits;
  /** WEBHOOK_REPLAY_WINDOW_MS: how far the signed timestamp may be from `now`, either way. */
  replayWindowMs: number;
  /** The event ids applied lately (eventKey; the signature when an event has none). */
  replays: ReplayGuard;
  /** The gateway's clock (ms): the replay window is judged by it, never by the sender's. */
  now: () => number;
  logger: Logger;
}

/** What GoTo signs: base64 HMAC-SHA256 of `<x-webhook-signature-timestamp>:<raw body>` under the secret key (string modeled). */
export function webinarSignature(secret: string, timestamp: string, body: string | Uint8Array): string {
  return createHmac('sha256', secret).update(`${timestamp}:`).update(body).digest('base64');
}

/** The id a repeat of this event has too: GoTo's eventKey, or the signature of an event without one. */
function eventId(eventKey: string | null, signature: string): string {
  const id = eventKey ?? `signature:${signature}`;
  return `gotowebinar:${/^[\w.:-]{1,128}$/.test(id) ? id : createHash('sha256').update(id).digest('base64url')}`;
}

/** How GoToWebinar signs: the timestamp header is ms since the epoch. */
const WEBINAR_SIGNING = (secret: string): PushSigning => ({
  signatureHeader: 'x-webhook-signature',
  timestampHeader: 'x-webhook-signature-timestamp',
  timestampMs: (value) => (/^\d{1,16}$/.test(value) ? Number(value) : undefined),
  sign: (timestamp, body) => webinarSignature(secret, timestamp, body),
});

/**
 * `/webhooks/gotowebinar`: GoToWebinar's webhooks (registrant added or joined, webinar created or
 * changed), each signed with the account's webhook secret key; the activity reaches liveBoard
 * subscribers. A GET answers 200: GoTo checks a callback URL that way when a webhook is created.
 *
 * In order, each step before any more work is done: the signed timestamp must be within the
 * replay window of the gateway's clock (a header: no body read yet); the body is read within its
 * limits; the signature over the raw bytes must match (before the JSON is parsed); then an event
 * already applied within the window is answered 200 `duplicate` and not applied again (GoTo
 * stops redelivering on a 2xx; a replay gains nothing).
 */
export function gotoWebinarWebhook(options: GoToWebinarWebhookOptions): WebhookHandler {
  const log = options.logger.child({ component: 'webhook', vendor: 'gotowebinar' });
  return async (request) => {
    if (!options.secret) return jsonResponse(Response, 404, { status: 'error', reason: 'the GoToWebinar webhook is not configured' });
    if (request.method === 'GET') return jsonResponse(Response, 200, { status: 'success' });
    if (request.method !== 'POST') return jsonResponse(Response, 405, { status: 'error', reason: 'use POST' });
    const body = await readSignedPush(request, WEBINAR_SIGNING(options.secret), {
      ...options,
      onStale: (timestamp) => log.warn({ timestamp }, 'refused a push outside the replay window'),
    });
    if (isRefusal(body)) return body.refusal;
    const { signature } = body;
    const payload = decodeWebinarWebhook(body.text);
    if (!payload) return jsonResponse(Response, 400, { status: 'error', reason: 'the body is not a GoToWebinar webhook event' });
    const id = eventId(payload.eventKey, signature);
    if (!(await options.replays.claim(id))) return jsonResponse(Response, 200, { status: 'success', duplicate: true, changes: 0 });
    try {
      const changes = await options.live.receive('gotowebinar', { activity: [webinarActivity(payload, new Date(options.now()).toISOString())] });
      return jsonResponse(Response, 200, { status: 'success', changes });
    } catch (error) {
      // Not applied: a redelivery may apply it.
      await options.replays.release(id);
      throw error;
    }
  };
}
