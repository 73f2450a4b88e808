import { jsonReply } from '../../core/reply.js';
import { callbackTime } from '../callback-time.js';
import { ameyoError, INVALID_SESSION } from '../errors.js';
import { flag, member, text } from '../input.js';
import { CAMPAIGN_CALLBACK_HANDLER } from '../state.js';
import { campaignOf, PHONE, PHONE_RULE, sessionUser, type Command } from './command-kit.js';

/**
 * `addCallback` as public integrations send it: `{sessionId, campaignId, callBackTime, isSelfCallBack,
 * userId, callBackHandlerType: "voice.campaign.callback.handler", callBackProperties: {phone, customerId?}}`
 * (confirmed names). A self callback goes to `userId`; otherwise to any agent of the campaign.
 * Answers `{"status":"success","customerCallbackId"}` (modeled; the id is the one the callbacks REST API uses).
 */
export const addCallback: Command = (data, ctx) => {
  const sessionUserId = sessionUser(data, ctx);
  if (sessionUserId === undefined) return ameyoError(INVALID_SESSION);
  const campaignId = campaignOf(data, ctx);
  if (typeof campaignId !== 'string') return campaignId;
  const properties = member(data, 'callBackProperties');
  const phone = text(properties, 'phone');
  if (phone === undefined || !PHONE.test(phone)) return ameyoError('Invalid phone number', 200, `callBackProperties.phone ${PHONE_RULE}`);
  const atMs = callbackTime(data?.['callBackTime']);
  if (!Number.isFinite(atMs)) return ameyoError('Invalid callBackTime', 200, 'callBackTime must be epoch milliseconds or yyyy-MM-dd HH:mm:ss');
  if (atMs <= ctx.state.clock.nowMs()) return ameyoError('callBackTime is in the past');
  const selfCallback = flag(data, 'isSelfCallBack');
  if (selfCallback === undefined) return ameyoError('Invalid isSelfCallBack', 200, 'isSelfCallBack must be true or false');
  const handlerType = text(data, 'callBackHandlerType') ?? CAMPAIGN_CALLBACK_HANDLER;
  if (handlerType !== CAMPAIGN_CALLBACK_HANDLER) return ameyoError('Invalid callBackHandlerType', 200, `callBackHandlerType must be ${CAMPAIGN_CALLBACK_HANDLER}`);
  const userId = text(data, 'userId') ?? sessionUserId;
  if (!ctx.state.users.has(userId)) return ameyoError(`Unknown userId ${userId}`);
  const callback = ctx.state.addCallback({
    campaignId,
    phone,
    userId: selfCallback ? userId : null,
    selfCallback,
    customerId: text(properties, 'customerId') ?? null,
    callbackAtMs: atMs,
    handlerType,
  });
  return jsonReply(200, { status: 'success', customerCallbackId: callback.customerCallbackId });
};
