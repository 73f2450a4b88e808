import { PortableMigration } from './portable-migration.js';

/** The `idempotencyKey`s callers gave creating mutations, each kept 24 h (store/idempotency-keys.ts). */
export class Migration20261215090000_idempotency_keys extends PortableMigration {
  override up(): void {
    this.addSchema(
      this.schema().createTable('idempotency_keys', (table) => {
        table.increments('id').primary();
        table.string('caller', 255).notNullable();
        table.string('key', 128).notNullable();
        table.string('operation', 64).notNullable();
        table.string('fingerprint', 64).notNullable();
        table.string('state', 16).notNullable();
        table.text('result').nullable();
        table.string('vendor', 32).nullable();
        table.timestamp('created_at', { useTz: true, precision: 6 }).notNullable();
        table.timestamp('updated_at', { useTz: true, precision: 6 }).notNullable();
        table.timestamp('expires_at', { useTz: true, precision: 6 }).notNullable();
        // One first request per caller and key: of two racing, the insert decides.
        table.unique(['caller', 'key'], { indexName: 'idempotency_keys_caller_key_unique' });
        table.index(['expires_at'], 'idempotency_keys_expires_index');
      }),
    );
  }

  override down(): void {
    this.addSchema(this.schema().dropTable('idempotency_keys'));
  }
}
