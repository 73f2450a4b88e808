import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { pageSchema, sessionSchema, webinarAttendeeSchema, webinarSchema } from '../../clients/goto/webinar-types.js';
import { parseJson } from '../../clients/transport/json.js';
import { toWebinar, webinarAttendance, webinarSession } from './webinar-mapping.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"), GoToWebinar v2:
 * - webinars.json: `GET /accounts/4000000000000170271/webinars?fromTime=2025-12-01T00:00:00Z&toTime=2026-02-01T00:00:00Z&page=0&size=200`,
 *   trimmed to two webinars (keys as strings there)
 * - webinar-6587712837543904067.json: `GET /organizers/300000000002243462/webinars/6587712837543904067` (keys as int64 JSON numbers)
 * - webinar-attendees-….json, webinar-sessions-….json: its `/attendees` (trimmed to two) and `/sessions`, first page
 * Each is read the way the client reads it: the transport's parseJson (which keeps big keys exact), then the client's schema.
 */
const fixture = (name: string) => parseJson(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
/** The items of a v2 paged listing, as the client reads them. */
function pageItems<S extends z.ZodType>(name: string, item: S, file: string): z.output<S>[] {
  const page = pageSchema(name, item).parse(fixture(file));
  return (page._embedded?.[name] ?? []) as z.output<S>[];
}

describe('GoToWebinar webinar → Webinar', () => {
  it('maps a webinar read by key, keeping the int64 keys GoTo prints as numbers exact', () => {
    expect(toWebinar(webinarSchema.parse(fixture('webinar-6587712837543904067.json')))).toEqual({
      vendor: 'gotowebinar',
      vendorId: '300000000002243462.6587712837543904067',
      webinarKey: '6587712837543904067',
      organizerKey: '300000000002243462',
      number: '162824411',
      subject: 'What is new this quarter',
      description: 'A live session with questions and answers.',
      times: [{ start: '2025-12-28T18:00:00Z', end: '2025-12-28T19:00:00Z' }],
      timeZone: 'America/New_York',
      registrationUrl: 'https://attendee.gotowebinar.com/register/6587712837543904067',
      inSession: false,
      registrantCount: 10,
    });
  });

  it('maps a listing, whose records do not say whether the webinar is in session nor how many registered', () => {
    const listed = pageItems('webinars', webinarSchema, 'webinars.json').map(toWebinar);
    expect(listed.map((w) => [w.vendorId, w.subject, w.inSession, w.registrantCount])).toEqual([
      ['300000000002243462.6587712837543904067', 'What is new this quarter', null, null],
      ['300000000003443067.6587712837543561143', 'Scaling your support team', null, null],
    ]);
    expect(listed[1]).toMatchObject({ number: '162547263', times: [{ start: '2025-12-29T15:00:00Z', end: '2025-12-29T16:00:00Z' }] });
  });
});

describe('GoToWebinar attendee → Attendance', () => {
  const attendees = pageItems('attendeeParticipationResponses', webinarAttendeeSchema, 'webinar-attendees-6587712837543904067.json').map(webinarAttendance);

  it('maps one attendance span, with the registrant and session keys exact', () => {
    expect(attendees[0]).toEqual({
      vendor: 'gotowebinar',
      name: 'Sven Martinez',
      email: 'sven.martinez@acme.example',
      registrantKey: '8100000000011392018',
      sessionKey: '7700000000000996934',
      durationSeconds: 3420,
      joins: [{ start: '2025-12-28T18:02:00Z', end: '2025-12-28T18:59:00Z' }],
    });
  });

  it('keeps each time the attendee joined, and GoTo\'s total time', () => {
    expect(attendees[1]).toMatchObject({
      name: 'Diego Murphy',
      durationSeconds: 1980,
      joins: [
        { start: '2025-12-28T18:08:00Z', end: '2025-12-28T18:25:30Z' },
        { start: '2025-12-28T18:27:30Z', end: '2025-12-28T18:43:00Z' },
      ],
    });
  });
});

describe('GoToWebinar session → EventSession', () => {
  it('maps a held session with how many attended', () => {
    expect(pageItems('sessionInfoResources', sessionSchema, 'webinar-sessions-6587712837543904067.json').map(webinarSession)).toEqual([
      { vendorId: '7700000000000996934', start: '2025-12-28T18:00:00Z', end: '2025-12-28T19:00:00Z', attendeeCount: 7 },
    ]);
  });
});
