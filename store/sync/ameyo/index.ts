import type { AmeyoClient } from '../../../clients/ameyo/client.js';
import type { ResourceSync } from '../types.js';
import { ameyoCallSync, type AmeyoCallSyncOptions } from './calls.js';

/** What `--vendor ameyo` syncs. */
export function ameyoSyncs(client: AmeyoClient, options: { calls?: AmeyoCallSyncOptions } = {}): ResourceSync[] {
  return [ameyoCallSync(client, options.calls)];
}
