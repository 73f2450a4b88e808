import { PortableMigration } from './portable-migration.js';

/** Alert rules admins make with `createAlertRule` (the live-status engine's alerts). */
export class Migration20261122120000_alert_rules extends PortableMigration {
  override up(): void {
    this.addSchema(
      this.schema().createTable('alert_rules', (table) => {
        table.increments('id').primary();
        table.string('kind', 32).notNullable();
        table.integer('threshold').nullable();
        table.string('vendor', 32).nullable();
        table.timestamp('created_at', { useTz: true, precision: 6 }).notNullable();
        table.string('created_by', 255).nullable();
      }),
    );
  }

  override down(): void {
    this.addSchema(this.schema().dropTable('alert_rules'));
  }
}
