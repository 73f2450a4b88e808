import { InputError } from '../../domain/errors.js';
import { agentSignOn, type AgentSignOn } from '../../resolvers/calls/sign-on.js';
import { AGENT, VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';

const AgentSignOnRef = builder.objectRef<AgentSignOn>('AgentSignOn').implement({
  description: 'A one-time single sign-on into Zendesk for the calling agent.',
  authScopes: VIEWER,
  fields: (t) => ({
    url: t.exposeString('url', { nullable: false, description: 'Open it in the agent’s browser; Zendesk accepts it once.' }),
    expiresAt: t.field({ type: 'DateTime', nullable: false, resolve: (signOn) => signOn.expiresAt }),
  }),
});

builder.mutationField('agentSignOn', (t) =>
  t.field({
    type: AgentSignOnRef,
    description: 'Signs the calling agent in to Zendesk (JWT SSO): a URL that opens Zendesk at `returnTo`.',
    authScopes: AGENT,
    errors: { types: [InputError], dataField: { name: 'signOn' } },
    args: { returnTo: t.arg.string({ description: 'A path in Zendesk (/agent/tickets/123) or a URL on the Zendesk host.' }) },
    resolve: (_root, { returnTo }, ctx) => agentSignOn(ctx, returnTo),
  }),
);

