import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { AgentNotLinkedError, callerAmeyoUserId, callerEmail } from './calling-agent.js';

/** A request's context with only what calling-agent.ts reads: the caller, the agent emails, and Ameyo's users. */
function contextOf(caller: { role: string; label: string }, emails: Record<string, string>, users: unknown[] = []) {
  const asked: string[] = [];
  const ctx = {
    caller,
    agentEmails: new Map(Object.entries(emails)),
    loaders: { ameyo: { users: { load: async (key: string) => (asked.push(key), users) } } },
  } as unknown as Context;
  return { ctx, asked };
}

const user = (userId: string, emailId: string | null) => ({ userId, userName: userId, userType: 'Agent', emailId });

describe('callerEmail', () => {
  it("is the email listed for the caller's key label", () => {
    const { ctx } = contextOf({ role: 'agent', label: 'agent#3f2a1c' }, { 'agent#3f2a1c': 'ann@example.com', agent: 'desk@example.com' });
    expect(callerEmail(ctx)).toBe('ann@example.com');
  });

  it("falls back to the email listed for the caller's role", () => {
    const { ctx } = contextOf({ role: 'agent', label: 'agent#000000' }, { 'agent#3f2a1c': 'ann@example.com', agent: 'desk@example.com' });
    expect(callerEmail(ctx)).toBe('desk@example.com');
  });

  it('refuses a caller linked to nobody, typed and naming the key label (never the key)', () => {
    const { ctx } = contextOf({ role: 'admin', label: 'admin#9c0ffe' }, { agent: 'desk@example.com' });
    let error: unknown;
    try {
      callerEmail(ctx);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AgentNotLinkedError);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'AGENT_NOT_LINKED' });
    expect((error as GraphQLError).message).toContain('(admin#9c0ffe)');
    expect((error as GraphQLError).message).toContain('SWITCHBOARD_AGENT_EMAILS');
  });
});

describe('callerAmeyoUserId', () => {
  it("is the id of the Ameyo user with the caller's email, whatever its case", async () => {
    const { ctx, asked } = contextOf({ role: 'agent', label: 'agent#1' }, { 'agent#1': 'ann@example.com' }, [user('bob', 'bob@example.com'), user('ann.k', 'Ann@Example.com')]);
    expect(await callerAmeyoUserId(ctx)).toBe('ann.k');
    expect(asked).toEqual(['all']);
  });

  it('is the id of a user whose id is the email, when none has it as its email', async () => {
    const { ctx } = contextOf({ role: 'agent', label: 'agent#1' }, { 'agent#1': 'ann@example.com' }, [user('bob', null), user('ANN@example.com', null)]);
    expect(await callerAmeyoUserId(ctx)).toBe('ANN@example.com');
  });

  it('refuses a caller Ameyo does not know, typed for Ameyo', async () => {
    const { ctx } = contextOf({ role: 'agent', label: 'agent#1' }, { 'agent#1': 'ann@example.com' }, [user('bob', 'bob@example.com')]);
    await expect(callerAmeyoUserId(ctx)).rejects.toMatchObject({ message: 'No Ameyo user has the email ann@example.com', extensions: { code: 'AGENT_NOT_LINKED', vendor: 'ameyo' } });
  });

  it('refuses a caller linked to nobody before asking Ameyo', async () => {
    const { ctx, asked } = contextOf({ role: 'agent', label: 'agent#1' }, {}, [user('ann', 'ann@example.com')]);
    await expect(callerAmeyoUserId(ctx)).rejects.toBeInstanceOf(AgentNotLinkedError);
    expect(asked).toEqual([]);
  });
});
