import type { Plugin } from 'graphql-yoga';
import type { VendorId } from '../../domain/vendors.js';
import { jsonResponse } from './json-response.js';
import { declaredTooLarge, type WebhookBodyLimits } from './read-body.js';

export { jsonResponse } from './json-response.js';

/** Answers one vendor's pushes; the request is the raw HTTP request (any method). */
export type WebhookHandler = (request: Request) => Promise<Response>;

/** Where vendors push to: `/webhooks/<vendor>`. */
export const WEBHOOK_PREFIX = '/webhooks/';

/**
 * Serves vendor pushes beside GraphQL, one handler per vendor under `/webhooks/<vendor>`
 * (a vendor registers with one entry). Each handler authenticates its own vendor (vendors
 * sign or carry secrets in different ways); GraphQL's API keys do not apply here. A body that
 * says it is larger than `limits.maxBodyBytes` is refused here, before any handler reads a byte;
 * handlers read the rest through readWebhookBody, which bounds what streams in.
 */
export function useWebhooks(handlers: Partial<Record<VendorId, WebhookHandler>>, limits: Pick<WebhookBodyLimits, 'maxBodyBytes'>): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(WEBHOOK_PREFIX)) return;
      const tooLarge = declaredTooLarge(request, limits.maxBodyBytes);
      if (tooLarge) return endResponse(tooLarge);
      const vendor = url.pathname.slice(WEBHOOK_PREFIX.length).replace(/\/+$/, '');
      const handler = Object.hasOwn(handlers, vendor) ? handlers[vendor as VendorId] : undefined;
      endResponse(handler ? await handler(request) : jsonResponse(fetchAPI.Response, 404, { status: 'error', reason: `no webhook for ${vendor}` }));
    },
  };
}
