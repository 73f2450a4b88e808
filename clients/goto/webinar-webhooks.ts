import { z } from 'zod';
import type { Transport } from '../transport/index.js';
import { parseJson } from '../transport/json.js';
import { decode, key, normalizeTime, send, type GoToCallOptions } from './decode.js';

/** GoToWebinar's webhook events (v2). */
export const WEBINAR_WEBHOOK_EVENTS = ['registrant.added', 'registrant.joined', 'webinar.created', 'webinar.changed'] as const;
export type WebinarWebhookEvent = (typeof WEBINAR_WEBHOOK_EVENTS)[number];

/** One pushed event, keys as exact strings (GoTo sends int64 numbers above 2^53). */
export interface WebinarWebhookPayload {
  eventName: WebinarWebhookEvent;
  eventKey: string | null;
  webinarKey: string;
  webinarTitle: string | null;
  registrantKey: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  /** When GoTo says it happened (ISO); null when absent. */
  timestamp: string | null;
}

const text = z.string().nullish().transform((value) => (value ? value : null));
const payloadSchema = z.looseObject({
  eventName: z.enum(WEBINAR_WEBHOOK_EVENTS),
  eventKey: text,
  webinarKey: key,
  webinarTitle: text,
  registrantKey: key.nullish().transform((value) => value ?? null),
  firstName: text,
  lastName: text,
  email: text,
  timestamp: z.union([z.string(), z.number()]).nullish().transform((value) => {
    if (value === null || value === undefined) return null;
    const normalized = typeof value === 'number' ? new Date(value).toISOString() : normalizeTime(value);
    return Number.isNaN(Date.parse(normalized)) ? null : new Date(normalized).toISOString();
  }),
});

/** Reads a webhook body (`registrant.added`, ...); null when it is not one. */
export function decodeWebinarWebhook(body: string): WebinarWebhookPayload | null {
  let parsed: unknown;
  try {
    parsed = parseJson(body);
  } catch {
    return null;
  }
  const result = payloadSchema.safeParse(parsed);
  return result.success ? result.data : null;
}

const webhookList = z.looseObject({
  _embedded: z.looseObject({ webhooks: z.array(z.looseObject({ webhookKey: z.string(), callbackUrl: z.string(), eventName: z.string(), state: z.string() })) }).optional(),
});
const subscriptionList = z.looseObject({
  _embedded: z.looseObject({ userSubscriptions: z.array(z.looseObject({ webhookKey: z.string(), userSubscriptionState: z.string() })) }).optional(),
});

/**
 * Makes sure GoToWebinar pushes `events` to `callbackUrl` (the developer guide's steps):
 * webhooks for the events at that URL (created when missing; GoTo checks the URL answers a GET
 * with 200), activated, and an active subscription of the signed-in organizer to each. Safe to run
 * at every start: what exists is reused. Returns the webhook keys.
 */
export async function ensureWebinarWebhooks(
  transport: Transport,
  callbackUrl: string,
  events: readonly WebinarWebhookEvent[] = WEBINAR_WEBHOOK_EVENTS,
  { signal }: GoToCallOptions = {},
): Promise<string[]> {
  const listCall = { method: 'GET' as const, path: '/webhooks', query: { product: 'g2w' }, signal };
  const existing = decode(transport, webhookList, (await send(transport, listCall)).body, listCall)._embedded?.webhooks ?? [];
  const mine = existing.filter((webhook) => webhook.callbackUrl === callbackUrl);
  const missing = events.filter((event) => !mine.some((webhook) => webhook.eventName === event));
  if (missing.length > 0) {
    const createCall = {
      method: 'POST' as const,
      path: '/webhooks',
      json: missing.map((eventName) => ({ callbackUrl, eventName, eventVersion: '1.0.0', product: 'g2w' })),
      idempotent: false,
      signal,
    };
    mine.push(...(decode(transport, webhookList, (await send(transport, createCall)).body, createCall)._embedded?.webhooks ?? []));
  }
  const inactive = mine.filter((webhook) => webhook.state !== 'ACTIVE');
  if (inactive.length > 0) {
    await send(transport, { method: 'PUT', path: '/webhooks', json: inactive.map((webhook) => ({ webhookKey: webhook.webhookKey, state: 'ACTIVE' })), signal });
  }
  const subscriptionsCall = { method: 'GET' as const, path: '/userSubscriptions', query: { product: 'g2w' }, signal };
  const subscriptions = decode(transport, subscriptionList, (await send(transport, subscriptionsCall)).body, subscriptionsCall)._embedded?.userSubscriptions ?? [];
  const unsubscribed = mine.filter((webhook) => !subscriptions.some((subscription) => subscription.webhookKey === webhook.webhookKey && subscription.userSubscriptionState === 'ACTIVE'));
  if (unsubscribed.length > 0) {
    await send(transport, {
      method: 'POST',
      path: '/userSubscriptions',
      json: unsubscribed.map((webhook) => ({ webhookKey: webhook.webhookKey, userSubscriptionState: 'ACTIVE' })),
      idempotent: false,
      signal,
    });
  }
  return mine.map((webhook) => webhook.webhookKey);
}
