import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../transport/errors.js';
import { parseJson } from '../transport/json.js';
import { decodeEnvelope, envelopes } from './envelopes.js';

const call = { method: 'GET', path: '/api/v2/tickets.json' };

/** What decodeEnvelope threw, or a failure when it did not. */
function thrown(run: () => unknown): UpstreamError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error('expected an UpstreamError');
}

describe('decodeEnvelope', () => {
  it('makes every id a decimal string at any depth, keeping ids above 2^53 exact', () => {
    const body = parseJson(
      '{"tickets":[{"id":19856122753300123456,"requester_id":367120021284800,"assignee_id":null,"collaborator_ids":[9007199254740993,12],' +
        '"custom_fields":[{"id":360001,"value":12}],"via":{"channel":"api","source":{"from":{"ticket_id":42}}},"priority":5,"subject":"Printer"}],' +
        '"meta":{"has_more":false,"after_cursor":null}}',
    );
    const page = decodeEnvelope(envelopes.ticketPage, body, call);
    expect(page.tickets[0]).toEqual({
      id: '19856122753300123456',
      requester_id: '367120021284800',
      assignee_id: null,
      collaborator_ids: ['9007199254740993', '12'],
      custom_fields: [{ id: '360001', value: 12 }],
      via: { channel: 'api', source: { from: { ticket_id: '42' } } },
      // Not an id: left a number.
      priority: 5,
      subject: 'Printer',
    });
    expect(page.meta).toEqual({ has_more: false, after_cursor: null });
  });

  it('passes each record through as parsed, without a copy', () => {
    const body = parseJson('{"users":[{"id":1,"name":"Ada"}]}') as { users: object[] };
    const record = body.users[0];
    expect(decodeEnvelope(envelopes.users, body, call).users[0]).toBe(record);
  });

  it('fails a record without an id as UPSTREAM_UNAVAILABLE naming where it is', () => {
    const body = parseJson('{"tickets":[{"id":1},{"subject":"no id"}],"meta":{"has_more":false,"after_cursor":null}}');
    const error = thrown(() => decodeEnvelope(envelopes.ticketPage, body, call));
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk', method: 'GET', path: '/api/v2/tickets.json' });
    expect(error.message).toContain('tickets.1.id');
  });

  it('fails an envelope of the wrong shape naming the field', () => {
    const error = thrown(() => decodeEnvelope(envelopes.ticketPage, parseJson('{"tickets":[],"meta":{"has_more":"yes"}}'), call));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('meta.has_more');
    expect(thrown(() => decodeEnvelope(envelopes.ticket, null, call)).message).toContain('(body:');
  });
});
