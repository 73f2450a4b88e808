// What the simulator redacts in its journal, status page and fixtures, and how record mode pseudonymises
// personal data (pure functions; simulator/ has no unit-test project of its own).
import { describe, expect, it } from 'vitest';
import { FixtureScrubber } from '../simulator/core/record/fixture-scrubber.js';
import { redactBody, redactHeaders, redactQuery } from '../simulator/core/redact.js';
import { includesJson } from '../simulator/core/request-pattern.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('redaction', () => {
  it('keeps the scheme of Authorization and redacts credential headers whole', () => {
    expect(
      redactHeaders({ authorization: 'Bearer abc.def', cookie: 'a=b', 'x-api-key': 'k', sessionid: 's', accept: 'application/json', 'x-forwarded': `t ${JWT}` }),
    ).toEqual({ authorization: 'Bearer [redacted]', cookie: '[redacted]', 'x-api-key': '[redacted]', sessionid: '[redacted]', accept: 'application/json', 'x-forwarded': 't [redacted]' });
  });

  it('redacts credential parameters in queries and forms, JSON inside form fields, and keeps the rest byte for byte', () => {
    expect(redactQuery('username=api&password=p%40ss&action=get_logged_in_reps&page%5Bsize%5D=2')).toBe(
      'username=api&password=%5Bredacted%5D&action=get_logged_in_reps&page%5Bsize%5D=2',
    );
    expect(redactQuery('grant_type=authorization_code&code=abc&sessionId=42')).toBe('grant_type=authorization_code&code=%5Bredacted%5D&sessionId=%5Bredacted%5D');
    expect(decodeURIComponent(redactQuery(`data=${encodeURIComponent('{"userId":"switchboard","password":"pw","terminal":"t"}')}`))).toBe(
      'data={"userId":"switchboard","password":"[redacted]","terminal":"t"}',
    );
  });

  it('redacts secret-named JSON members (even in a body cut short) but not record ids or codes', () => {
    expect(redactBody('application/json', '{"access_token":"a\\"b","token_type":"Bearer","expires_in":3600,"sessionId":"g2a-1","code":"E1"}')).toBe(
      '{"access_token":"[redacted]","token_type":"[redacted]","expires_in":3600,"sessionId":"g2a-1","code":"E1"}',
    );
    expect(redactBody('application/json', '{"user":{"id":1},"refresh_token":"abcdef')).toBe('{"user":{"id":1},"refresh_token":"[redacted]"');
    expect(redactBody('text/plain', `jwt is ${JWT}`)).toBe('jwt is [redacted]');
  });
});

describe('fixture scrubbing', () => {
  it('pseudonymises people consistently within a recording, keeps ids, removes configured secrets', () => {
    const scrubber = new FixtureScrubber(['very-secret-token']);
    const user = scrubber.body('application/json', '{"id":367120000000001,"name":"Avery Agent","email":"Agent@Switchboard.test","phone":"+14155550123","role":"agent"}');
    const again = scrubber.body('application/json', '{"requester":{"id":367120000000001,"email":"agent@switchboard.test"},"note":"echo very-secret-token"}');
    const parsed = JSON.parse(user) as Record<string, unknown>;
    expect(parsed).toMatchObject({ id: 367120000000001, role: 'agent' });
    expect(parsed.name).toMatch(/^Person [0-9a-f]{8}$/);
    expect(parsed.email).toMatch(/^person-[0-9a-f]{10}@example\.com$/);
    expect(parsed.phone).toMatch(/^\+1555\d{6}$/);
    expect(JSON.parse(again)).toEqual({ requester: { id: 367120000000001, email: parsed.email }, note: 'echo [redacted]' });
    // Another recording: other pseudonyms.
    expect(JSON.parse(new FixtureScrubber().body('application/json', '{"email":"agent@switchboard.test"}')).email).not.toBe(parsed.email);
  });

  it('scrubs XML elements, forms, queries and paths', () => {
    const scrubber = new FixtureScrubber();
    const xml = scrubber.body('text/xml', '<rep id="7"><username>jdoe</username><display_name>Jane Doe</display_name><email>jane@example.org</email></rep>');
    expect(xml).toMatch(/^<rep id="7"><username>Person [0-9a-f]{8}<\/username><display_name>Person [0-9a-f]{8}<\/display_name><email>person-[0-9a-f]{10}@example\.com<\/email><\/rep>$/);
    expect(scrubber.query('query=requester%3Ajane%40example.org&per_page=7')).toMatch(/^query=requester%3Aperson-[0-9a-f]{10}%40example\.com&per_page=7$/);
    expect(scrubber.body('application/x-www-form-urlencoded', 'phone=4155550123&campaignId=3')).toMatch(/^phone=%2B1555\d{6}&campaignId=3$/);
    expect(scrubber.path('/G2M/rest/organizers/jane%40example.org/meetings')).toMatch(/^\/G2M\/rest\/organizers\/person-[0-9a-f]{10}%40example\.com\/meetings$/);
  });
});

describe('request body matching', () => {
  it('includes objects key by key, arrays element by element, form strings as numbers', () => {
    expect(includesJson({ ticket: { priority: 'urgent' } }, { ticket: { priority: 'urgent', subject: 'x' } })).toBe(true);
    expect(includesJson({ ticket: { priority: 'urgent' } }, { ticket: { priority: 'low' } })).toBe(false);
    expect(includesJson({ ids: [1, 2] }, { ids: [1, 2] })).toBe(true);
    expect(includesJson({ ids: [1] }, { ids: [1, 2] })).toBe(false);
    expect(includesJson({ campaignId: 3 }, { campaignId: '3' })).toBe(true);
    expect(includesJson({ a: null }, {})).toBe(false);
  });
});
