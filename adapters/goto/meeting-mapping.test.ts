import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { attendeeSchema } from '../../clients/goto/meeting-types.js';
import { parseJson } from '../../clients/transport/json.js';
import { latestHeldInstance, toAttendee, toMeetingInput } from './meeting-mapping.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"):
 * - meeting-attendees-122170661.json: GoToMeeting `GET /G2M/rest/meetings/122170661/attendees` (a weekly meeting held three
 *   times), trimmed to two attendees of each instance (times as G2M prints them, `2025-11-01T10:00:00.+0000`; instance and
 *   organizer keys as int64 JSON numbers)
 * Read the way the client reads it: the transport's parseJson (which keeps big keys exact), then the client's schema.
 */
const rows = z.array(attendeeSchema).parse(parseJson(readFileSync(new URL('./fixtures/meeting-attendees-122170661.json', import.meta.url), 'utf8')));

describe('GoToMeeting attendee → MeetingAttendee', () => {
  it('maps an attendee with the held instance the row describes, keeping int64 keys exact', () => {
    expect(toAttendee(rows[0]!)).toEqual({
      name: 'Leo Rossi',
      email: 'leo34@example.com',
      joined: '2025-11-01T10:00:00Z',
      left: '2025-11-01T10:44:00Z',
      durationMinutes: 44,
      meetingId: '122170661',
      instanceKey: '9100000000027457605',
      meetingStart: '2025-11-01T10:00:00Z',
      subject: 'Product demo',
      meeting: {
        vendor: 'gotomeeting',
        vendorId: '122170661',
        instanceStart: '2025-11-01T10:00:00Z',
        subject: 'Product demo',
        start: '2025-11-01T10:00:00Z',
        end: '2025-11-01T10:44:00Z',
        type: 'RECURRING',
        status: 'PAST',
        conferenceCallInfo: 'Hybrid',
        passwordRequired: null,
        joinUrl: 'https://global.gotomeeting.com/join/122170661',
        organizerKey: '300000000003190073',
        attendeeCount: 6,
        durationMinutes: 44,
      },
    });
  });
});

describe('the instance of a meeting held last', () => {
  const latest = {
    vendorId: '122170661',
    instanceStart: '2025-11-15T10:00:00Z',
    start: '2025-11-15T10:00:00Z',
    end: '2025-11-15T10:42:00Z',
    status: 'PAST',
    attendeeCount: 6,
    durationMinutes: 42,
  };

  it('is the latest instance the attendee rows describe, in whatever order GoTo lists them', () => {
    expect(latestHeldInstance(rows)).toMatchObject(latest);
    expect(latestHeldInstance([...rows].reverse())).toMatchObject(latest);
    expect(latestHeldInstance([rows[2]!, rows[5]!, rows[0]!])).toMatchObject(latest);
  });

  it('is null when nobody attended', () => {
    expect(latestHeldInstance([])).toBeNull();
  });
});

describe('meeting writes on the wire', () => {
  const start = new Date('2026-01-12T14:00:00Z');
  const end = new Date('2026-01-12T15:00:00Z');

  it('spells the type in lower case and the audio option as GoTo does', () => {
    expect(toMeetingInput({ subject: 'Quarterly review', start, end, type: 'SCHEDULED', conferenceCallInfo: 'VOIP', passwordRequired: false })).toEqual({
      subject: 'Quarterly review',
      startTime: start,
      endTime: end,
      meetingType: 'scheduled',
      conferenceCallInfo: 'VoIP',
      passwordRequired: false,
    });
    expect(toMeetingInput({ subject: 'Now', type: 'IMMEDIATE', conferenceCallInfo: 'HYBRID' })).toMatchObject({ meetingType: 'immediate', conferenceCallInfo: 'Hybrid', startTime: undefined });
  });

  it('leaves out of a change what is null or absent', () => {
    expect(toMeetingInput({ subject: null, end, conferenceCallInfo: null, passwordRequired: true })).toEqual({
      subject: undefined,
      startTime: undefined,
      endTime: end,
      meetingType: undefined,
      conferenceCallInfo: undefined,
      passwordRequired: true,
    });
  });
});
