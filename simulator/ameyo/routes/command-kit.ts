import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { AmeyoContext } from '../context.js';
import { ameyoError } from '../errors.js';
import { text } from '../input.js';

/** A command's `data` object (undefined when none was sent). */
export type Data = Record<string, unknown> | undefined;
export type Command = (data: Data, ctx: AmeyoContext, req: SimRequest) => VendorReply;

/** Phone numbers as Ameyo takes them: digits with the country code, an optional leading `+`. */
export const PHONE = /^\+?\d{5,16}$/;
export const PHONE_RULE = 'must be 5 to 16 digits, optionally with a leading +';

/** The user behind the live session named in `data.sessionId`, or undefined. */
export function sessionUser(data: Data, ctx: AmeyoContext): string | undefined {
  const sessionId = text(data, 'sessionId');
  return sessionId === undefined ? undefined : ctx.state.sessions.get(sessionId);
}

/** `data.campaignId` (a number or its text) when it names a campaign, or the error answer. */
export function campaignOf(data: Data, ctx: AmeyoContext): string | VendorReply {
  const campaignId = text(data, 'campaignId');
  if (campaignId !== undefined && ctx.state.campaigns.has(campaignId)) return campaignId;
  return ameyoError('Invalid campaignId', 200, `campaignId ${campaignId ?? '(missing)'} is not a campaign of this contact centre`);
}

/**
 * What a token-authorised command answers to a wrong or missing `hash-key`: the literal `null`
 * (observed for `downloadVoiceLog` by public integration code; assumed for the other token commands).
 */
export function tokenRefused(): VendorReply {
  return jsonReply(200, null);
}
