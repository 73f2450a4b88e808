import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reportAttendeeSchema, reportSessionSchema, trainingSchema } from '../../clients/goto/training-types.js';
import { parseJson } from '../../clients/transport/json.js';
import { sessionAttendance, toTraining, trainingSession } from './training-mapping.js';

/**
 * Recorded from the bundled simulator (seed 42, clock at its default start 2026-01-05T09:00:00Z; docs/testing.md,
 * "Recorded vendor payloads"), GoToTraining, organizer 300000000003891153 and its ongoing training 5300000000000427971:
 * - training-5300000000000427971.json: `GET /organizers/300000000003891153/trainings/5300000000000427971`
 * - training-sessions-5300000000000427971.json: `GET /reports/organizers/300000000003891153/trainings/5300000000000427971` (its two held days)
 * - session-attendees-5400000000000548720.json: `GET /reports/organizers/300000000003891153/sessions/5400000000000548720/attendees`,
 *   trimmed to two who attended and two who did not
 * Each is read the way the client reads it: the transport's parseJson, then the client's schema.
 */
const fixture = (name: string) => parseJson(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

const ORGANIZER = '300000000003891153';
const training = trainingSchema.parse(fixture('training-5300000000000427971.json'));
const sessions = z.array(reportSessionSchema).parse(fixture('training-sessions-5300000000000427971.json'));

describe('GoToTraining training → Training', () => {
  it('maps a training over four days, its vendorId through the organizer that read it', () => {
    expect(toTraining(ORGANIZER, training)).toEqual({
      vendor: 'gototraining',
      vendorId: '300000000003891153.5300000000000427971',
      trainingKey: '5300000000000427971',
      organizerKey: '300000000003891153',
      organizerKeys: ['300000000003891153'],
      number: '396298397',
      name: 'Reporting for managers',
      description: 'Hands-on training with exercises.',
      times: [
        { start: '2026-01-03T15:00:00Z', end: '2026-01-03T17:00:00Z' },
        { start: '2026-01-04T15:00:00Z', end: '2026-01-04T17:00:00Z' },
        { start: '2026-01-05T15:00:00Z', end: '2026-01-05T17:00:00Z' },
        { start: '2026-01-06T15:00:00Z', end: '2026-01-06T17:00:00Z' },
      ],
      timeZone: 'Europe/London',
    });
  });

  it('names the reading organizer when GoTo lists no organizers, and keeps co-organizers otherwise', () => {
    expect(toTraining(ORGANIZER, { ...training, organizerKeys: [] }).organizerKeys).toEqual([ORGANIZER]);
    expect(toTraining(ORGANIZER, { ...training, organizerKeys: ['300000000000914045', ORGANIZER] }).organizerKeys).toEqual(['300000000000914045', ORGANIZER]);
  });
});

describe('GoToTraining report session → EventSession', () => {
  it('maps the held sessions with their attendance counts', () => {
    expect(sessions.map(trainingSession)).toEqual([
      { vendorId: '5400000000000548720', start: '2026-01-03T15:00:00Z', end: '2026-01-03T17:00:00Z', attendeeCount: 8 },
      { vendorId: '5400000000000590030', start: '2026-01-04T15:00:00Z', end: '2026-01-04T17:00:00Z', attendeeCount: 7 },
    ]);
  });
});

describe('GoToTraining session attendees → Attendance', () => {
  const attendees = z.array(reportAttendeeSchema).parse(fixture('session-attendees-5400000000000548720.json'));

  it('keeps those who attended, with the training name and minutes as seconds, and leaves out absentees', () => {
    expect(attendees).toHaveLength(4);
    expect(sessionAttendance(sessions[0]!, attendees)).toEqual([
      {
        vendor: 'gototraining',
        trainingName: 'Reporting for managers',
        name: 'Mia Moore',
        email: 'mia41@acme.example',
        registrantKey: null,
        sessionKey: '5400000000000548720',
        durationSeconds: 83 * 60,
        joins: [{ start: '2026-01-03T15:14:00Z', end: '2026-01-03T16:37:00Z' }],
      },
      {
        vendor: 'gototraining',
        trainingName: 'Reporting for managers',
        name: 'Fatima Hernandez',
        email: 'fatima60@globex.example',
        registrantKey: null,
        sessionKey: '5400000000000548720',
        durationSeconds: 106 * 60,
        joins: [{ start: '2026-01-03T15:02:00Z', end: '2026-01-03T16:48:00Z' }],
      },
    ]);
  });

  it('counts someone with time in session but no join spans as attended', () => {
    const [, , absent] = attendees;
    expect(sessionAttendance(sessions[0]!, [{ ...absent!, timeInSessionMinutes: 5 }])).toMatchObject([{ name: 'Amelia Fischer', durationSeconds: 300, joins: [] }]);
  });
});
