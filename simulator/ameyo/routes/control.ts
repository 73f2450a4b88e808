import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { AmeyoContext } from '../context.js';
import type { SimCall } from '../state.js';
import { ameyoError } from '../errors.js';
import { jsonObject } from '../input.js';
import { recordingOf } from '../recording.js';

/**
 * Simulator-only controls under `/ameyo/simulator` (not an Ameyo API): where calls are pushed,
 * a caller ringing the inbound number, a hang-up, and a call's state with its pushes.
 */
export function registerControlRoutes(router: Router<AmeyoContext>): void {
  router
    .add('POST', '/simulator/crm-url', (req, _params, { crm }) => {
      const url = bodyObject(req)['url'];
      if (url !== null && (typeof url !== 'string' || !/^https?:\/\//i.test(url))) return invalid('url must be an absolute http(s) URL or null');
      crm.url = url ?? undefined;
      return jsonReply(200, { url: crm.url ?? null });
    })
    .add('POST', '/simulator/calls', async (req, _params, { state, desk }) => {
      const body = bodyObject(req);
      const phone = body['phone'];
      if (typeof phone !== 'string' || !/^\+?\d{5,16}$/.test(phone)) return invalid('phone must be digits, optionally with a leading +');
      const campaignId = body['campaignId'] ?? '3';
      if (typeof campaignId !== 'string' || !state.campaigns.has(campaignId)) return invalid(`campaignId must be one of ${[...state.campaigns.keys()].join(', ')}`);
      const ivr = body['ivrTicketId'] ?? null;
      if (ivr !== null && (typeof ivr !== 'string' || !/^\d{1,20}$/.test(ivr))) return invalid('ivrTicketId must be the digits the caller typed');
      const wanted = body['userId'];
      if (wanted !== undefined && (typeof wanted !== 'string' || state.agents.get(wanted)?.state !== 'available')) return invalid('userId must name an available agent');
      const userId = (wanted as string | undefined) ?? state.nextAvailableAgent() ?? '';
      const { call, pushed } = desk.connect({ callType: 'inbound.call.dial', campaignId, phone, userId, ivrInput: ivr });
      await pushed;
      return jsonReply(201, callJson(call));
    })
    .add('POST', '/simulator/calls/:id/hangup', async (req, params, { state, desk }) => {
      const call = state.calls.get(params.id ?? '');
      if (!call) return jsonReply(404, { error: `no call ${params.id ?? ''}` });
      if (call.endedAtMs !== null) return invalid('the call has already ended');
      const body = bodyObject(req);
      const hold = body['holdSeconds'] ?? 0;
      if (typeof hold !== 'number' || !Number.isInteger(hold) || hold < 0) return invalid('holdSeconds must be a non-negative integer');
      await desk.hangup(call, body['by'] === 'agent' ? 'agent' : 'customer', hold, req.baseUrl);
      return jsonReply(200, callJson(call));
    })
    .add('GET', '/simulator/calls/:id', async (_req, params, { state, desk }) => {
      const call = state.calls.get(params.id ?? '');
      if (!call) return jsonReply(404, { error: `no call ${params.id ?? ''}` });
      await desk.settled(call.crtObjectId);
      return jsonReply(200, callJson(call));
    })
    .add('GET', '/simulator/callbacks', (_req, _params, { state }) =>
      jsonReply(200, { callbacks: [...state.callbacks.values()].map((c) => ({ ...c, callbackAt: new Date(c.callbackAtMs).toISOString() })) }),
    )
    .add('GET', '/recordings/:file', (_req, params, { state }) => {
      const call = state.calls.get((params.file ?? '').replace(/\.mp3$/, ''));
      const audio = call && recordingOf(call);
      if (!audio) return ameyoError('No recording', 404);
      return { status: 200, headers: { 'Content-Type': 'audio/mpeg' }, body: audio };
    });
}

/** The JSON body, whatever the Content-Type says (like the `/_sim` admin API); {} when none. */
function bodyObject(req: SimRequest): Record<string, unknown> {
  return jsonObject(req.rawBody.toString('utf8')) ?? {};
}

function invalid(error: string): VendorReply {
  return jsonReply(400, { error });
}

function callJson(call: SimCall): Record<string, unknown> {
  return {
    crtObjectId: call.crtObjectId,
    callType: call.callType,
    campaignId: call.campaignId,
    phone: call.phone,
    userId: call.userId,
    ivrTicketId: call.ivrInput,
    connectedAt: new Date(call.connectedAtMs).toISOString(),
    endedAt: call.endedAtMs === null ? null : new Date(call.endedAtMs).toISOString(),
    dispositionCode: call.dispositionCode,
    pushes: call.pushes,
  };
}
