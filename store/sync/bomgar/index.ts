import type { BomgarClient } from '../../../clients/bomgar/client.js';
import type { ResourceSync } from '../types.js';
import { bomgarSessionSync, type BomgarSessionSyncOptions } from './sessions.js';

/** What `--vendor bomgar` syncs. */
export function bomgarSyncs(client: BomgarClient, options: { sessions?: BomgarSessionSyncOptions } = {}): ResourceSync[] {
  return [bomgarSessionSync(client, options.sessions)];
}
