import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '../sql-types.js';

/**
 * Base for the store's migrations: they describe schema changes with knex's schema builder,
 * so one migration class emits the right DDL for SQLite and for PostgreSQL alike.
 */
export abstract class PortableMigration extends Migration {
  /** A knex schema builder bound to the configured PostgreSQL schema (none on SQLite). */
  protected schema(): Knex.SchemaBuilder {
    const builder = this.getKnex().schema;
    const schema = this.config.get('schema');
    return schema ? builder.withSchema(schema) : builder;
  }

  /**
   * Queues every statement of a schema builder. One builder can compile to several
   * statements (SQLite creates indexes separately); they are queued one by one because
   * the SQLite driver would silently run only the first of a `;`-joined string.
   */
  protected addSchema(builder: Knex.SchemaBuilder): void {
    for (const { sql, bindings } of builder.toSQL()) {
      this.addSql(bindings.length > 0 ? this.getKnex().raw(sql, bindings).toQuery() : sql);
    }
  }
}
