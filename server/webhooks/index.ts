import { SpanKind } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';
import { inSpan } from '../../clients/transport/in-span.js';
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
      const vendor = url.pathname.slice(WEBHOOK_PREFIX.length).replace(/\/+$/, '');
      const handler = Object.hasOwn(handlers, vendor) ? handlers[vendor as VendorId] : undefined;
      if (!handler) {
        const tooLarge = declaredTooLarge(request, limits.maxBodyBytes);
        return endResponse(tooLarge ?? jsonResponse(fetchAPI.Response, 404, { status: 'error', reason: `no webhook for ${vendor}` }));
      }
      // One span per push a vendor's handler answers: what it applies, and the vendor calls that makes, are its children.
      // Never the URL's query: Bomgar's and GoToAssist's pushes carry their secret there.
      const attributes = { 'switchboard.vendor': vendor, 'http.request.method': request.method, 'url.path': `${WEBHOOK_PREFIX}${vendor}` };
      endResponse(
        await inSpan(`webhook ${vendor}`, { kind: SpanKind.SERVER, attributes }, async (span) => {
          const response = declaredTooLarge(request, limits.maxBodyBytes) ?? (await handler(request));
          span.setAttribute('http.response.status_code', response.status);
          return response;
        }),
      );
    },
  };
}
