import type { WebinarWebhookPayload } from '../../clients/goto/webinar-webhooks.js';
import type { WebinarActivity } from '../../domain/live.js';

/** A GoToWebinar webhook as board activity (registrant events name the person). */
export function webinarActivity(payload: WebinarWebhookPayload, receivedAt: string): WebinarActivity {
  const name = [payload.firstName, payload.lastName].filter(Boolean).join(' ');
  return {
    event: payload.eventName,
    webinarKey: payload.webinarKey,
    webinarTitle: payload.webinarTitle,
    registrantKey: payload.registrantKey,
    name: name || null,
    email: payload.email?.toLowerCase() ?? null,
    at: payload.timestamp ?? receivedAt,
  };
}
