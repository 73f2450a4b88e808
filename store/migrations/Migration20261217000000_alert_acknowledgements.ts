import { PortableMigration } from './portable-migration.js';

/** Managers' acknowledgements of firing alerts (`acknowledgeAlert`, store/alert-acknowledgements.ts). */
export class Migration20261217000000_alert_acknowledgements extends PortableMigration {
  override up(): void {
    this.addSchema(
      this.schema().createTable('alert_acknowledgements', (table) => {
        table.increments('id').primary();
        table.string('alert_id', 512).notNullable();
        table.timestamp('fired_at', { useTz: true, precision: 6 }).notNullable();
        table.string('acknowledged_by', 255).notNullable();
        table.timestamp('acknowledged_at', { useTz: true, precision: 6 }).notNullable();
        // One acknowledgement per firing: of two managers racing, the insert decides.
        table.unique(['alert_id', 'fired_at'], { indexName: 'alert_acknowledgements_alert_fired_unique' });
      }),
    );
  }

  override down(): void {
    this.addSchema(this.schema().dropTable('alert_acknowledgements'));
  }
}
