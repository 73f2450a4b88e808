import { randomUUID } from 'node:crypto';
import type { VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { JsonObject } from '../body.js';
import { badRequest, notFound } from '../errors.js';
import { gotoJson } from '../json.js';
import { readTime } from '../time.js';
import type { WebinarRouteContext, WebinarState } from './routes.js';
import { WEBHOOK_EVENTS, WEBHOOK_STATES, type SubscriptionRecord, type WebhookEvent, type WebhookRecord, type WebhookState } from './webhooks.js';

/** How long the callback URL check waits for the receiver's answer. */
const VERIFY_TIMEOUT_MS = 5_000;

/**
 * GoToWebinar v2 webhooks (developer guide and the v2 OpenAPI types): secret keys, webhooks
 * (created INACTIVE, activated with PUT) and user subscriptions; bodies are JSON arrays, lists come
 * in `{"_embedded":{...}}`. A callback URL must answer 200 to a GET when it is registered.
 */
export function registerWebhookRoutes(router: Router<WebinarRouteContext>): void {
  router
    .add('POST', '/webhooks/secretkey', (req, _p, { state }) => {
      const input = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as JsonObject) : {};
      const validFrom = input.validFrom === undefined ? state.clock.nowMs() : readTime(input.validFrom);
      if (validFrom === undefined) return badRequest('validFrom must be an ISO-8601 date-time');
      const key = state.registry.addSecretKey(validFrom);
      return gotoJson(201, { id: key.id, value: key.value, validFrom: new Date(key.validFromMs).toISOString() });
    })
    .add('POST', '/webhooks', async (req, _p, { state }) => {
      const items = arrayBody(req);
      if ('reply' in items) return items.reply;
      const created: WebhookRecord[] = [];
      for (const [index, item] of items.list.entries()) {
        const fields = webhookFields(item, index);
        if ('reply' in fields) return fields.reply;
        created.push({ ...fields, webhookKey: randomUUID(), state: 'INACTIVE', createTime: new Date(state.clock.nowMs()).toISOString() });
      }
      const refused = await verifyCallbacks(created.map((webhook) => webhook.callbackUrl));
      if (refused) return refused;
      state.registry.webhooks.push(...created);
      return gotoJson(201, { _embedded: { webhooks: created.map(webhookJson) } });
    })
    .add('PUT', '/webhooks', (req, _p, { state }) =>
      putUpdates(req, 'webhookKey', 'state', (key) => state.registry.webhook(key), 'Webhook', (webhook, wanted) => {
        webhook.state = wanted;
      }),
    )
    .add('GET', '/webhooks', (req, _p, { state }) => {
      const product = productParam(req);
      return product ?? gotoJson(200, { _embedded: { webhooks: state.registry.webhooks.map(webhookJson) } });
    })
    .add('GET', '/webhooks/:key', (_req, { key }, { state }) => {
      const webhook = state.registry.webhook(key!);
      return webhook ? gotoJson(200, webhookJson(webhook)) : notFound('Webhook');
    })
    .add('DELETE', '/webhooks', (req, _p, { state }) => deleteKeys(req, state.registry.webhooks, 'webhookKey', 'Webhook', (key) => {
      // A webhook's subscriptions go with it.
      removeWhere(state.registry.subscriptions, (subscription) => subscription.webhookKey === key);
    }))
    .add('POST', '/userSubscriptions', async (req, _p, { state, caller }) => {
      const items = arrayBody(req);
      if ('reply' in items) return items.reply;
      const created: SubscriptionRecord[] = [];
      for (const [index, item] of items.list.entries()) {
        const webhook = typeof item.webhookKey === 'string' ? state.registry.webhook(item.webhookKey) : undefined;
        if (!webhook) return typeof item.webhookKey === 'string' ? notFound('Webhook') : badRequest(`[${index}].webhookKey is required`);
        const wanted = stateField(item, 'userSubscriptionState', index);
        if (typeof wanted === 'object') return wanted.reply;
        const url = optionalUrl(item, index);
        if (typeof url === 'object') return url.reply;
        created.push({
          userSubscriptionKey: randomUUID(),
          webhookKey: webhook.webhookKey,
          callbackUrl: url,
          userSubscriptionState: wanted ?? 'ACTIVE',
          userKey: caller.organizerKey,
          createTime: new Date(state.clock.nowMs()).toISOString(),
        });
      }
      const refused = await verifyCallbacks(created.flatMap((subscription) => (subscription.callbackUrl ? [subscription.callbackUrl] : [])));
      if (refused) return refused;
      state.registry.subscriptions.push(...created);
      return gotoJson(201, { _embedded: { userSubscriptions: created.map((subscription) => subscriptionJson(state, subscription)) } });
    })
    .add('PUT', '/userSubscriptions', (req, _p, { state }) =>
      putUpdates(req, 'userSubscriptionKey', 'userSubscriptionState', (key) => state.registry.subscription(key), 'User subscription', (subscription, wanted) => {
        subscription.userSubscriptionState = wanted;
      }),
    )
    .add('GET', '/userSubscriptions', (req, _p, { state }) => {
      const product = productParam(req);
      return product ?? gotoJson(200, { _embedded: { userSubscriptions: state.registry.subscriptions.map((subscription) => subscriptionJson(state, subscription)) } });
    })
    .add('GET', '/userSubscriptions/:key', (_req, { key }, { state }) => {
      const subscription = state.registry.subscription(key!);
      return subscription ? gotoJson(200, subscriptionJson(state, subscription)) : notFound('User subscription');
    })
    .add('DELETE', '/userSubscriptions', (req, _p, { state }) => deleteKeys(req, state.registry.subscriptions, 'userSubscriptionKey', 'User subscription'));
}

function webhookJson(webhook: WebhookRecord) {
  return { ...webhook };
}

function subscriptionJson(state: WebinarState, subscription: SubscriptionRecord) {
  const webhook = state.registry.webhook(subscription.webhookKey);
  const active = webhook?.state === 'ACTIVE' && subscription.userSubscriptionState === 'ACTIVE';
  return {
    userSubscriptionKey: subscription.userSubscriptionKey,
    webhookKey: subscription.webhookKey,
    callbackUrl: subscription.callbackUrl ?? webhook?.callbackUrl ?? null,
    eventName: webhook?.eventName ?? null,
    eventVersion: webhook?.eventVersion ?? null,
    product: 'g2w',
    userSubscriptionState: subscription.userSubscriptionState,
    activationState: active ? 'ACTIVE' : 'INACTIVE',
    createTime: subscription.createTime,
  };
}

/**
 * A PUT of `[{<keyField>, <stateName>?, callbackUrl?}]` → 204. Every item is checked (and every new
 * callback URL verified) before anything is written, so a refused PUT changes nothing.
 */
async function putUpdates<T extends { callbackUrl: string | undefined }>(
  req: SimRequest,
  keyField: string,
  stateName: string,
  find: (key: string) => T | undefined,
  what: string,
  setState: (target: T, state: WebhookState) => void,
): Promise<VendorReply> {
  const items = arrayBody(req);
  if ('reply' in items) return items.reply;
  const updates: { target: T; state: WebhookState | undefined; callbackUrl: string | undefined }[] = [];
  for (const [index, item] of items.list.entries()) {
    const key = item[keyField];
    const target = typeof key === 'string' ? find(key) : undefined;
    if (!target) return typeof key === 'string' ? notFound(what) : badRequest(`[${index}].${keyField} is required`);
    const wanted = stateField(item, stateName, index);
    if (typeof wanted === 'object') return wanted.reply;
    const url = optionalUrl(item, index);
    if (typeof url === 'object') return url.reply;
    updates.push({ target, state: wanted, callbackUrl: url });
  }
  const refused = await verifyCallbacks(updates.flatMap((update) => (update.callbackUrl ? [update.callbackUrl] : [])));
  if (refused) return refused;
  for (const update of updates) {
    if (update.state) setState(update.target, update.state);
    if (update.callbackUrl) update.target.callbackUrl = update.callbackUrl;
  }
  return { status: 204 };
}

/** The body as a non-empty JSON array of objects. */
function arrayBody(req: SimRequest): { list: JsonObject[] } | { reply: VendorReply } {
  if (req.bodyError !== undefined) return { reply: badRequest(`Malformed JSON: ${req.bodyError}`) };
  const body = req.body;
  if (!Array.isArray(body) || body.length === 0) return { reply: badRequest('A non-empty JSON array body is required') };
  const bad = body.findIndex((item) => item === null || typeof item !== 'object' || Array.isArray(item));
  if (bad >= 0) return { reply: badRequest(`[${bad}] must be an object`) };
  return { list: body as JsonObject[] };
}

function webhookFields(item: JsonObject, index: number): Pick<WebhookRecord, 'callbackUrl' | 'eventName' | 'eventVersion' | 'product'> | { reply: VendorReply } {
  const callbackUrl = item.callbackUrl;
  if (typeof callbackUrl !== 'string' || !/^https?:\/\//i.test(callbackUrl)) return { reply: badRequest(`[${index}].callbackUrl must be an absolute http(s) URL`) };
  if (typeof item.eventName !== 'string' || !(WEBHOOK_EVENTS as readonly string[]).includes(item.eventName)) return { reply: badRequest(`[${index}].eventName must be one of ${WEBHOOK_EVENTS.join(', ')}`) };
  if (item.eventVersion !== '1.0.0') return { reply: badRequest(`[${index}].eventVersion must be 1.0.0`) };
  if (item.product !== 'g2w') return { reply: badRequest(`[${index}].product must be g2w`) };
  return { callbackUrl, eventName: item.eventName as WebhookEvent, eventVersion: item.eventVersion, product: 'g2w' };
}

/** An optional ACTIVE/INACTIVE field: the value, undefined when absent, or the 400. */
function stateField(item: JsonObject, field: string, index: number): WebhookState | undefined | { reply: VendorReply } {
  const value = item[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(WEBHOOK_STATES as readonly string[]).includes(value)) return { reply: badRequest(`[${index}].${field} must be ACTIVE or INACTIVE`) };
  return value as WebhookState;
}

function optionalUrl(item: JsonObject, index: number): string | undefined | { reply: VendorReply } {
  const value = item.callbackUrl;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return { reply: badRequest(`[${index}].callbackUrl must be an absolute http(s) URL`) };
  return value;
}

/** `product` (or `productType`) must name g2w on the list calls. */
function productParam(req: SimRequest): VendorReply | undefined {
  const product = req.query.get('product') ?? req.query.get('productType');
  return product === 'g2w' ? undefined : badRequest('product is required and must be g2w');
}

function deleteKeys<T extends Record<K, string>, K extends string>(req: SimRequest, list: T[], field: K, what: string, alsoRemove?: (key: string) => void): VendorReply {
  const body = req.body;
  if (!Array.isArray(body) || body.length === 0 || body.some((key) => typeof key !== 'string')) return badRequest(`A non-empty JSON array of ${field}s is required`);
  const keys = body as string[];
  if (keys.some((key) => !list.some((item) => item[field] === key))) return notFound(what);
  for (const key of keys) {
    removeWhere(list, (item) => item[field] === key);
    alsoRemove?.(key);
  }
  return { status: 202 };
}

function removeWhere<T>(list: T[], predicate: (item: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (predicate(list[i]!)) list.splice(i, 1);
}

/** GoTo checks that a callback URL answers 200 to a GET before it accepts it. */
async function verifyCallbacks(urls: readonly string[]): Promise<VendorReply | undefined> {
  for (const url of new Set(urls)) {
    let status = 0;
    try {
      const response = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(VERIFY_TIMEOUT_MS) });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = 0;
    }
    if (status !== 200) {
      const shown = url.split('?')[0];
      return badRequest(`callbackUrl ${shown} must answer 200 to a GET (${status === 0 ? 'it could not be reached' : `it answered ${status}`})`);
    }
  }
  return undefined;
}
