import { z } from 'zod';
import { agentByKey, listAgents, lookUpAgentByEmail } from '../../resolvers/agents/agents.js';
import { AGENT_STATUSES, type AgentIdentity } from '../../domain/support.js';
import { activeSessionsOfAgent } from '../../resolvers/support/sessions.js';
import { teamsOfAgent } from '../../resolvers/support/teams.js';
import { VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { loadVendorNodes, vendorKey } from '../core/ids.js';
import { supportRecordArg } from '../support/support-ids.js';
import { AgentRef, SupportSessionRef, SupportTeamRef } from '../support/support-refs.js';
import { UnavailableVendorRef, vendorListType } from '../core/unavailable-vendor.js';
import { VendorEnum } from '../core/vendor.js';

export const AgentStatusEnum = builder.enumType('AgentStatus', { values: AGENT_STATUSES });

export const AgentIdentityRef = builder.objectRef<AgentIdentity>('AgentIdentity').implement({
  description: "One of an agent's accounts at a vendor (a Bomgar rep, a GoToAssist expert, ...).",
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (identity) => identity.vendor as typeof VendorEnum.$inferType }),
    vendorId: t.exposeString('vendorId', { nullable: false }),
    name: t.exposeString('name', { nullable: false }),
    email: t.exposeString('email'),
    status: t.field({ type: AgentStatusEnum, nullable: false, resolve: (identity) => identity.status }),
  }),
});

builder.node(AgentRef, {
  description:
    'A support agent: one person across vendors, matched by email. Looked up by id (node), an agent that only a vendor ' +
    'that could not answer knows reads as null; agentByEmail tells that case apart.',
  id: { resolve: (agent) => vendorKey('agent', agent.key) },
  loadMany: (ids, ctx) => loadVendorNodes(ids, 'agent', (keys) => Promise.all(keys.map((key) => agentByKey(ctx, key)))),
  authScopes: VIEWER,
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    email: t.exposeString('email'),
    status: t.field({
      type: AgentStatusEnum,
      nullable: false,
      description: 'Busy in any vendor is BUSY; else AVAILABLE in any; else AWAY; OFFLINE only when offline everywhere.',
      resolve: (agent) => agent.status,
    }),
    identities: t.field({ type: [AgentIdentityRef], nullable: false, resolve: (agent) => agent.identities }),
    activeSessions: t.field({
      type: [SupportSessionRef],
      nullable: { list: true, items: false },
      description: 'Sessions the agent is in now, across vendors.',
      resolve: (agent, _args, ctx) => activeSessionsOfAgent(ctx, agent),
    }),
    teams: t.field({ type: [SupportTeamRef], nullable: { list: true, items: false }, resolve: (agent, _args, ctx) => teamsOfAgent(ctx, agent) }),
    unavailableVendors: t.field({
      type: [UnavailableVendorRef],
      nullable: false,
      description:
        'Vendors whose agents could not be read for this answer. The agent may have an account there that `identities` lacks, ' +
        'and `status` leaves it out (someone busy in that vendor can show AVAILABLE): show the agent as incomplete and retry ' +
        'later, or check that vendor directly. Empty when every vendor answered.',
      resolve: (agent) => agent.unavailable,
    }),
  }),
});

const AgentListRef = vendorListType('AgentList', AgentRef, 'Agents');

builder.queryFields((t) => ({
  agents: t.field({
    type: AgentListRef,
    authScopes: VIEWER,
    description: 'Agents across vendors, by name.',
    args: { status: t.arg({ type: AgentStatusEnum }), teamId: t.arg.id({ description: 'A SupportTeam id.' }) },
    resolve: async (_root, { status, teamId }, ctx) => {
      const { agents, unavailable } = await listAgents(ctx, { status, team: teamId ? supportRecordArg(String(teamId), 'SupportTeam', 'teamId') : null });
      return { items: agents, unavailable };
    },
  }),
  agentByEmail: t.field({
    type: AgentRef,
    authScopes: VIEWER,
    description:
      'The agent with this email across vendors. Null when every vendor answered and none knows the email. When a vendor that ' +
      'could not be read might be the only one to know it, the field fails with that vendor\'s typed error ' +
      '(extensions.code UPSTREAM_*, extensions.vendor) instead of a misleading null; an agent found elsewhere is returned ' +
      'with the failed vendor in `unavailableVendors`.',
    args: { email: t.arg.string({ required: true, validate: z.email('must be an email address') }) },
    resolve: (_root, { email }, ctx) => lookUpAgentByEmail(ctx, email),
  }),
}));
