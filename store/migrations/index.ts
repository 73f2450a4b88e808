import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000_initial } from './Migration20261122000000_initial.js';
import { Migration20261122083343_calls } from './Migration20261122083343_calls.js';
import { Migration20261122110000_history } from './Migration20261122110000_history.js';
import { Migration20261122120000_alert_rules } from './Migration20261122120000_alert_rules.js';
import { Migration20261207215737_session_link_index } from './Migration20261207215737_session_link_index.js';
import { Migration20261215090000_idempotency_keys } from './Migration20261215090000_idempotency_keys.js';
import { Migration20261216000000_sync_locks } from './Migration20261216000000_sync_locks.js';
import { Migration20261217000000_alert_acknowledgements } from './Migration20261217000000_alert_acknowledgements.js';

/**
 * Every migration, oldest first. Listed explicitly (no glob discovery) so the same list
 * works under tsx, vitest and a bundle. The name is what `mikro_orm_migrations` records:
 * never rename one that has shipped.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122000000_initial', class: Migration20261122000000_initial },
  { name: 'Migration20261122083343_calls', class: Migration20261122083343_calls },
  { name: 'Migration20261122110000_history', class: Migration20261122110000_history },
  { name: 'Migration20261122120000_alert_rules', class: Migration20261122120000_alert_rules },
  { name: 'Migration20261207215737_session_link_index', class: Migration20261207215737_session_link_index },
  { name: 'Migration20261215090000_idempotency_keys', class: Migration20261215090000_idempotency_keys },
  { name: 'Migration20261216000000_sync_locks', class: Migration20261216000000_sync_locks },
  { name: 'Migration20261217000000_alert_acknowledgements', class: Migration20261217000000_alert_acknowledgements },
];
