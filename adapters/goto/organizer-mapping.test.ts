import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { groupSchema, organizerSchema } from '../../clients/goto/meeting-types.js';
import { parseJson } from '../../clients/transport/json.js';
import type { Organizer } from '../../domain/organizers.js';
import { organizerStatusWire, productCode, toGroup, toOrganizer, toOrganizerInput } from './organizer-mapping.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"):
 * - organizers.json: `GET /G2M/rest/organizers`, trimmed to five organizers (one suspended, one with every product)
 * - groups.json: `GET /G2M/rest/groups`
 * Keys are int64 JSON numbers above 2^53 there, as GoTo prints them; each file is read the way the
 * client reads it: the transport's parseJson (which keeps big keys exact), then the client's schema.
 */
const fixture = (name: string) => parseJson(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

const organizers = z.array(organizerSchema).parse(fixture('organizers.json'));
const mapped = (organizerKey: string): Organizer => toOrganizer(organizers.find((o) => o.organizerKey === organizerKey)!);

describe('GoToMeeting organizer → Organizer', () => {
  it('maps the admin organizer, keeping its int64 keys exact', () => {
    expect(mapped('300000000000488229')).toEqual({
      vendor: 'gotomeeting',
      vendorId: '300000000000488229',
      firstName: 'Olive',
      lastName: 'Organizer',
      name: 'Olive Organizer',
      email: 'organizer@switchboard.test',
      groupKey: '500000000000078390',
      status: 'ACTIVE',
      products: ['MEETING', 'WEBINAR', 'TRAINING'],
      maxAttendees: 250,
    });
  });

  it('names every product code GoTo grants, OpenVoice included', () => {
    expect(mapped('300000000003190073').products).toEqual(['MEETING', 'WEBINAR', 'TRAINING', 'OPENVOICE']);
    expect(mapped('300000000000618500').products).toEqual(['MEETING', 'WEBINAR', 'OPENVOICE']);
    expect(mapped('300000000000707308')).toMatchObject({ products: ['MEETING'], maxAttendees: 101, groupKey: '500000000000373850' });
  });

  it('maps a suspended organizer (GoTo takes every product away)', () => {
    expect(mapped('300000000001777730')).toMatchObject({ vendorId: '300000000001777730', name: 'Chloe Wilson', status: 'SUSPENDED', products: [] });
  });

  it('leaves out a product code it does not know, and trims a missing last name', () => {
    const [olive] = organizers;
    expect(toOrganizer({ ...olive!, lastName: '', products: ['G2M', 'G2A'] })).toMatchObject({ name: 'Olive', products: ['MEETING'] });
  });
});

describe('GoToMeeting group → OrganizerGroup', () => {
  it('maps every group; a top-level group (its own key as parentKey) has no parent', () => {
    expect(z.array(groupSchema).parse(fixture('groups.json')).map(toGroup)).toEqual([
      { vendorId: '500000000000078390', name: 'Support', parentKey: null, organizerCount: 10 },
      { vendorId: '500000000000228704', name: 'Sales', parentKey: null, organizerCount: 5 },
      { vendorId: '500000000000253388', name: 'Customer Success', parentKey: null, organizerCount: 12 },
      { vendorId: '500000000000373850', name: 'Training', parentKey: null, organizerCount: 13 },
      { vendorId: '500000000000498970', name: 'Engineering', parentKey: null, organizerCount: 10 },
    ]);
  });
});

describe('organizer writes on the wire', () => {
  it('spells products as GoTo product codes and statuses in lower case', () => {
    expect([productCode('MEETING'), productCode('WEBINAR'), productCode('TRAINING'), productCode('OPENVOICE')]).toEqual(['G2M', 'G2W', 'G2T', 'OPENVOICE']);
    expect([organizerStatusWire('ACTIVE'), organizerStatusWire('SUSPENDED')]).toEqual(['active', 'suspended']);
  });

  it('signs up in a group only when one is given', () => {
    const person = { email: 'nora@switchboard.test', firstName: 'Nora', lastName: 'Van Dijk', product: 'WEBINAR' as const };
    expect(toOrganizerInput({ ...person, groupKey: '500000000000228704' })).toEqual({
      email: 'nora@switchboard.test',
      firstName: 'Nora',
      lastName: 'Van Dijk',
      productType: 'G2W',
      groupKey: '500000000000228704',
    });
    expect(toOrganizerInput({ ...person, groupKey: null })).toEqual({ email: 'nora@switchboard.test', firstName: 'Nora', lastName: 'Van Dijk', productType: 'G2W' });
    expect(toOrganizerInput(person)).not.toHaveProperty('groupKey');
  });
});
