import type { Knex } from '../sql-types.js';
import { PortableMigration } from './portable-migration.js';

type Table = Knex.CreateTableBuilder;

/** The columns and unique (vendor, vendor_id) key every history table has (store/entities/history-columns.ts). */
function historyTable(name: string, columns: (table: Table) => void): (table: Table) => void {
  return (table) => {
    table.increments('id').primary();
    table.string('vendor', 32).notNullable();
    table.string('vendor_id', 255).notNullable();
    table.string('content_hash', 40).notNullable();
    table.timestamp('created_at', { useTz: true, precision: 6 }).notNullable();
    table.timestamp('updated_at', { useTz: true, precision: 6 }).notNullable();
    columns(table);
    // A rerun upserts on this key instead of doubling a row.
    table.unique(['vendor', 'vendor_id'], { indexName: `${name}_vendor_id_unique` });
  };
}

const time = (table: Table, name: string) => table.timestamp(name, { useTz: true, precision: 6 });

/** The vendor history `switchboard sync` keeps, and its per-resource checkpoints. */
export class Migration20261122110000_history extends PortableMigration {
  override up(): void {
    this.create('history_tickets', (t) => {
      t.string('subject', 1000).nullable();
      t.string('status', 16).notNullable();
      t.string('priority', 16).nullable();
      t.string('type', 16).nullable();
      t.string('channel', 32).nullable();
      t.string('requester_id', 32).nullable();
      t.string('assignee_id', 32).nullable();
      t.string('group_id', 32).nullable();
      t.string('organization_id', 32).nullable();
      t.string('external_id', 255).nullable();
      t.text('tags').notNullable();
      t.string('satisfaction', 32).nullable();
      time(t, 'ticket_created_at').notNullable();
      time(t, 'ticket_updated_at').notNullable();
      t.index(['ticket_created_at'], 'history_tickets_created_index');
      t.index(['ticket_updated_at'], 'history_tickets_updated_index');
      t.index(['status'], 'history_tickets_status_index');
      t.index(['assignee_id'], 'history_tickets_assignee_index');
      t.index(['requester_id'], 'history_tickets_requester_index');
    });
    this.create('history_meetings', (t) => {
      t.string('meeting_id', 64).notNullable();
      t.string('subject', 1000).notNullable();
      t.string('organizer_key', 64).notNullable();
      t.string('organizer_email', 255).nullable();
      t.string('organizer_name', 255).nullable();
      t.string('group_key', 64).nullable();
      t.string('group_name', 255).nullable();
      t.string('meeting_type', 32).nullable();
      t.string('conference_call_info', 32).nullable();
      time(t, 'started_at').notNullable();
      time(t, 'ended_at').nullable();
      t.integer('duration_minutes').nullable();
      t.integer('attendee_count').nullable();
      t.index(['started_at'], 'history_meetings_started_index');
      t.index(['organizer_key', 'started_at'], 'history_meetings_organizer_index');
    });
    this.create('history_meeting_attendees', (t) => {
      t.string('meeting_vendor_id', 255).notNullable();
      t.string('meeting_id', 64).notNullable();
      t.string('organizer_key', 64).notNullable();
      t.string('attendee_name', 255).notNullable();
      t.string('attendee_email', 255).nullable();
      time(t, 'joined_at').nullable();
      time(t, 'left_at').nullable();
      t.integer('duration_minutes').nullable();
      t.index(['meeting_vendor_id'], 'history_meeting_attendees_meeting_index');
      t.index(['attendee_email'], 'history_meeting_attendees_email_index');
      t.index(['joined_at'], 'history_meeting_attendees_joined_index');
    });
    this.create('history_events', (t) => {
      t.string('public_id', 64).nullable();
      t.string('subject', 1000).notNullable();
      t.string('organizer_key', 64).nullable();
      t.string('time_zone', 64).nullable();
      time(t, 'starts_at').nullable();
      time(t, 'ends_at').nullable();
      t.integer('session_count').notNullable();
      t.integer('registrant_count').notNullable();
      t.integer('attendee_count').notNullable();
      t.index(['starts_at'], 'history_events_starts_index');
      t.index(['organizer_key'], 'history_events_organizer_index');
    });
    this.create('history_registrations', (t) => {
      t.string('event_vendor_id', 64).notNullable();
      t.string('registrant_key', 64).nullable();
      t.string('email', 255).notNullable();
      t.string('first_name', 255).notNullable();
      t.string('last_name', 255).notNullable();
      t.string('status', 16).nullable();
      time(t, 'registered_at').nullable();
      t.boolean('attended').notNullable();
      t.integer('attendance_seconds').notNullable();
      time(t, 'first_joined_at').nullable();
      time(t, 'last_left_at').nullable();
      t.index(['event_vendor_id'], 'history_registrations_event_index');
      t.index(['email'], 'history_registrations_email_index');
      t.index(['registered_at'], 'history_registrations_registered_index');
    });
    this.create('history_support_sessions', (t) => {
      t.string('status', 16).notNullable();
      time(t, 'started_at').nullable();
      time(t, 'ended_at').nullable();
      t.integer('duration_seconds').nullable();
      t.string('portal', 255).nullable();
      t.string('queue_id', 64).nullable();
      t.string('team_id', 64).nullable();
      t.string('agent_id', 64).nullable();
      t.string('agent_name', 255).nullable();
      t.string('agent_email', 255).nullable();
      t.string('customer_name', 255).nullable();
      t.string('customer_company', 255).nullable();
      t.string('customer_email', 255).nullable();
      t.string('external_key', 1024).nullable();
      t.string('recording_url', 1000).nullable();
      t.integer('rating').nullable();
      t.text('feedback').nullable();
      t.string('resolution', 16).nullable();
      t.integer('event_count').notNullable();
      t.index(['started_at'], 'history_support_sessions_started_index');
      t.index(['agent_id'], 'history_support_sessions_agent_index');
      t.index(['agent_email'], 'history_support_sessions_agent_email_index');
      t.index(['external_key'], 'history_support_sessions_external_key_index');
      t.index(['team_id'], 'history_support_sessions_team_index');
    });
    this.create('history_session_events', (t) => {
      t.string('session_vendor_id', 64).notNullable();
      t.integer('seq').notNullable();
      time(t, 'at').nullable();
      t.string('kind', 32).notNullable();
      t.string('vendor_type', 64).notNullable();
      t.string('by_kind', 16).nullable();
      t.string('by_name', 255).nullable();
      t.string('to_kind', 16).nullable();
      t.string('to_name', 255).nullable();
      t.text('body').nullable();
      t.string('file_name', 1000).nullable();
      // A double on both (as the entity's `double`); knex would write `float` on SQLite.
      t.specificType('file_size', this.driver.getPlatform().getDoubleDeclarationSQL()).nullable();
      t.index(['session_vendor_id'], 'history_session_events_session_index');
      t.index(['at'], 'history_session_events_at_index');
    });
    this.create('history_session_surveys', (t) => {
      t.string('session_vendor_id', 64).notNullable();
      t.string('submitted_by', 16).notNullable();
      t.string('question', 255).notNullable();
      t.string('label', 1000).notNullable();
      t.text('answer').notNullable();
      time(t, 'submitted_at').nullable();
      t.index(['session_vendor_id'], 'history_session_surveys_session_index');
    });
    this.create('history_calls', (t) => {
      t.string('direction', 16).notNullable();
      t.string('call_type', 64).notNullable();
      t.string('campaign_id', 64).notNullable();
      t.string('phone', 64).notNullable();
      t.string('agent_user_id', 255).nullable();
      t.string('customer_id', 64).nullable();
      time(t, 'started_at').notNullable();
      time(t, 'ended_at').nullable();
      t.integer('talk_seconds').nullable();
      t.integer('hold_seconds').nullable();
      t.integer('ring_seconds').nullable();
      t.integer('ivr_seconds').nullable();
      t.string('disposition', 64).nullable();
      t.string('system_disposition', 64).nullable();
      t.string('hangup_first', 16).nullable();
      t.string('recording_url', 1000).nullable();
      t.index(['started_at'], 'history_calls_started_index');
      t.index(['agent_user_id'], 'history_calls_agent_index');
      t.index(['campaign_id', 'started_at'], 'history_calls_campaign_index');
      t.index(['phone'], 'history_calls_phone_index');
    });
    this.addSchema(
      this.schema().createTable('sync_checkpoints', (t) => {
        t.increments('id').primary();
        t.string('vendor', 32).notNullable();
        t.string('resource', 32).notNullable();
        t.text('cursor').nullable();
        time(t, 'covered_from').nullable();
        time(t, 'covered_to').nullable();
        time(t, 'synced_at').nullable();
        time(t, 'completed_at').nullable();
        t.integer('rows_written').notNullable();
        time(t, 'updated_at').notNullable();
        t.unique(['vendor', 'resource'], { indexName: 'sync_checkpoints_resource_unique' });
      }),
    );
  }

  override down(): void {
    for (const table of [...HISTORY_TABLES, 'sync_checkpoints'].reverse()) this.addSchema(this.schema().dropTable(table));
  }

  private create(name: (typeof HISTORY_TABLES)[number], columns: (table: Table) => void): void {
    this.addSchema(this.schema().createTable(name, historyTable(name, columns)));
  }
}

const HISTORY_TABLES = [
  'history_tickets',
  'history_meetings',
  'history_meeting_attendees',
  'history_events',
  'history_registrations',
  'history_support_sessions',
  'history_session_events',
  'history_session_surveys',
  'history_calls',
] as const;
