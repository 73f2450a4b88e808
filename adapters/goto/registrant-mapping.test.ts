import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { trainingRegistrantSchema } from '../../clients/goto/training-types.js';
import { registrantSchema } from '../../clients/goto/webinar-types.js';
import { parseJson } from '../../clients/transport/json.js';
import { toRegistrant, toRegistration } from './registrant-mapping.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"):
 * - webinar-registrants-6587712837543904067.json: GoToWebinar `GET /organizers/300000000002243462/webinars/6587712837543904067/registrants`,
 *   trimmed to two approved registrants and the waiting one (registrant keys as int64 JSON numbers)
 * - training-registrants-5300000000000427971.json: GoToTraining `GET /organizers/300000000003891153/trainings/5300000000000427971/registrants`,
 *   trimmed to three (`givenName`/`surname`, keys as strings)
 * Each is read the way the client reads it: the transport's parseJson (which keeps big keys exact), then the client's schema.
 */
const fixture = (name: string) => parseJson(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

const WEBINAR = '300000000002243462.6587712837543904067';
const TRAINING = '300000000003891153.5300000000000427971';
const webinarRegistrants = z.array(registrantSchema).parse(fixture('webinar-registrants-6587712837543904067.json'));
const trainingRegistrants = z.array(trainingRegistrantSchema).parse(fixture('training-registrants-5300000000000427971.json'));

describe('GoToWebinar registrant → Registrant', () => {
  it('maps an approved registrant under its webinar, keeping the int64 registrant key exact', () => {
    expect(toRegistrant('gotowebinar', WEBINAR, webinarRegistrants[0]!)).toEqual({
      vendor: 'gotowebinar',
      vendorId: '300000000002243462.6587712837543904067.8100000000011392018',
      registrantKey: '8100000000011392018',
      eventVendorId: WEBINAR,
      firstName: 'Sven',
      lastName: 'Martinez',
      name: 'Sven Martinez',
      email: 'sven.martinez@acme.example',
      status: 'APPROVED',
      registeredAt: '2025-12-14T18:00:00Z',
      joinUrl: 'https://global.gotowebinar.com/join/6587712837543904067/8100000000011392018',
    });
  });

  it('reads each status GoTo gives, whatever its case; one it does not know is WAITING', () => {
    expect(webinarRegistrants.map((r) => toRegistrant('gotowebinar', WEBINAR, r).status)).toEqual(['APPROVED', 'APPROVED', 'WAITING']);
    const [sven] = webinarRegistrants;
    expect(toRegistrant('gotowebinar', WEBINAR, { ...sven!, status: 'denied' }).status).toBe('DENIED');
    expect(toRegistrant('gotowebinar', WEBINAR, { ...sven!, status: 'CANCELLED' }).status).toBe('WAITING');
  });
});

describe('GoToTraining registrant → Registrant', () => {
  it('maps a registrant (given name and surname) under its training', () => {
    expect(toRegistrant('gototraining', TRAINING, trainingRegistrants[1]!)).toEqual({
      vendor: 'gototraining',
      vendorId: '300000000003891153.5300000000000427971.8100000000024527527',
      registrantKey: '8100000000024527527',
      eventVendorId: TRAINING,
      firstName: 'Mia',
      lastName: 'Moore',
      name: 'Mia Moore',
      email: 'mia41@acme.example',
      status: 'APPROVED',
      registeredAt: '2025-12-30T15:00:00Z',
      joinUrl: 'https://global.gototraining.com/join/training/5300000000000427971/8100000000024527527',
    });
  });
});

describe('a registration → the registrant and whether it is new', () => {
  it('says whether GoTo registered the person now or had them already', () => {
    const [amelia] = trainingRegistrants;
    expect(toRegistration('gototraining', TRAINING, { created: true, registrant: amelia! })).toEqual({ created: true, registrant: toRegistrant('gototraining', TRAINING, amelia!) });
    expect(toRegistration('gototraining', TRAINING, { created: false, registrant: amelia! })).toMatchObject({ created: false, registrant: { vendorId: `${TRAINING}.8100000000024426139`, email: 'amelia.fischer@acme.example' } });
  });
});
