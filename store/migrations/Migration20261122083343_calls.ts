import { PortableMigration } from './portable-migration.js';

/** Contact-centre calls (Ameyo): one row per interaction, linked to the helpdesk ticket and contact. */
export class Migration20261122083343_calls extends PortableMigration {
  override up(): void {
    this.addSchema(
      this.schema().createTable('calls', (table) => {
        table.increments('id').primary();
        table.string('vendor', 32).notNullable();
        table.string('vendor_call_id', 200).notNullable();
        table.string('direction', 16).notNullable();
        table.string('call_type', 64).notNullable();
        table.string('phone', 64).notNullable();
        table.string('campaign_id', 64).notNullable();
        table.string('agent_user_id', 255).nullable();
        table.string('user_crt_object_id', 200).nullable();
        table.string('customer_id', 64).nullable();
        table.string('ivr_ticket_id', 32).nullable();
        table.string('outcome', 32).nullable();
        table.timestamp('started_at', { useTz: true, precision: 6 }).notNullable();
        table.timestamp('ended_at', { useTz: true, precision: 6 }).nullable();
        table.integer('talk_seconds').nullable();
        table.integer('hold_seconds').nullable();
        table.integer('ring_seconds').nullable();
        table.string('disposition', 64).nullable();
        table.string('system_disposition', 64).nullable();
        table.string('recording_url', 1000).nullable();
        table.string('ticket_id', 32).nullable();
        table.string('contact_id', 32).nullable();
        table.timestamp('callback_at', { useTz: true, precision: 6 }).nullable();
        table.string('callback_id', 64).nullable();
        table.timestamp('created_at', { useTz: true, precision: 6 }).notNullable();
        table.timestamp('updated_at', { useTz: true, precision: 6 }).notNullable();
        // A duplicate push of the same interaction finds this row instead of making another.
        table.unique(['vendor', 'vendor_call_id'], { indexName: 'calls_vendor_call_unique' });
        table.index(['contact_id'], 'calls_contact_index');
        table.index(['ticket_id'], 'calls_ticket_index');
      }),
    );
  }

  override down(): void {
    this.addSchema(this.schema().dropTable('calls'));
  }
}
