import { z } from 'zod';
import { isUpstreamError } from '../../clients/transport/errors.js';
import type { Context } from '../context.js';
import { agentByKey, allAgents, unavailableError } from '../agents/agents.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { email } from '../../domain/input-rules.js';
import { linkTicket } from './links.js';
import { indexCommanded, indexStarted } from './index-writes.js';
import { type StartedSupportSession, type SupportSession, type SupportTarget, type SupportVendor } from '../../domain/support.js';
import { vendorName } from '../../domain/vendors.js';
import { supportSessionById } from './sessions.js';
import { teamsById } from './teams.js';
import { supportSource, type VendorSupportSource } from '../../adapters/index.js';
import { ticketById } from '../tickets/tickets.js';
import { validInput } from '../../domain/validate.js';

/** Where a session goes, as the caller names it: a team, an agent (Agent key), or neither (the general queue). */
export interface TargetInput {
  teamId?: { vendor: string; vendorId: string } | null;
  agentKey?: string | null;
}

export interface StartInput {
  ticketId: string;
  vendor: SupportVendor;
  target: TargetInput;
  customer: { name: string; company?: string | null; email?: string | null; details?: string | null };
}

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** The vendor's limits (Bomgar's front-end survey: name 100, company 100, details 1,024 characters). */
function startRules(source: VendorSupportSource) {
  return z.object({
    ticketId: z.string(),
    customer: z.object({
      name: text(source.limits.customerName).min(1, 'must not be blank'),
      company: text(source.limits.customerCompany).nullish(),
      email: email.nullish(),
      details: text(source.limits.customerDetails).nullish(),
    }),
  });
}

function sourceFor(vendor: SupportVendor, field: string): VendorSupportSource {
  const source = supportSource(vendor);
  if (!source) throw new InputError([{ field, message: 'must be GOTO_ASSIST or BOMGAR (the remote-support vendors)' }]);
  return source;
}

/** The caller's target in the vendor's terms; an agent must have an account at that vendor. */
async function resolveTarget(ctx: Context, vendor: SupportVendor, target: TargetInput, field: string): Promise<SupportTarget> {
  if (target.teamId && target.agentKey) throw new InputError([{ field, message: 'give a team or an agent, not both' }]);
  if (target.teamId) {
    if (target.teamId.vendor !== vendor) throw new InputError([{ field: `${field}.teamId`, message: `is a ${vendorName(target.teamId.vendor)} team, not a ${vendorName(vendor)} one` }]);
    // Checked here rather than left to the vendor, whose refusal names its own parameter (Bomgar's queue_id).
    const [team] = await teamsById(ctx, vendor, [target.teamId.vendorId]);
    if (!team) throw new InputError([{ field: `${field}.teamId`, message: 'no such team' }]);
    return { kind: 'team', teamId: target.teamId.vendorId };
  }
  if (target.agentKey) {
    const agent = await agentByKey(ctx, target.agentKey);
    const identity = agent?.identities.find((candidate) => candidate.vendor === vendor);
    if (!identity) {
      // Without the vendor's roster "no account there" would be a guess: its own typed error says why instead.
      const rosterFailed = (await allAgents(ctx)).unavailable.find((unavailable) => unavailable.vendor === vendor);
      if (rosterFailed) throw unavailableError(rosterFailed);
      throw new InputError([{ field: `${field}.agentId`, message: `this agent has no ${vendorName(vendor)} account` }]);
    }
    return { kind: 'agent', identityId: identity.vendorId };
  }
  return { kind: 'general' };
}

/**
 * Starts a remote-support session for a ticket: a GoToAssist session with its connection code,
 * or a Bomgar session key with the customer's start_session link (front-end survey fields and
 * the ticket as external key). Every limit is checked before any vendor call; the ticket must
 * exist; the ticket ↔ session (or session key) link is recorded.
 */
export async function startSupportSession(ctx: Context, raw: StartInput): Promise<StartedSupportSession> {
  const source = sourceFor(raw.vendor, 'input.vendor');
  const input = validInput(startRules(source), raw);
  const target = await resolveTarget(ctx, raw.vendor, raw.target, 'input');
  const ticket = await ticketById(ctx, input.ticketId);
  if (!ticket) throw new NotFoundError('Ticket', input.ticketId);
  // The ticket's agent URL is built on the Zendesk account URL (credentials travel in a header, never in it).
  const started = await source.start(ctx, { ticket: { id: ticket.vendorId, url: ticket.url }, vendor: raw.vendor, target, customer: input.customer });
  await linkTicket(ctx, input.ticketId, raw.vendor, started.sessionId ? { type: 'SupportSession', id: started.sessionId } : { type: 'SessionKey', id: started.code });
  await indexStarted(ctx, started);
  return started;
}

/**
 * Runs a session command and reads the session back. A vendor's refusal becomes the caller's
 * error: an unknown session is NotFound; "already ended" and the like name `sessionId`.
 */
async function commandOnSession(ctx: Context, vendor: SupportVendor, sessionId: string, run: (source: VendorSupportSource) => Promise<void>): Promise<SupportSession> {
  const source = sourceFor(vendor, 'sessionId');
  const before = await supportSessionById(ctx, vendor, sessionId);
  if (!before) throw new NotFoundError('SupportSession', sessionId);
  try {
    await run(source);
  } catch (error) {
    if (isUpstreamError(error) && error.code === 'UPSTREAM_REJECTED' && error.status !== 401 && error.status !== 403) {
      if (error.status === 404) throw new NotFoundError('SupportSession', sessionId);
      throw new InputError([{ field: 'sessionId', message: error.vendorMessage ?? 'the vendor refused the command' }]);
    }
    throw error;
  }
  source.forget(ctx, sessionId);
  return (await supportSessionById(ctx, vendor, sessionId)) ?? before;
}

/** A session command whose outcome the link index learns at once (status, agent, key). */
async function indexedCommand(ctx: Context, vendor: SupportVendor, sessionId: string, run: (source: VendorSupportSource) => Promise<void>, key?: string): Promise<SupportSession> {
  const session = await commandOnSession(ctx, vendor, sessionId, run);
  // The vendor may show the key it was just given a moment late: the index takes it from the command.
  await indexCommanded(ctx, [key === undefined ? session : { ...session, externalKey: key }]);
  return session;
}

export async function transferSession(ctx: Context, vendor: SupportVendor, sessionId: string, to: TargetInput): Promise<SupportSession> {
  if (!to.teamId && !to.agentKey) throw new InputError([{ field: 'to', message: 'give a team or an agent to transfer to' }]);
  const target = await resolveTarget(ctx, vendor, to, 'to');
  return indexedCommand(ctx, vendor, sessionId, (source) => source.transfer(ctx, sessionId, target));
}

export function endSession(ctx: Context, vendor: SupportVendor, sessionId: string): Promise<SupportSession> {
  return indexedCommand(ctx, vendor, sessionId, (source) => source.end(ctx, sessionId));
}

/** Puts the ticket on the session at the vendor and records the link. */
export async function setSessionExternalKey(ctx: Context, vendor: SupportVendor, sessionId: string, ticketId: string): Promise<SupportSession> {
  const ticket = await ticketById(ctx, ticketId);
  if (!ticket) throw new NotFoundError('Ticket', ticketId);
  const session = await indexedCommand(ctx, vendor, sessionId, (source) => source.setExternalKey(ctx, sessionId, { id: ticket.vendorId, url: ticket.url }), ticket.vendorId);
  await linkTicket(ctx, ticketId, vendor, { type: 'SupportSession', id: sessionId });
  return session;
}

export async function cancelConnectionCode(ctx: Context, vendor: SupportVendor, code: string): Promise<{ vendor: SupportVendor; code: string }> {
  const source = sourceFor(vendor, 'vendor');
  const digits = code.trim();
  if (!/^\d{6,12}$/.test(digits)) throw new InputError([{ field: 'code', message: 'must be the digits of a connection code' }]);
  if (!(await source.cancelCode(ctx, digits))) throw new NotFoundError('ConnectionCode', digits);
  return { vendor, code: digits };
}
