import { vendorClient } from '../../adapters/vendor-client.js';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { UpstreamError } from '../../clients/transport/errors.js';
import type { Context } from '../context.js';
import { findCall, updateCall } from '../../store/calls.js';

import { callerAmeyoUserId } from './calling-agent.js';
import { listenForPostCall } from './post-call-listener.js';
import { CALL_VENDOR, callById, forgetCall, toCall, type Call } from './calls.js';
import { contactsByEmail } from '../contacts/contacts.js';
import { toContact, toZendeskNewUser } from '../../adapters/zendesk/user-mapping.js';
import type { Contact } from '../../domain/contacts.js';
import { InputError, NotFoundError, type FieldIssue } from '../../domain/errors.js';
import { AgentNotReadyError } from '../../domain/agent-not-ready-error.js';
import { receiveCallConnect, callerExternalId } from './inbound.js';
import { email, requiredText } from '../../domain/input-rules.js';
import { phoneText, toE164 } from '../../domain/phone.js';


/** Validates a mutation's arguments; issues name the argument (`phone`, `code`). */
function validArgs<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'input', message: issue.message })));
}

const campaignId = z.string().trim().regex(/^[\w.-]{1,64}$/, 'must be an Ameyo campaign id');

/**
 * Ameyo's refusal of a command (HTTP 200 with a reason) as an input error on the field the
 * reason is about (`field` may read the reason, or throw a typed error for a refusal about no field).
 */
async function asInputError<T>(field: string | ((reason: string) => FieldIssue), run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UpstreamError && error.vendor === 'ameyo' && error.code === 'UPSTREAM_REJECTED' && error.status === 200) {
      const reason = error.vendorMessage ?? 'refused by Ameyo';
      throw new InputError([typeof field === 'string' ? { field, message: reason } : field(reason)]);
    }
    throw error;
  }
}

/**
 * Which dial argument Ameyo's refusal is about (the campaign, the phone). A refusal about the
 * agent's own state ("User x is not available (busy)") is about no argument: AgentNotReady.
 */
function dialRefusalField(reason: string): FieldIssue {
  if (/campaign/i.test(reason)) return { field: 'campaign', message: 'no such Ameyo campaign' };
  if (/phone/i.test(reason)) return { field: 'phone', message: 'Ameyo cannot dial this number' };
  throw new AgentNotReadyError(/\((\w+)\)\s*$/.exec(reason)?.[1] ?? null);
}

/** Which dispose argument Ameyo's refusal is about: the code, or the call (unknown, already disposed). */
function disposeRefusalField(reason: string): FieldIssue {
  return { field: /disposition/i.test(reason) ? 'code' : 'callId', message: reason };
}

/**
 * A call the caller may act on: an agent acts on the calls Ameyo routed to them; a manager
 * (or admin) on any call, as supervisors do on the Ameyo console.
 */
async function callToActOn(ctx: Context, id: string, field: string): Promise<Call> {
  const call = await callById(ctx, id);
  if (!call) throw new NotFoundError('Call', id);
  if (ctx.scopes.manager) return call;
  const own = await callerAmeyoUserId(ctx);
  if (call.agentUserId !== own) {
    throw new GraphQLError(`${field} on another agent's call needs the manager role`, { extensions: { code: 'FORBIDDEN' } });
  }
  return call;
}

/** Click to call: the calling agent's Ameyo dials the number in the campaign; the call is stored at once. */
export async function dial(ctx: Context, raw: { phone: string; campaign: string }): Promise<Call> {
  const input = validArgs(z.object({ phone: phoneText, campaign: campaignId }), raw);
  const e164 = toE164(input.phone, ctx.phoneRegion);
  if (!e164) throw new InputError([{ field: 'phone', message: 'must be a phone number' }]);
  const userId = await callerAmeyoUserId(ctx);
  const client = vendorClient(ctx.vendors, 'ameyo');
  const placed = await asInputError(dialRefusalField, () => client.manualDial({ campaignId: input.campaign, phone: e164, userId }));
  return receiveCallConnect(
    ctx,
    { ...placed, userId, phone: e164, campaignId: input.campaign, callType: 'outbound.manual.dial', ivrTicketId: null },
    new Map(),
  );
}

/**
 * Disposes the call at Ameyo with a code of its campaign, and stores the code. Disposing ends the
 * call and Ameyo pushes its post-call data: a call the gateway has no end or talk time for yet is
 * answered once that push is stored (at most `POST_CALL_WAIT_MS`), so it is returned as it is after
 * the disposition.
 */
export async function disposeCall(ctx: Context, raw: { callId: string; code: string }): Promise<Call> {
  const input = validArgs(z.object({ callId: z.string(), code: z.string().trim().regex(/^[\w .-]{1,64}$/, 'must be a disposition code') }), raw);
  const call = await callToActOn(ctx, input.callId, 'disposeCall');
  const client = vendorClient(ctx.vendors, 'ameyo');
  const postCall = await listenForPostCall(ctx, call.vendorId);
  try {
    await asInputError(disposeRefusalField, () =>
      client.dispose({
        phone: call.phone,
        campaignId: call.campaignId,
        crtObjectId: call.vendorId,
        userCrtObjectId: call.userCrtObjectId ?? '',
        customerId: call.customerId ?? '',
        dispositionCode: input.code,
      }),
    );
    let stored = toCall(await updateCall(ctx.em, CALL_VENDOR, call.vendorId, { disposition: input.code }));
    if ((stored.endedAt === null || stored.talkSeconds === null) && (await postCall.stored())) {
      stored = toCall((await findCall(ctx.em, CALL_VENDOR, call.vendorId))!);
    }
    forgetCall(ctx, stored);
    return stored;
  } finally {
    postCall.stop();
  }
}

/** Schedules a callback of the call's number at Ameyo, for the call's agent, and stores when. */
export async function scheduleCallback(ctx: Context, raw: { callId: string; at: Date }): Promise<Call> {
  const input = validArgs(z.object({ callId: z.string(), at: z.date().refine((at) => at.getTime() > Date.now(), 'must be in the future') }), raw);
  const call = await callToActOn(ctx, input.callId, 'scheduleCallback');
  const client = vendorClient(ctx.vendors, 'ameyo');
  const { callbackId } = await asInputError('at', () =>
    client.addCallback({
      campaignId: call.campaignId,
      phone: call.phone,
      callbackAt: input.at,
      ...(call.agentUserId && { userId: call.agentUserId }),
      ...(call.customerId && { customerId: call.customerId }),
    }),
  );
  const stored = toCall(await updateCall(ctx.em, CALL_VENDOR, call.vendorId, { callbackAt: input.at, callbackId }));
  forgetCall(ctx, stored);
  return stored;
}

/**
 * The agent learnt who an unknown caller is. Someone Zendesk already knows by that email
 * becomes the call's contact; otherwise the contact made for the caller gets the name and
 * email (the same upsert, keyed by the number's external id).
 */
export async function completeContact(ctx: Context, raw: { callId: string; name: string; email: string }): Promise<Contact> {
  const input = validArgs(z.object({ callId: z.string(), name: requiredText(255), email }), raw);
  const call = await callToActOn(ctx, input.callId, 'completeContact');
  const [known] = await contactsByEmail(ctx, input.email);
  let contact: Contact;
  if (known) {
    contact = known;
  } else if (call.outcome !== 'NEW_CONTACT') {
    throw new InputError([{ field: 'callId', message: 'the caller is already a known contact; only a contact made for an unknown caller is completed' }]);
  } else {
    const client = vendorClient(ctx.vendors, 'zendesk');
    const e164 = toE164(call.phone, ctx.phoneRegion);
    if (!e164) throw new InputError([{ field: 'callId', message: 'the call has no phone number to file the contact under' }]);
    const { user } = await client.createOrUpdateUser(toZendeskNewUser({ name: input.name, email: input.email, phone: e164, externalId: callerExternalId(e164) }));
    ctx.loaders.zendesk.users.clear(user.id).prime(user.id, user);
    contact = toContact(user);
  }
  if (call.contactId !== contact.vendorId) {
    forgetCall(ctx, call);
    forgetCall(ctx, toCall(await updateCall(ctx.em, CALL_VENDOR, call.vendorId, { contactId: contact.vendorId })));
  }
  return contact;
}
