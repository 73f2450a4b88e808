import { PortableMigration } from './portable-migration.js';

/** Dev keys (one per role) and the links the gateway makes between vendor records. */
export class Migration20261122000000_initial extends PortableMigration {
  override up(): void {
    this.addSchema(
      this.schema().createTable('dev_keys', (table) => {
        table.string('role', 16).notNullable().primary();
        table.string('key', 128).notNullable().unique({ indexName: 'dev_keys_key_unique' });
        table.timestamp('created_at', { useTz: true, precision: 6 }).notNullable();
      }),
    );
    this.addSchema(
      this.schema().createTable('vendor_links', (table) => {
        table.increments('id').primary();
        table.string('from_vendor', 32).notNullable();
        table.string('from_type', 64).notNullable();
        table.string('from_id', 255).notNullable();
        table.string('to_vendor', 32).notNullable();
        table.string('to_type', 64).notNullable();
        table.string('to_id', 255).notNullable();
        table.string('relation', 64).notNullable();
        table.timestamp('created_at', { useTz: true, precision: 6 }).notNullable();
        table.string('created_by', 255).nullable();
        // Leads with the "from" end, so it doubles as that end's lookup index.
        table.unique(['from_vendor', 'from_type', 'from_id', 'to_vendor', 'to_type', 'to_id', 'relation'], {
          indexName: 'vendor_links_identity_unique',
        });
        table.index(['to_vendor', 'to_type', 'to_id'], 'vendor_links_to_index');
      }),
    );
  }

  override down(): void {
    this.addSchema(this.schema().dropTable('vendor_links'));
    this.addSchema(this.schema().dropTable('dev_keys'));
  }
}
