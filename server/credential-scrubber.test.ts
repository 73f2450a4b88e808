import { describe, expect, it } from 'vitest';
import { createCredentialScrubber, credentialsIn } from './credential-scrubber.js';

describe('credentialsIn', () => {
  it('takes secret-named variables, API keys and the passwords in connection URLs, nothing else', () => {
    const found = credentialsIn({
      GOTO_CLIENT_SECRET: 'goto-client-secret-1',
      AMEYO_PASSWORD: 'ameyo-password-22',
      ZENDESK_TOKEN: 'zendesk-api-token-3',
      ZENDESK_EMAIL: 'agent@example.com',
      SWITCHBOARD_API_KEYS: 'viewer-key-000000:viewer, admin-key-1111111:admin',
      DATABASE_URL: 'postgresql://app:db%2Fpassword9@db.example.com/switchboard',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PORT: '4000',
    });
    expect(found.sort()).toEqual(['admin-key-1111111', 'ameyo-password-22', 'db/password9', 'goto-client-secret-1', 'viewer-key-000000', 'zendesk-api-token-3']);
  });
});

describe('createCredentialScrubber', () => {
  const scrub = createCredentialScrubber(['goto-client-secret-1', 'ameyo-pass"word-22', 'short']);

  it('removes every credential, also escaped inside JSON and URL-encoded', () => {
    expect(scrub('invalid client_secret goto-client-secret-1 given')).toBe('invalid client_secret [redacted] given');
    expect(scrub(JSON.stringify({ message: 'bad password ameyo-pass"word-22' }))).toBe('{"message":"bad password [redacted]"}');
    expect(scrub(`?p=${encodeURIComponent('ameyo-pass"word-22')}`)).toBe('?p=[redacted]');
  });

  it('leaves other text, and values too short to be credentials, alone', () => {
    expect(scrub('a short note')).toBe('a short note');
    expect(createCredentialScrubber([])('anything')).toBe('anything');
  });
});
