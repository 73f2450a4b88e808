import { PortableMigration } from './portable-migration.js';

/**
 * The cross-vendor link index of remote-support sessions (store/session-links.ts): one row per
 * session with the ticket its external key names, and one watermark per vendor saying which
 * session starts the index holds completely.
 */
export class Migration20261207215737_session_link_index extends PortableMigration {
  override up(): void {
    this.addSchema(
      this.schema().createTable('support_session_links', (table) => {
        table.increments('id').primary();
        table.string('vendor', 32).notNullable();
        table.string('session_id', 255).notNullable();
        table.string('external_key', 1024).nullable();
        table.timestamp('started_at', { useTz: true, precision: 6 }).nullable();
        table.timestamp('ended_at', { useTz: true, precision: 6 }).nullable();
        table.string('status', 16).notNullable();
        table.string('agent_id', 255).nullable();
        table.text('record').nullable();
        table.string('source', 16).notNullable();
        table.timestamp('observed_at', { useTz: true, precision: 6 }).notNullable();
        // Newer observations upsert on this key.
        table.unique(['vendor', 'session_id'], { indexName: 'support_session_links_session_unique' });
        table.index(['external_key'], 'support_session_links_external_key_index');
        table.index(['vendor', 'started_at'], 'support_session_links_started_index');
      }),
    );
    this.addSchema(
      this.schema().createTable('support_session_index_marks', (table) => {
        table.increments('id').primary();
        table.string('vendor', 32).notNullable();
        table.timestamp('covered_from', { useTz: true, precision: 6 }).notNullable();
        table.timestamp('covered_to', { useTz: true, precision: 6 }).notNullable();
        table.timestamp('updated_at', { useTz: true, precision: 6 }).notNullable();
        table.unique(['vendor'], { indexName: 'support_session_index_marks_vendor_unique' });
      }),
    );
  }

  override down(): void {
    this.addSchema(this.schema().dropTable('support_session_index_marks'));
    this.addSchema(this.schema().dropTable('support_session_links'));
  }
}
