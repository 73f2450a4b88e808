import { InputError, NotFoundError } from '../../domain/errors.js';
import { cancelConnectionCode, endSession, setSessionExternalKey, startSupportSession, transferSession, type TargetInput } from '../../resolvers/support/commands.js';
import type { StartedSupportSession, SupportVendor } from '../../domain/support.js';
import { supportSessionById } from '../../resolvers/support/sessions.js';
import { ticketById } from '../../resolvers/tickets/tickets.js';
import { AGENT, VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { vendorKeyArg } from '../core/ids.js';
import { agentKeyArg, supportRecordArg } from './support-ids.js';
import { SupportSessionRef } from './support-refs.js';
import { TicketRef } from '../tickets/ticket-ref.js';
import { VendorEnum } from '../core/vendor.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency-key.js';
import { idempotent } from '../../resolvers/idempotency/idempotent.js';

const StartedRef = builder.objectRef<StartedSupportSession>('StartedSupportSession').implement({
  description: 'What the customer needs to join: the code to read out and the link to open.',
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (started) => started.vendor }),
    code: t.exposeString('code', { nullable: false, description: 'The GoToAssist connection code or the Bomgar session key.' }),
    joinUrl: t.exposeString('joinUrl', { nullable: false, description: "The customer's link (Bomgar: start_session with the survey fields and the ticket as external key)." }),
    expiresAt: t.field({ type: 'DateTime', resolve: (started) => started.expiresAt }),
    session: t.field({
      type: SupportSessionRef,
      description: 'The session, when the vendor created it at once (GoToAssist); Bomgar sessions appear once the customer joins.',
      resolve: (started, _args, ctx) => (started.sessionId ? supportSessionById(ctx, started.vendor, started.sessionId) : null),
    }),
    ticket: t.field({ type: TicketRef, resolve: (started, _args, ctx) => ticketById(ctx, started.ticketId) }),
  }),
});

const CancelledCodeRef = builder.objectRef<{ vendor: SupportVendor; code: string }>('CancelledConnectionCode').implement({
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (cancelled) => cancelled.vendor }),
    code: t.exposeString('code', { nullable: false }),
  }),
});

const SupportCustomerInput = builder.inputType('SupportCustomerInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'At most 100 characters (Bomgar), 128 (GoToAssist).' }),
    company: t.string({ description: "At most 100 characters. Bomgar shows it on the session; GoToAssist has no such field and does not keep it." }),
    email: t.string({ description: "GoToAssist keeps it on the session; Bomgar's front-end survey has no email field and does not keep it." }),
    details: t.string({ description: 'What the customer needs; at most 1,024 characters. Bomgar only (GoToAssist does not keep it).' }),
  }),
});

const SupportTargetInput = builder.inputType('SupportTargetInput', {
  description: 'A team or an agent; neither means the general queue.',
  fields: (t) => ({
    teamId: t.id({ description: 'A SupportTeam id.' }),
    agentId: t.id({ description: 'An Agent id; the agent needs an account at the session\'s vendor.' }),
  }),
});

const StartSupportSessionInput = builder.inputType('StartSupportSessionInput', {
  fields: (t) => ({
    ticketId: t.id({ required: true, description: "A Ticket id or Zendesk ticket number; stored at the vendor as the external key or partner object (GoToAssist also keeps the ticket's Zendesk agent URL as partnerObjectUrl)." }),
    vendor: t.field({ type: VendorEnum, required: true, description: 'GOTO_ASSIST or BOMGAR.' }),
    teamId: t.id({ description: 'A SupportTeam id to queue the customer for.' }),
    agentId: t.id({ description: 'An Agent id to queue the customer for.' }),
    customer: t.field({ type: SupportCustomerInput, required: true }),
  }),
});

function target(input: { teamId?: string | number | null; agentId?: string | number | null }, field: string): TargetInput {
  return {
    teamId: input.teamId ? supportRecordArg(String(input.teamId), 'SupportTeam', `${field}.teamId`) : null,
    agentKey: input.agentId ? agentKeyArg(String(input.agentId), `${field}.agentId`) : null,
  };
}

const sessionErrors = { types: [InputError, NotFoundError], dataField: { name: 'session' } };

builder.mutationFields((t) => ({
  startSupportSession: t.field({
    type: StartedRef,
    authScopes: AGENT,
    errors: { types: [InputError, NotFoundError], dataField: { name: 'started' } },
    args: { input: t.arg({ type: StartSupportSessionInput, required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      idempotent(ctx, { operation: 'startSupportSession', key: idempotencyKey, args: { input } }, () =>
        startSupportSession(ctx, {
          ticketId: vendorKeyArg(String(input.ticketId), 'Ticket', 'zendesk', 'input.ticketId'),
          vendor: input.vendor as SupportVendor,
          target: target(input, 'input'),
          customer: input.customer,
        }),
      ),
  }),
  transferSession: t.field({
    type: SupportSessionRef,
    authScopes: AGENT,
    errors: sessionErrors,
    args: { sessionId: t.arg.id({ required: true }), to: t.arg({ type: SupportTargetInput, required: true }) },
    resolve: (_root, { sessionId, to }, ctx) => {
      const session = supportRecordArg(String(sessionId), 'SupportSession', 'sessionId');
      return transferSession(ctx, session.vendor, session.vendorId, target(to, 'to'));
    },
  }),
  endSession: t.field({
    type: SupportSessionRef,
    authScopes: AGENT,
    errors: sessionErrors,
    args: { sessionId: t.arg.id({ required: true }) },
    resolve: (_root, { sessionId }, ctx) => {
      const session = supportRecordArg(String(sessionId), 'SupportSession', 'sessionId');
      return endSession(ctx, session.vendor, session.vendorId);
    },
  }),
  setSessionExternalKey: t.field({
    type: SupportSessionRef,
    authScopes: AGENT,
    errors: sessionErrors,
    description: "Stores the ticket on the session at the vendor (Bomgar external key; GoToAssist partnerObject, with the ticket's Zendesk agent URL as partnerObjectUrl) and records the link.",
    args: { sessionId: t.arg.id({ required: true }), ticketId: t.arg.id({ required: true, description: 'A Ticket id or Zendesk ticket number.' }) },
    resolve: (_root, { sessionId, ticketId }, ctx) => {
      const session = supportRecordArg(String(sessionId), 'SupportSession', 'sessionId');
      return setSessionExternalKey(ctx, session.vendor, session.vendorId, vendorKeyArg(String(ticketId), 'Ticket', 'zendesk', 'ticketId'));
    },
  }),
  cancelConnectionCode: t.field({
    type: CancelledCodeRef,
    authScopes: AGENT,
    errors: { types: [InputError, NotFoundError], dataField: { name: 'cancelled' } },
    description: 'Cancels a GoToAssist connection code the customer has not used yet.',
    args: { vendor: t.arg({ type: VendorEnum, required: true }), code: t.arg.string({ required: true }) },
    resolve: (_root, { vendor, code }, ctx) => cancelConnectionCode(ctx, vendor as SupportVendor, code),
  }),
}));
