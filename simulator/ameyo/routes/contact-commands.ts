import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { AmeyoContext } from '../context.js';
import { ameyoError, INVALID_SESSION } from '../errors.js';
import { member, text } from '../input.js';
import { CAMPAIGN_CALLBACK_HANDLER } from '../state.js';
import { tokenAuthorised } from '../token-auth.js';
import { campaignOf, PHONE, PHONE_RULE, sessionUser, tokenRefused, type Command, type Data } from './command-kit.js';

/** One record's outcome in `beanResponse` (modeled shape). */
interface Bean {
  customerId: number | null;
  inserted: boolean;
  exception: string | null;
  customerCallbackId?: string;
}

/** `leadId` (a number or its digits), or the error answer. */
function leadOf(data: Data): number | VendorReply {
  const raw = text(data, 'leadId');
  return raw !== undefined && /^\d{1,18}$/.test(raw) ? Number(raw) : ameyoError('Invalid leadId', 200, 'leadId must be the number of a lead (contact list) of the campaign');
}

/** The records a command carries under `name`: a non-empty array of objects, or the error answer. */
function recordsOf(data: Data, name: string): Record<string, unknown>[] | VendorReply {
  const value = data?.[name];
  const valid = Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item));
  return valid ? (value as Record<string, unknown>[]) : ameyoError(`Invalid ${name}`, 200, `${name} must be a non-empty array of objects`);
}

/** What both upload commands check first: a campaign, a lead and the records under `recordsName`. */
function uploadTarget(data: Data, ctx: AmeyoContext, recordsName: string): { campaignId: string; leadId: number; records: Record<string, unknown>[] } | VendorReply {
  const campaignId = campaignOf(data, ctx);
  if (typeof campaignId !== 'string') return campaignId;
  const leadId = leadOf(data);
  if (typeof leadId !== 'number') return leadId;
  const records = recordsOf(data, recordsName);
  return Array.isArray(records) ? { campaignId, leadId, records } : records;
}

/** Stores one customer record (its phone in `phone1`, Ameyo's field, or `phone`); a bad phone is a refused bean. */
function upload(ctx: AmeyoContext, campaignId: string, leadId: number, record: Record<string, unknown> | undefined): { bean: Bean; customerId?: string; phone?: string } {
  const phone = text(record, 'phone1') ?? text(record, 'phone');
  if (record === undefined || phone === undefined || !PHONE.test(phone)) {
    return { bean: { customerId: null, inserted: false, exception: `Invalid phone number: phone1 ${PHONE_RULE}` } };
  }
  const customer = ctx.state.addCustomer({ campaignId, leadId, phone, record });
  return { bean: { customerId: Number(customer.customerId), inserted: true, exception: null }, customerId: customer.customerId, phone };
}

/**
 * `uploadContacts` (session in `data`): `{campaignId, leadId, sessionId, properties, status, customerRecords: [...]}`
 * (confirmed names) → `{"beanResponse": [{customerId, inserted, exception}]}` (modeled), one bean per record.
 */
export const uploadContacts: Command = (data, ctx) => {
  if (sessionUser(data, ctx) === undefined) return ameyoError(INVALID_SESSION);
  const target = uploadTarget(data, ctx, 'customerRecords');
  if (!('records' in target)) return target;
  const { campaignId, leadId, records } = target;
  return jsonReply(200, { beanResponse: records.map((record) => upload(ctx, campaignId, leadId, record).bean) });
};

/**
 * `uploadContactAndAddCallback`, authorised by the `hash-key` and `policy-name` headers (no session):
 * `{campaignId, leadId, status, properties, attempts, customerAndCallbackRecords: [{customerRecord: {...}}]}`
 * (confirmed names). Each customer is stored and a campaign callback for it is due at once (modeled);
 * the bean carries its `customerCallbackId`.
 */
export const uploadContactAndAddCallback: Command = (data, ctx, req) => {
  if (!tokenAuthorised(req)) return tokenRefused();
  const target = uploadTarget(data, ctx, 'customerAndCallbackRecords');
  if (!('records' in target)) return target;
  const { campaignId, leadId, records } = target;
  const beans = records.map((entry) => {
    const { bean, customerId, phone } = upload(ctx, campaignId, leadId, member(entry, 'customerRecord'));
    if (customerId === undefined || phone === undefined) return bean;
    const callback = ctx.state.addCallback({
      campaignId,
      phone,
      userId: null,
      selfCallback: false,
      customerId,
      callbackAtMs: ctx.state.clock.nowMs(),
      handlerType: CAMPAIGN_CALLBACK_HANDLER,
    });
    return { ...bean, customerCallbackId: callback.customerCallbackId };
  });
  return jsonReply(200, { beanResponse: beans });
};
