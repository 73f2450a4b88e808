import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, envelopes } from '../../clients/ameyo/envelopes.js';
import { parseJson } from '../../clients/transport/json.js';
import { ameyoUserIdForEmail } from './user-mapping.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"):
 * users.json is `GET /ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers`, read the way
 * clients/ameyo/client.ts reads it: the transport's parseJson, then the envelope's schema.
 */
const body = parseJson(readFileSync(new URL('./fixtures/users.json', import.meta.url), 'utf8'));
const users = decode(envelopes.users, body, { method: 'GET', path: '/ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers' });

describe('ameyoUserIdForEmail on the recorded users', () => {
  it('finds a user by its email, whatever its case', () => {
    expect(ameyoUserIdForEmail(users, 'fatima.schmidt@switchboard.test')).toBe('fatima.schmidt');
    expect(ameyoUserIdForEmail(users, 'Agent@Switchboard.TEST')).toBe('agent');
  });

  it('finds a user whose userId is the email', () => {
    const byUserId = [...users, { userId: 'Kim@Example.com', userName: 'Kim', userType: 'Executive', emailId: null }];
    expect(ameyoUserIdForEmail(byUserId, 'kim@example.com')).toBe('Kim@Example.com');
  });

  it('is null for an email nobody has', () => {
    expect(ameyoUserIdForEmail(users, 'nobody@switchboard.test')).toBeNull();
  });
});
