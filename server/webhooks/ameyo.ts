import { z } from 'zod';
import { UpstreamError } from '../../clients/transport/errors.js';
import { receiveCallConnect, receivePostCall, type CallConnect, type PostCall } from '../../resolvers/calls/inbound.js';
import type { CampaignHours } from '../../domain/campaign-hours.js';
import type { ContextFactory } from '../../resolvers/context.js';
import type { WebhookHandler } from './index.js';
import { jsonResponse } from './json-response.js';
import { isRefusal, readWebhookBody, type WebhookBodyLimits } from './read-body.js';
import { sameSecret } from '../secrets.js';
import { requestIdFor } from '../observability/request-id.js';

export interface AmeyoWebhookOptions {
  /** The secret Ameyo's CRM URL carries (`?token=` or an `X-Switchboard-Token` header); undefined: the webhook is off. */
  secret: string | undefined;
  campaignHours: ReadonlyMap<string, CampaignHours>;
  createContext: ContextFactory;
  /** WEBHOOK_MAX_BODY_BYTES and REQUEST_BODY_TIMEOUT_MS (a POST form's body). */
  limits: WebhookBodyLimits;
}

const text = z.string().trim().min(1).max(255);
const optionalText = z.string().trim().max(255).optional().transform((value) => (value ? value : null));
const seconds = z.string().optional().transform((value) => (value && /^\d{1,9}$/.test(value) ? Number(value) : null));
/** Ameyo writes times as `yyyy-MM-dd HH:mm:ss`; read as UTC (modeled: the app server's zone). */
const ameyoTime = z.string().optional().transform((value) => {
  if (!value) return null;
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(' ', 'T')}Z` : value);
  return Number.isNaN(ms) ? null : new Date(ms);
});

const connectParams = z.object({
  crtObjectId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/, 'must be an Ameyo crtObjectId'),
  phone: text,
  campaignId: text,
  callType: text,
  userId: optionalText,
  userCrtObjectId: optionalText,
  customerId: optionalText,
  customerInfo: z.string().max(10_000).optional(),
});

const postCallParams = connectParams.omit({ callType: true, customerInfo: true }).extend({
  callStartTime: ameyoTime,
  callEndTime: ameyoTime,
  talkTime: seconds,
  holdTime: seconds,
  ringingTime: seconds,
  systemDisposition: optionalText,
  dispositionCode: optionalText,
  recordingFileUrl: z.string().max(1000).optional().transform((value) => (value && /^https?:\/\//i.test(value) ? value : null)),
});

/** The IVR's digits in `customerInfo` (modeled keys: `ivrTicketId`, `ticketId`, `ticket_id`). */
function ivrTicketId(customerInfo: string | undefined): string | null {
  if (!customerInfo) return null;
  try {
    const info = JSON.parse(customerInfo) as Record<string, unknown>;
    for (const key of ['ivrTicketId', 'ticketId', 'ticket_id']) {
      const value = info[key];
      const digits = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
      if (/^[1-9]\d{0,19}$/.test(digits)) return digits;
    }
  } catch {
    // Not JSON: no IVR input.
  }
  return null;
}

/** Query parameters and, for a POST, form fields (Ameyo sends a GET; a POST form works too), or the refusal of a body over the limits. */
async function paramsOf(request: Request, url: URL, limits: WebhookBodyLimits): Promise<{ params: Record<string, string> } | { refusal: Response }> {
  const params = Object.fromEntries(url.searchParams);
  if (request.method === 'POST' && (request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
    const body = await readWebhookBody(request, limits);
    if (isRefusal(body)) return body;
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.text)));
  }
  return { params };
}

/**
 * `/webhooks/ameyo`: Ameyo's CRM URL. A call connecting (parameters with `callType`) runs the
 * inbound flow; the post-call data (`callEndTime`/`talkTime`) completes the call. The token is
 * checked before a POST body is read. A push carries no event id and no timestamp (its
 * `crtObjectId` names the call, which is pushed more than once by design: queued, then answered;
 * ended, then disposed): both flows are keyed by the call, so a repeat updates the same call.
 */
export function ameyoWebhook(options: AmeyoWebhookOptions): WebhookHandler {
  return async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' && request.method !== 'POST') return jsonResponse(Response, 405, { status: 'error', reason: 'use GET or POST' });
    if (!options.secret) return jsonResponse(Response, 404, { status: 'error', reason: 'the Ameyo webhook is not configured' });
    if (!sameSecret(url.searchParams.get('token') ?? request.headers.get('x-switchboard-token'), options.secret)) {
      return jsonResponse(Response, 401, { status: 'error', reason: 'a valid token is required' });
    }
    const read = await paramsOf(request, url, options.limits);
    if (isRefusal(read)) return read.refusal;
    const { params } = read;
    const isPostCall = 'callEndTime' in params || 'talkTime' in params;
    const parsed = isPostCall ? postCallParams.safeParse(params) : connectParams.safeParse(params);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'params', message: issue.message }));
      return jsonResponse(Response, 400, { status: 'error', reason: 'invalid parameters', issues });
    }
    const ctx = options.createContext({ role: 'agent', label: 'webhook:ameyo' }, requestIdFor(request));
    try {
      const call = isPostCall
        ? await receivePostCall(ctx, toPostCall(parsed.data as z.output<typeof postCallParams>))
        : await receiveCallConnect(ctx, toConnect(parsed.data as z.output<typeof connectParams>), options.campaignHours);
      return jsonResponse(Response, 200, { status: 'success', crtObjectId: call.vendorId, ticketId: call.ticketId, contactId: call.contactId });
    } catch (error) {
      // A vendor failed while the call was being worked out: say which, never how it was called.
      if (error instanceof UpstreamError) return jsonResponse(Response, 502, { status: 'error', reason: `${error.vendor} failed (${error.code})` });
      throw error;
    }
  };
}

function toConnect({ customerInfo, ...p }: z.output<typeof connectParams>): CallConnect {
  return { ...p, ivrTicketId: ivrTicketId(customerInfo) };
}

function toPostCall({ talkTime, holdTime, ringingTime, recordingFileUrl, ...p }: z.output<typeof postCallParams>): PostCall {
  return { ...p, talkSeconds: talkTime, holdSeconds: holdTime, ringSeconds: ringingTime, recordingUrl: recordingFileUrl };
}
