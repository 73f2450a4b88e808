import { jsonReply, textReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import type { AmeyoContext } from '../context.js';
import { ameyoError } from '../errors.js';
import { field } from '../input.js';
import { withSession } from './with-session.js';

/** A non-negative integer query parameter, or undefined. */
function count(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/**
 * Scheduled callbacks over REST, header `sessionId` (confirmed paths, developer.exotel.com):
 * `GET /ameyorestapi/voice/customerCallbacks/getFiltered?offset&campaignId&limit` → `[{customerCallbackId,
 * campaignId, phone, callbackTime, dateAdded, …}]` (times in epoch ms; fields after `dateAdded` modeled), and
 * `DELETE /ameyorestapi/voice/customerCallbacks/{customerCallbackId}` → `ok` (plain text). An unknown id is a
 * 404 (modeled; the documentation lists only 200, 401 and 500).
 */
export function registerVoiceCallbackRoutes(router: Router<AmeyoContext>): void {
  router
    .add(
      'GET',
      '/ameyorestapi/voice/customerCallbacks/getFiltered',
      withSession((req, { state }) => {
        const offset = count(field(req, 'offset'));
        const limit = count(field(req, 'limit'));
        const campaignId = field(req, 'campaignId');
        if (offset === undefined || limit === undefined) return ameyoError('Invalid paging', 400, 'offset and limit must be non-negative integers');
        if (campaignId === undefined || !state.campaigns.has(campaignId)) return ameyoError('Invalid campaignId', 400, `campaignId ${campaignId ?? '(missing)'} is not a campaign of this contact centre`);
        const page = [...state.callbacks.values()].filter((c) => c.campaignId === campaignId).slice(offset, offset + limit);
        return jsonReply(
          200,
          page.map((c) => ({
            customerCallbackId: c.customerCallbackId,
            campaignId: Number(c.campaignId),
            phone: c.phone,
            callbackTime: c.callbackAtMs,
            dateAdded: c.addedAtMs,
            userId: c.userId,
            selfCallback: c.selfCallback,
            customerId: c.customerId,
            callBackHandlerType: c.handlerType,
          })),
        );
      }),
    )
    .add(
      'DELETE',
      '/ameyorestapi/voice/customerCallbacks/:id',
      withSession((_req, { state }, params) => {
        const id = params['id'] ?? '';
        if (!state.callbacks.delete(id)) return ameyoError('Invalid customerCallbackId', 404, `no callback ${id}`);
        return textReply(200, 'ok');
      }),
    );
}
