import { createBomgarClient } from '../../clients/bomgar/client.js';
import { defineAdapter } from '../adapter.js';
import { bomgarAccount } from './account.js';
import { bomgarLiveSource } from './live-poll.js';
import { createBomgarLoaders } from './loaders.js';
import { bomgarSource, type BomgarAccess } from './support-source.js';

/** Bomgar / BeyondTrust Remote Support. */
export const bomgarAdapter = defineAdapter({
  account: bomgarAccount,
  client: ({ accounts: { bomgar }, transport }) => bomgar && createBomgarClient({ ...bomgar, baseUrl: bomgar.url, transport }),
  loaders: createBomgarLoaders,
  support: bomgarSource,
  agents: (access: BomgarAccess) => bomgarSource.identities(access),
  live: bomgarLiveSource,
  // The session listing is the big read of a ticket's sessions; reps and teams (with the queue) are live status.
  shared: {
    reads: {
      sessionListing: { resource: 'sessions', args: 1 },
      supportSessions: { resource: 'sessions', args: 1 },
      loggedInReps: { resource: 'reps', args: 0 },
      supportTeamsAndQueue: { resource: 'teams', args: 0 },
      supportTeams: { resource: 'teams', args: 0 },
    },
    writes: {
      generateSessionKey: ['sessions'],
      setExternalKey: ['sessions'],
      transferSession: ['sessions', 'reps', 'teams'],
      terminateSession: ['sessions', 'reps', 'teams'],
    },
  },
});
