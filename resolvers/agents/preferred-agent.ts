import type { Context } from '../context.js';
import { agentByEmail, allAgents, unavailableError } from './agents.js';
import type { Agent } from '../../domain/agents.js';
import { contactsById, contactsByPhone } from '../contacts/contacts.js';
import { unsolvedTicketsOf } from '../calls/screen-pop.js';

/**
 * Availability is Ameyo's to say: when its agent states cannot be read, "no preferred agent"
 * would be a guess, so the field fails with Ameyo's typed error instead.
 */
async function requireContactCentreStates(ctx: Context): Promise<void> {
  const failed = (await allAgents(ctx)).unavailable.find((vendor) => vendor.vendor === 'ameyo');
  if (failed) throw unavailableError(failed);
}

/** Routable now: the person is available in the contact centre. */
function availableForCalls(agent: Agent): boolean {
  return agent.identities.some((identity) => identity.vendor === 'ameyo' && identity.status === 'AVAILABLE');
}

/**
 * The agent handling the contact's unsolved tickets (the most recently updated ticket's assignee
 * first), when that agent is available in Ameyo; else null.
 */
export async function preferredAgentOfContact(ctx: Context, contactId: string): Promise<Agent | null> {
  const assigneeIds = [...new Set((await unsolvedTicketsOf(ctx, contactId)).flatMap((ticket) => (ticket.assigneeId ? [ticket.assigneeId] : [])))];
  // Every assignee in one show_many; the agents across vendors are read once per request.
  const assignees = await contactsById(ctx, assigneeIds);
  if (assignees.some(Boolean)) await requireContactCentreStates(ctx);
  for (const assignee of assignees) {
    const agent = assignee?.email ? await agentByEmail(ctx, assignee.email) : null;
    if (agent && availableForCalls(agent)) return agent;
  }
  return null;
}

/** The preferred agent for a caller's number (the customer with that number, however Zendesk stored it). */
export async function preferredAgentFor(ctx: Context, phone: string): Promise<Agent | null> {
  const contacts = await contactsByPhone(ctx, phone);
  const caller = contacts.find((contact) => contact.role === 'end-user') ?? contacts[0];
  return caller ? preferredAgentOfContact(ctx, caller.vendorId) : null;
}
