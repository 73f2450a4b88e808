/**
 * The name of every migration, oldest first, as `mikro_orm_migrations` records them: what the store
 * checks at start to know whether any is pending without loading the migrator (store/store.ts).
 * `MIGRATIONS` (index.ts) lists the same names with their classes; `names.test.ts` keeps the two equal.
 */
export const MIGRATION_NAMES: readonly string[] = [
  'Migration20261122000000_initial',
  'Migration20261122083343_calls',
  'Migration20261122110000_history',
  'Migration20261122120000_alert_rules',
  'Migration20261207215737_session_link_index',
  'Migration20261215090000_idempotency_keys',
  'Migration20261216000000_sync_locks',
  'Migration20261217000000_alert_acknowledgements',
];
