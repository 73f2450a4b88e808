import { createGoToAssistClient } from '../../clients/goto/assist/client.js';
import { defineAdapter } from '../adapter.js';
import { goToAccount } from '../goto/account.js';
import { gotoSession } from '../goto/session.js';
import { gotoAssistLiveSource } from './live-poll.js';
import { createGoToAssistLoaders } from './loaders.js';
import { gotoAssistSource, type GoToAssistAccess } from './support-source.js';

/** GoToAssist Remote Support, on the GoTo account's sign-in. */
export const goToAssistAdapter = defineAdapter({
  account: goToAccount,
  client: (settings) => {
    const session = gotoSession(settings);
    return session && createGoToAssistClient(session, { sessionStatusCallbackUrl: settings.assistCallbackUrl });
  },
  loaders: createGoToAssistLoaders,
  support: gotoAssistSource,
  agents: (access: GoToAssistAccess) => gotoAssistSource.identities(access),
  live: gotoAssistLiveSource,
  // The session listing is the big read of a ticket's sessions; agents and queues are live status.
  shared: {
    reads: {
      listSessions: { resource: 'sessions', args: 1 },
      agents: { resource: 'agents', args: 0 },
      queues: { resource: 'queues', args: 0 },
    },
    writes: {
      createSession: ['sessions', 'agents', 'queues'],
      setPartnerObject: ['sessions'],
      endSession: ['sessions', 'agents', 'queues'],
      transferSession: ['sessions', 'agents', 'queues'],
      createConnectionCode: ['sessions'],
      cancelConnectionCode: ['sessions'],
    },
  },
});
