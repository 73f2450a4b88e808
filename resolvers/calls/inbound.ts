import { vendorClient } from '../../adapters/vendor-client.js';
import type { CampaignHours } from '../../domain/campaign-hours.js';
import { isOpen } from '../../domain/campaign-hours.js';
import type { Context } from '../context.js';
import { claimCall, findCall, releaseCall, updateCall, type CallChanges } from '../../store/calls.js';
import type { CallRecord } from '../../store/entities/index.js';
import { CALL_VENDOR, forgetCall, toCall, type Call } from './calls.js';
import { contactsByPhone } from '../contacts/contacts.js';
import { toContact, toZendeskNewUser } from '../../adapters/zendesk/user-mapping.js';
import type { Contact } from '../../domain/contacts.js';
import { parsePhone, toE164 } from '../../domain/phone.js';
import { createTicket, ticketById } from '../tickets/tickets.js';


/** What Ameyo's CRM URL carries when a call connects to an agent. */
export interface CallConnect {
  crtObjectId: string;
  userCrtObjectId: string | null;
  customerId: string | null;
  /** The Ameyo user the call reached; null when none did. */
  userId: string | null;
  phone: string;
  campaignId: string;
  callType: string;
  /** The ticket id the caller typed in the IVR, if any. */
  ivrTicketId: string | null;
}

/** Ameyo's post-call data. */
export interface PostCall {
  crtObjectId: string;
  phone: string;
  campaignId: string;
  userId: string | null;
  callStartTime: Date | null;
  callEndTime: Date | null;
  talkSeconds: number | null;
  holdSeconds: number | null;
  ringSeconds: number | null;
  systemDisposition: string | null;
  dispositionCode: string | null;
  recordingUrl: string | null;
}

const INBOUND_TYPES = new Set(['inbound.call.dial', 'transferred.to.campaign.dial']);

/** The external id a caller's contact is created under, so every creation of it is the same upsert. */
export function callerExternalId(e164: string): string {
  return `tel:${e164}`;
}

/**
 * A call connected. The push that stores the call first (see `claimCall`) works out who is
 * calling: the ticket they typed in the IVR; else the contact with their number, however
 * Zendesk stored it; else a new contact for the agent to complete. Out of the campaign's hours
 * a call-back ticket is opened. The agent the call reached is then told (`incomingCall`).
 * A repeated push naming another agent (the call waited in the queue, or was transferred) moves
 * the call to them and pops their screen; any other duplicate gets the stored call and does
 * nothing more.
 */
export async function receiveCallConnect(ctx: Context, push: CallConnect, campaignHours: ReadonlyMap<string, CampaignHours>): Promise<Call> {
  // Ameyo writes the country code without `+` (442079460958): the one parser reads that too, as contactsByPhone does.
  const e164 = toE164(push.phone, ctx.phoneRegion);
  const inbound = INBOUND_TYPES.has(push.callType);
  const startedAt = new Date();
  const { call, claimed } = await claimCall(ctx.em, {
    vendor: CALL_VENDOR,
    vendorCallId: push.crtObjectId,
    direction: inbound ? 'inbound' : 'outbound',
    callType: push.callType,
    phone: e164 ?? push.phone,
    campaignId: push.campaignId,
    agentUserId: push.userId,
    userCrtObjectId: push.userCrtObjectId,
    customerId: push.customerId,
    ivrTicketId: push.ivrTicketId,
    startedAt,
  });
  if (!claimed && call.outcome !== null && push.userId && push.userId !== call.agentUserId) return reachedAnotherAgent(ctx, call, push.userId);
  if (!claimed) {
    // The dial and Ameyo's connect push race to store an outbound call. The loser's answer (the
    // dial's, shown to the agent) still names the contact: the outbound flow only reads, so it
    // is worked out here too rather than answering before the winner has finished.
    if (inbound || call.outcome !== null) return toCall(call);
    return toCall({ ...call, ...(await resolveOutbound(ctx, e164 ?? push.phone)) });
  }

  const hours = campaignHours.get(push.campaignId);
  const afterHours = inbound && hours !== undefined && !isOpen(hours, startedAt);
  let changes: CallChanges;
  try {
    changes = inbound ? await resolveInbound(ctx, push, e164, afterHours) : await resolveOutbound(ctx, e164 ?? push.phone);
  } catch (error) {
    await releaseCall(ctx.em, CALL_VENDOR, push.crtObjectId);
    // The caller is on the line whatever Zendesk says: the agent's screen still pops, with the
    // number; a repeated push that works it out pops it again, complete.
    if (push.userId) await ctx.pubsub.publish('incomingCall', push.userId, { vendor: 'ameyo', vendorCallId: push.crtObjectId });
    throw error;
  }
  const stored = toCall(await updateCall(ctx.em, CALL_VENDOR, push.crtObjectId, changes));
  forgetCall(ctx, stored);
  if (stored.agentUserId) await ctx.pubsub.publish('incomingCall', stored.agentUserId, { vendor: 'ameyo', vendorCallId: stored.vendorId });
  return stored;
}

/** A call already worked out reached another agent: it is theirs now, and their screen pops. */
async function reachedAnotherAgent(ctx: Context, call: CallRecord, agentUserId: string): Promise<Call> {
  const moved = toCall(await updateCall(ctx.em, CALL_VENDOR, call.vendorCallId, { agentUserId }));
  forgetCall(ctx, moved);
  await ctx.pubsub.publish('incomingCall', agentUserId, { vendor: 'ameyo', vendorCallId: moved.vendorId });
  return moved;
}

async function resolveInbound(ctx: Context, push: CallConnect, e164: string | null, afterHours: boolean): Promise<CallChanges> {
  let ticketId: string | null = null;
  let contactId: string | null = null;
  let outcome: string;
  const typed = push.ivrTicketId ? await ticketById(ctx, push.ivrTicketId) : null;
  if (typed) {
    ticketId = typed.vendorId;
    contactId = typed.requesterId;
    outcome = 'ticket';
  } else {
    const known = await callerContact(ctx, e164 ?? push.phone);
    contactId = known?.vendorId ?? (e164 ? (await createCallerContact(ctx, e164)).vendorId : null);
    outcome = known ? 'contact' : 'new-contact';
  }
  if (afterHours && contactId) {
    const callback = await createTicket(ctx, {
      subject: `Call-back requested: ${e164 ?? push.phone}`,
      description: [
        `${e164 ?? push.phone} called campaign ${push.campaignId} at ${new Date().toISOString()}, outside its hours.`,
        push.ivrTicketId ? `They typed ticket ${push.ivrTicketId} in the IVR.` : null,
        'Please call them back.',
      ]
        .filter(Boolean)
        .join(' '),
      requester: { id: contactId },
      priority: 'HIGH',
      tags: ['callback', 'ameyo', 'after-hours'],
      externalId: `ameyo-call:${push.crtObjectId}`,
    });
    return { ticketId: callback.vendorId, contactId, outcome: 'after-hours' };
  }
  return { ticketId, contactId, outcome };
}

/** Outbound calls go to someone the agent chose: only link the contact, never create one. */
async function resolveOutbound(ctx: Context, phone: string): Promise<CallChanges> {
  const known = await callerContact(ctx, phone);
  return { contactId: known?.vendorId ?? null, outcome: 'dialled' };
}

/** The contact with this number; a customer is preferred over staff when both have it. */
async function callerContact(ctx: Context, phone: string): Promise<Contact | null> {
  const found = await contactsByPhone(ctx, phone);
  return found.find((contact) => contact.role === 'end-user') ?? found[0] ?? null;
}

/**
 * Creates the caller as an end-user with their number. An upsert keyed by an external id made
 * from the number: however many pushes or gateway instances try at once, Zendesk holds one user.
 */
async function createCallerContact(ctx: Context, e164: string): Promise<Contact> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  const shown = parsePhone(e164, ctx.phoneRegion)?.formatInternational() ?? e164;
  const { user } = await client.createOrUpdateUser(toZendeskNewUser({ name: `Caller ${shown}`, phone: e164, externalId: callerExternalId(e164) }));
  ctx.loaders.zendesk.users.prime(user.id, user);
  return toContact(user);
}

/** The post-call data arrived: the call's times, disposition and recording are stored. */
export async function receivePostCall(ctx: Context, data: PostCall): Promise<Call> {
  let existing = await findCall(ctx.em, CALL_VENDOR, data.crtObjectId);
  if (!existing) {
    // The connect push never arrived (or failed): keep what the post-call data says.
    const e164 = toE164(data.phone, ctx.phoneRegion);
    ({ call: existing } = await claimCall(ctx.em, {
      vendor: CALL_VENDOR,
      vendorCallId: data.crtObjectId,
      direction: 'inbound',
      callType: 'inbound.call.dial',
      phone: e164 ?? data.phone,
      campaignId: data.campaignId,
      agentUserId: data.userId,
      userCrtObjectId: null,
      customerId: null,
      ivrTicketId: null,
      startedAt: data.callStartTime ?? new Date(),
    }));
  }
  const stored = toCall(
    await updateCall(ctx.em, CALL_VENDOR, data.crtObjectId, {
      // Ameyo's own start time replaces the moment the connect push arrived.
      ...(data.callStartTime && { startedAt: data.callStartTime }),
      endedAt: data.callEndTime ?? new Date(),
      talkSeconds: data.talkSeconds,
      holdSeconds: data.holdSeconds,
      ringSeconds: data.ringSeconds,
      systemDisposition: data.systemDisposition,
      disposition: data.dispositionCode ?? existing.disposition,
      recordingUrl: data.recordingUrl ?? existing.recordingUrl,
    }),
  );
  forgetCall(ctx, stored);
  // A disposeCall waiting on this call answers with it now (listenForPostCall).
  await ctx.pubsub.publish('postCallStored', stored.vendorId, { vendor: 'ameyo', vendorCallId: stored.vendorId });
  return stored;
}
