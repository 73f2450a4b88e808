import { z } from 'zod';
import { callerAmeyoUserId } from '../../resolvers/calls/calling-agent.js';
import { contactById } from '../../resolvers/contacts/contacts.js';
import { preferredAgentOfContact } from '../../resolvers/agents/preferred-agent.js';
import { freshScreenPop, openSupportSessionsOfCall, recentTickets, RECENT_TICKETS, screenPop, type ScreenPop } from '../../resolvers/calls/screen-pop.js';
import { ticketById } from '../../resolvers/tickets/tickets.js';
import { AGENT, VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { CallRef, callKeyArg } from './call.js';
import { ContactRef } from '../contacts/contact-ref.js';
import { TicketRef } from '../tickets/ticket-ref.js';
import { AgentRef, SupportSessionRef } from '../support/support-refs.js';
import { UnavailableVendorRef } from '../core/unavailable-vendor.js';

export const ScreenPopRef = builder.objectRef<ScreenPop>('ScreenPop').implement({
  description: 'What an agent sees when a call connects: the call, its ticket and caller, and the caller’s history.',
  authScopes: VIEWER,
  fields: (t) => ({
    call: t.field({ type: CallRef, nullable: false, resolve: (pop) => pop.call }),
    ticket: t.field({
      type: TicketRef,
      description: 'The ticket the caller typed in the IVR, or the call-back ticket of an out-of-hours call.',
      resolve: (pop, _args, ctx) => (pop.call.ticketId ? ticketById(pop.ctx ?? ctx, pop.call.ticketId) : null),
    }),
    contact: t.field({
      type: ContactRef,
      description: 'The caller: found by their number, the ticket’s requester, or created for them.',
      resolve: (pop, _args, ctx) => (pop.call.contactId ? contactById(pop.ctx ?? ctx, pop.call.contactId) : null),
    }),
    recentTickets: t.field({
      type: [TicketRef],
      nullable: { list: true, items: false },
      description: 'The caller’s most recently updated tickets.',
      args: { first: t.arg.int({ defaultValue: RECENT_TICKETS, required: true, validate: z.number().int().min(1, 'must be at least 1').max(25, 'must be at most 25') }) },
      resolve: (pop, { first }, ctx) => (pop.call.contactId ? recentTickets(pop.ctx ?? ctx, pop.call.contactId, first) : []),
    }),
    openSupportSessions: t.field({
      type: [SupportSessionRef],
      nullable: { list: true, items: false },
      description: 'Remote-support sessions waiting or running for this ticket or the caller’s unsolved tickets (a support vendor that cannot answer is named in unavailableVendors).',
      resolve: async (pop, _args, ctx) => (await openSupportSessionsOfCall(pop.ctx ?? ctx, pop.call)).sessions,
    }),
    unavailableVendors: t.field({
      type: [UnavailableVendorRef],
      nullable: false,
      description: 'Vendors that could not answer for openSupportSessions (a support vendor, or Zendesk for the caller’s tickets): sessions may be missing.',
      resolve: async (pop, _args, ctx) => (await openSupportSessionsOfCall(pop.ctx ?? ctx, pop.call)).unavailable,
    }),
    preferredAgent: t.field({
      type: AgentRef,
      description: 'The agent handling the caller’s unsolved tickets, when available in the contact centre (an error when Ameyo cannot say who is).',
      resolve: (pop, _args, ctx) => (pop.call.contactId ? preferredAgentOfContact(pop.ctx ?? ctx, pop.call.contactId) : null),
    }),
  }),
});

builder.queryField('screenPop', (t) =>
  t.field({
    type: ScreenPopRef,
    description: 'The screen-pop of a call, by its id or Ameyo crtObjectId.',
    authScopes: VIEWER,
    args: { callId: t.arg.id({ required: true }) },
    resolve: (_root, { callId }, ctx) => screenPop(ctx, callKeyArg(String(callId), 'callId')),
  }),
);

builder.subscriptionField('incomingCall', (t) =>
  t.field({
    type: ScreenPopRef,
    description: 'Calls reaching the calling agent (their key’s Ameyo user, matched by email), each with its screen-pop.',
    authScopes: AGENT,
    subscribe: async (_root, _args, ctx) => ctx.pubsub.subscribe('incomingCall', await callerAmeyoUserId(ctx)),
    resolve: (event, _args, ctx) => freshScreenPop(ctx, event.vendorCallId),
  }),
);
