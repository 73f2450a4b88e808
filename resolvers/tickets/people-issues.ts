import type { Context } from '../context.js';
import { InputError, type FieldIssue } from '../../domain/errors.js';

/** The people a ticket write names by id: its requester and its assignee. */
export interface NamedPeople {
  requesterId?: string | null;
  assigneeId?: string | null;
}

/**
 * Runs a ticket write and rewords Zendesk's refusal of the people it names ("Requester: is
 * invalid", "Assignee: is invalid") in our words: no such contact, no such agent, or must be
 * an agent (someone Zendesk has as an end-user). The users are read only after a refusal.
 */
export async function withPeopleInOurWords<T>(ctx: Context, people: NamedPeople, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(await Promise.all(error.issues.map((issue) => reword(ctx, issue, people))));
  }
}

async function reword(ctx: Context, issue: FieldIssue, people: NamedPeople): Promise<FieldIssue> {
  if (people.requesterId && (issue.field === 'input.requester' || issue.field === 'input.requester.id')) {
    const user = await ctx.loaders.zendesk.users.load(people.requesterId);
    return user ? issue : { field: 'input.requester.id', message: 'no such contact' };
  }
  if (people.assigneeId && issue.field === 'input.assigneeId') {
    const user = await ctx.loaders.zendesk.users.load(people.assigneeId);
    if (!user) return { field: issue.field, message: 'no such agent' };
    if (user.role === 'end-user') return { field: issue.field, message: 'must be an agent (this contact is an end-user)' };
  }
  return issue;
}
