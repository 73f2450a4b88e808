/**
 * The SQL-layer types the store hands out. They live in `@mikro-orm/knex`, which both
 * driver packages re-export; taking them from the default driver's package keeps that
 * transitive package out of package.json. Type-only: nothing is loaded at run time.
 */
export type { AbstractSqlDriver, Knex, SqlEntityManager as EntityManager } from '@mikro-orm/sqlite';
