import type { Plugin } from 'graphql-yoga';
import type { VendorId } from '../../domain/vendors.js';

/** Answers one vendor's pushes; the request is the raw HTTP request (any method). */
export type WebhookHandler = (request: Request) => Promise<Response>;

/** Where vendors push to: `/webhooks/<vendor>`. */
export const WEBHOOK_PREFIX = '/webhooks/';

/**
 * Serves vendor pushes beside GraphQL, one handler per vendor under `/webhooks/<vendor>`
 * (a vendor registers with one entry). Each handler authenticates its own vendor (vendors
 * sign or carry secrets in different ways); GraphQL's API keys do not apply here.
 */
export function useWebhooks(handlers: Partial<Record<VendorId, WebhookHandler>>): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(WEBHOOK_PREFIX)) return;
      const vendor = url.pathname.slice(WEBHOOK_PREFIX.length).replace(/\/+$/, '');
      const handler = Object.hasOwn(handlers, vendor) ? handlers[vendor as VendorId] : undefined;
      endResponse(handler ? await handler(request) : jsonResponse(fetchAPI.Response, 404, { status: 'error', reason: `no webhook for ${vendor}` }));
    },
  };
}

/** A JSON answer (every webhook answers JSON, errors included). */
export function jsonResponse(ResponseClass: typeof Response, status: number, body: unknown): Response {
  return new ResponseClass(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}
