import { z } from 'zod';
import { completeContact, dial, disposeCall, scheduleCallback } from '../../resolvers/calls/actions.js';
import { callById, callsById, callsOf, callsStarted, CALL_DIRECTIONS, CALL_OUTCOMES, CALL_VENDOR, MAX_CALLS_PER_RECORD, type Call } from '../../resolvers/calls/calls.js';
import { agentForRef } from '../../resolvers/agents/agents.js';
import { contactById } from '../../resolvers/contacts/contacts.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { dateWindow } from '../../domain/date-window.js';
import { ticketById } from '../../resolvers/tickets/tickets.js';
import { AGENT, VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { ContactRef } from '../contacts/contact-ref.js';
import { loadVendorNodes, vendorKey, vendorKeyArg } from '../core/ids.js';
import { TicketRef } from '../tickets/ticket-ref.js';
import { VendorEnum } from '../core/vendor.js';
import { DateRangeInput } from '../core/time-range.js';
import { AgentRef } from '../support/support-refs.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency-key.js';
import { AgentNotReadyError } from './agent-not-ready.js';
import { idempotent } from '../../resolvers/idempotency/idempotent.js';

export const CallDirectionEnum = builder.enumType('CallDirection', { values: CALL_DIRECTIONS });
export const CallOutcomeEnum = builder.enumType('CallOutcome', {
  description: 'What the gateway found for the caller when the call connected.',
  values: {
    TICKET: { description: 'The caller typed a ticket number in the IVR: that ticket.' },
    CONTACT: { description: 'A contact with the caller’s number.' },
    NEW_CONTACT: { description: 'Nobody had the number: a contact was created for the agent to complete.' },
    AFTER_HOURS: { description: 'Out of the campaign’s hours: a call-back ticket was created.' },
    DIALLED: { description: 'An outbound call: linked to the contact with the number, if any.' },
  } satisfies Record<(typeof CALL_OUTCOMES)[number], { description: string }>,
});

export const CallRef = builder.objectRef<Call>('Call');

builder.node(CallRef, {
  description: 'A contact-centre call (Ameyo), with the ticket and contact the gateway linked to it.',
  id: { resolve: (call) => vendorKey(call.vendor, call.vendorId) },
  loadMany: (ids, ctx) => loadVendorNodes(ids, CALL_VENDOR, (keys) => callsById(ctx, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (call) => call.vendor }),
    vendorId: t.exposeString('vendorId', { nullable: false, description: 'Ameyo’s crtObjectId.' }),
    direction: t.field({ type: CallDirectionEnum, nullable: false, resolve: (call) => call.direction }),
    callType: t.exposeString('callType', { nullable: false, description: 'Ameyo’s call type, e.g. inbound.call.dial or outbound.manual.dial.' }),
    phone: t.exposeString('phone', { nullable: false, description: 'The customer’s number, in E.164 when it reads as one.' }),
    campaign: t.exposeString('campaignId', { nullable: false, description: 'The Ameyo campaign id.' }),
    agentUserId: t.exposeString('agentUserId', { description: 'The Ameyo user who took or made the call.' }),
    agent: t.field({
      type: AgentRef,
      description: 'The person who took or made the call (their identities across vendors, matched by email).',
      resolve: (call, _args, ctx) => (call.agentUserId ? agentForRef(ctx, { vendor: CALL_VENDOR, vendorId: call.agentUserId, name: call.agentUserId, email: null }) : null),
    }),
    ivrTicketNumber: t.exposeString('ivrTicketId', { description: 'The ticket number the caller typed in the IVR.' }),
    outcome: t.field({ type: CallOutcomeEnum, resolve: (call) => call.outcome }),
    startedAt: t.field({ type: 'DateTime', nullable: false, resolve: (call) => call.startedAt }),
    endedAt: t.field({ type: 'DateTime', resolve: (call) => call.endedAt }),
    talkSeconds: t.exposeInt('talkSeconds'),
    holdSeconds: t.exposeInt('holdSeconds'),
    ringSeconds: t.exposeInt('ringSeconds'),
    disposition: t.exposeString('disposition', { description: 'The disposition code the agent closed the call with.' }),
    systemDisposition: t.exposeString('systemDisposition'),
    recordingUrl: t.exposeString('recordingUrl', { authScopes: AGENT }),
    callbackAt: t.field({ type: 'DateTime', resolve: (call) => call.callbackAt }),
    ticket: t.field({ type: TicketRef, resolve: (call, _args, ctx) => (call.ticketId ? ticketById(ctx, call.ticketId) : null) }),
    contact: t.field({ type: ContactRef, resolve: (call, _args, ctx) => (call.contactId ? contactById(ctx, call.contactId) : null) }),
  }),
});

const firstCalls = {
  defaultValue: 20,
  required: true,
  validate: z.number().int().min(1, 'must be at least 1').max(MAX_CALLS_PER_RECORD, `must be at most ${MAX_CALLS_PER_RECORD}`),
  description: `How many, newest first (at most ${MAX_CALLS_PER_RECORD}).`,
} as const;

builder.objectFields(ContactRef, (t) => ({
  calls: t.field({
    type: [CallRef],
    nullable: false,
    description: 'Calls with this contact, newest first.',
    args: { first: t.arg.int(firstCalls) },
    resolve: (contact, { first }, ctx) => callsOf(ctx, 'contact', contact.vendorId, first),
  }),
}));

builder.objectFields(TicketRef, (t) => ({
  calls: t.field({
    type: [CallRef],
    nullable: false,
    description: 'Calls about this ticket, newest first.',
    args: { first: t.arg.int(firstCalls) },
    resolve: (ticket, { first }, ctx) => callsOf(ctx, 'ticket', ticket.vendorId, first),
  }),
}));

/** A Call global id, or Ameyo's crtObjectId as it is. */
export function callKeyArg(value: string, field: string): string {
  return vendorKeyArg(value, 'Call', CALL_VENDOR, field);
}

builder.queryField('call', (t) =>
  t.field({
    type: CallRef,
    description: 'A call by its id or Ameyo crtObjectId.',
    authScopes: VIEWER,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => callById(ctx, callKeyArg(String(id), 'id')),
  }),
);

builder.queryField('calls', (t) =>
  t.field({
    type: [CallRef],
    nullable: false,
    description: 'Calls this gateway saw (Ameyo CRM pushes and dials) that started in [from, to), newest first: a dashboard\'s calls of the day.',
    authScopes: VIEWER,
    args: { range: t.arg({ type: DateRangeInput, required: true }), first: t.arg.int(firstCalls) },
    resolve: (_root, { range, first }, ctx) => callsStarted(ctx, dateWindow(range), first),
  }),
);

const callErrors = { types: [InputError, NotFoundError], dataField: { name: 'call' } };

builder.mutationFields((t) => ({
  dial: t.field({
    type: CallRef,
    description: 'Click to call: Ameyo dials the number for the calling agent in the campaign.',
    authScopes: AGENT,
    errors: { ...callErrors, types: [...callErrors.types, AgentNotReadyError] },
    args: {
      phone: t.arg.string({ required: true }),
      campaign: t.arg.string({ required: true, description: 'The Ameyo campaign id.' }),
      idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG),
    },
    resolve: (_root, { idempotencyKey, ...args }, ctx) => idempotent(ctx, { operation: 'dial', key: idempotencyKey, args }, () => dial(ctx, args)),
  }),
  disposeCall: t.field({
    type: CallRef,
    description: 'Closes the call at Ameyo with a disposition code of its campaign. An agent disposes their own calls; a manager any call.',
    authScopes: AGENT,
    errors: callErrors,
    args: { callId: t.arg.id({ required: true }), code: t.arg.string({ required: true }) },
    resolve: (_root, { callId, code }, ctx) => disposeCall(ctx, { callId: callKeyArg(String(callId), 'callId'), code }),
  }),
  scheduleCallback: t.field({
    type: CallRef,
    description: 'Schedules Ameyo to call the customer back at a time. An agent schedules for their own calls; a manager for any call.',
    authScopes: AGENT,
    errors: callErrors,
    args: { callId: t.arg.id({ required: true }), at: t.arg({ type: 'DateTime', required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { callId, at, idempotencyKey }, ctx) =>
      idempotent(ctx, { operation: 'scheduleCallback', key: idempotencyKey, args: { callId, at } }, () => scheduleCallback(ctx, { callId: callKeyArg(String(callId), 'callId'), at })),
  }),
  completeContact: t.field({
    type: ContactRef,
    description: 'Names an unknown caller: the contact made for them gets the name and email (or the contact with that email becomes the call’s). An agent completes their own calls; a manager any call.',
    authScopes: AGENT,
    errors: { types: [InputError, NotFoundError], dataField: { name: 'contact' } },
    args: { callId: t.arg.id({ required: true }), name: t.arg.string({ required: true }), email: t.arg.string({ required: true }) },
    resolve: (_root, { callId, ...input }, ctx) => completeContact(ctx, { callId: callKeyArg(String(callId), 'callId'), ...input }),
  }),
}));
