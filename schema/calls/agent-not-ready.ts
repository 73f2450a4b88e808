import { AgentNotReadyError } from '../../domain/agent-not-ready-error.js';
import { AGENT } from '../core/access.js';
import { builder } from '../core/builder.js';
import { ErrorInterface } from '../core/errors.js';

builder.objectType(AgentNotReadyError, {
  name: 'AgentNotReady',
  description: 'The calling agent cannot dial now (on a call, on a break, signed out of Ameyo); try again when ready.',
  interfaces: [ErrorInterface],
  authScopes: AGENT,
  fields: (t) => ({
    state: t.exposeString('state', { description: "Ameyo's state for the agent (busy, break, offline), when it said." }),
  }),
});

export { AgentNotReadyError };
