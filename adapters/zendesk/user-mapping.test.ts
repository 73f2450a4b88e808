import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, envelopes } from '../../clients/zendesk/envelopes.js';
import { parseJson } from '../../clients/transport/json.js';
import { toContact, toZendeskNewUser, userSearchByPhones } from './user-mapping.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"):
 * users.json: `GET /zendesk/api/v2/users.json?page[size]=100`, trimmed to an agent and three end-users.
 * Read the way clients/zendesk/client.ts reads it: the transport's parseJson, then the envelope (ids become strings).
 */
const body = parseJson(readFileSync(new URL('./fixtures/users.json', import.meta.url), 'utf8'));
const users = decodeEnvelope(envelopes.users, body, { method: 'GET', path: '/api/v2/users' }).users;
const user = (id: string) => users.find((record) => record.id === id)!;

describe('Zendesk user → Contact', () => {
  it('holds the four recorded users, ids as strings', () => {
    expect(users.map((record) => [record.id, record.role])).toEqual([
      ['367120001218624', 'agent'],
      ['367120007121984', 'end-user'],
      ['367120008554928', 'end-user'],
      ['367120011085552', 'end-user'],
    ]);
  });

  it('maps an end-user with a phone and an external id', () => {
    expect(toContact(user('367120007121984'))).toEqual({
      vendor: 'zendesk',
      vendorId: '367120007121984',
      name: 'Yuki Silva',
      email: 'yuki.silva@globex.example',
      phone: '+442079460465',
      role: 'end-user',
      externalId: 'crm-37778',
      createdAt: '2024-09-30T14:47:43Z',
      updatedAt: '2024-10-23T14:47:43Z',
    });
  });

  it('keeps the phone as the helpdesk stores it', () => {
    expect(toContact(user('367120008554928')).phone).toBe('(312) 555-0125');
  });

  it('maps staff with their role, and no phone or external id as null', () => {
    expect(toContact(user('367120001218624'))).toMatchObject({ name: 'Avery Agent', email: 'agent@switchboard.test', role: 'agent', phone: null, externalId: null });
    expect(toContact(user('367120011085552'))).toMatchObject({ name: 'Grace Haddad', role: 'end-user', phone: null, externalId: null });
  });

  it('reads a user without a role as an end-user', () => {
    expect(toContact({ ...user('367120011085552'), role: null }).role).toBe('end-user');
  });
});

describe('NewContact → Zendesk user body', () => {
  it('makes an end-user with every field given', () => {
    expect(toZendeskNewUser({ name: 'Kim Park', email: 'kim@example.com', phone: '+442079460001', externalId: 'crm-1' })).toEqual({
      name: 'Kim Park',
      role: 'end-user',
      email: 'kim@example.com',
      phone: '+442079460001',
      external_id: 'crm-1',
    });
  });

  it('leaves out fields not given', () => {
    expect(toZendeskNewUser({ name: 'Kim Park', email: null, phone: undefined, externalId: '' })).toEqual({ name: 'Kim Park', role: 'end-user' });
  });
});

describe('phone search', () => {
  it('ORs every spelling of the number, quoting the ones with spaces or brackets', () => {
    expect(userSearchByPhones(['+13125550125', '(312) 555-0125', '312-555-0125'])).toBe('phone:+13125550125 phone:"(312) 555-0125" phone:312-555-0125');
  });
});
