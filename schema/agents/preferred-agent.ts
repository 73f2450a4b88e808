import { preferredAgentFor } from '../../resolvers/agents/preferred-agent.js';
import { phoneText } from '../../domain/phone.js';
import { VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { AgentRef } from '../support/support-refs.js';

builder.queryField('preferredAgentFor', (t) =>
  t.field({
    type: AgentRef,
    description: 'Where to route a caller: the agent handling their unsolved tickets, when that agent is available in the contact centre.',
    authScopes: VIEWER,
    args: { phone: t.arg.string({ required: true, validate: phoneText }) },
    resolve: (_root, { phone }, ctx) => preferredAgentFor(ctx, phone),
  }),
);
