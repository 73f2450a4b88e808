import { preferredAgentFor } from '../resolvers/preferred-agent.js';
import { phoneText } from '../resolvers/phone.js';
import { VIEWER } from './access.js';
import { builder } from './builder.js';
import { AgentRef } from './support-refs.js';

builder.queryField('preferredAgentFor', (t) =>
  t.field({
    type: AgentRef,
    description: 'Where to route a caller: the agent handling their unsolved tickets, when that agent is available in the contact centre.',
    authScopes: VIEWER,
    args: { phone: t.arg.string({ required: true, validate: phoneText }) },
    resolve: (_root, { phone }, ctx) => preferredAgentFor(ctx, phone),
  }),
);
