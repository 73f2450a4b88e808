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
});
