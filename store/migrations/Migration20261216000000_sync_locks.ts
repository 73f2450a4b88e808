import { PortableMigration } from './portable-migration.js';

/** Who is syncing the store's vendor history: one sync per store at a time (store/sync/lock.ts). */
export class Migration20261216000000_sync_locks extends PortableMigration {
  override up(): void {
    this.addSchema(
      this.schema().createTable('sync_locks', (table) => {
        // The primary key decides between two racing inserts.
        table.string('name', 64).notNullable().primary();
        table.string('holder', 255).notNullable();
        table.string('host', 255).notNullable();
        table.integer('pid').notNullable();
        table.string('token', 64).notNullable();
        table.timestamp('started_at', { useTz: true, precision: 6 }).notNullable();
        table.timestamp('expires_at', { useTz: true, precision: 6 }).notNullable();
      }),
    );
  }

  override down(): void {
    this.addSchema(this.schema().dropTable('sync_locks'));
  }
}
