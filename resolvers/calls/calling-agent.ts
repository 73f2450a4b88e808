import { GraphQLError } from 'graphql';
import { ameyoUserIdForEmail } from '../../adapters/ameyo/user-mapping.js';
import type { Context } from '../context.js';

/** The caller's key is not linked to a person, so agent features (screen-pop, sign-on) cannot tell who they are. */
export class AgentNotLinkedError extends GraphQLError {
  constructor(label: string) {
    super(`This API key (${label}) is not linked to an agent: list it in SWITCHBOARD_AGENT_EMAILS`, { extensions: { code: 'AGENT_NOT_LINKED' } });
    this.name = 'AgentNotLinkedError';
  }
}

/** The caller's email: by their key's label (`agent#3f2a1c`) first, else by their role. */
export function callerEmail(ctx: Context): string {
  const email = ctx.agentEmails.get(ctx.caller.label) ?? ctx.agentEmails.get(ctx.caller.role);
  if (!email) throw new AgentNotLinkedError(ctx.caller.label);
  return email;
}

/** The id of the Ameyo user with this email (its modeled `emailId`, or a userId that is the email), or null. */
export async function ameyoUserIdByEmail(ctx: Context, email: string): Promise<string | null> {
  return ameyoUserIdForEmail(await ctx.loaders.ameyo.users.load('all'), email);
}

/** The caller's Ameyo user id; an AgentNotLinkedError when the caller is nobody there. */
export async function callerAmeyoUserId(ctx: Context): Promise<string> {
  const email = callerEmail(ctx);
  const userId = await ameyoUserIdByEmail(ctx, email);
  if (userId === null) {
    throw new GraphQLError(`No Ameyo user has the email ${email}`, { extensions: { code: 'AGENT_NOT_LINKED', vendor: 'ameyo' } });
  }
  return userId;
}
