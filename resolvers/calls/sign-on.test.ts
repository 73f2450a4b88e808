import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { signHs256, zendeskReturnUrl } from './sign-on.js';

const SECRET = 'shared-sso-secret-of-at-least-32-bytes!';
const key = (secret: string) => new TextEncoder().encode(secret);

describe('signHs256', () => {
  const claims = { iat: 1_893_553_445, jti: '9b2f6c1e-0000-4000-8000-000000000001', email: 'ann@example.com', name: 'Ann Ó Briain', external_id: 'ann@example.com' };

  it('is a JWT a standard library verifies with the shared secret, carrying the claims as given', async () => {
    const jwt = signHs256(claims, SECRET);
    const { payload, protectedHeader } = await jwtVerify(jwt, key(SECRET), { algorithms: ['HS256'], currentDate: new Date(claims.iat * 1000) });
    expect(protectedHeader).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(payload).toEqual(claims);
  });

  it('is three base64url parts with no padding, signed over the first two', () => {
    const jwt = signHs256(claims, SECRET);
    const parts = jwt.split('.');
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeProtectedHeader(jwt)).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(parts[2]).toBe(createHmac('sha256', SECRET).update(`${parts[0]}.${parts[1]}`).digest('base64url'));
  });

  it('has no padding and no + or / in any part, whatever the length and bytes of the claims', async () => {
    for (const name of ['A', 'Ab', 'Abc', '???>>>', 'Zoë ~ Ŝ']) {
      const jwt = signHs256({ ...claims, name }, SECRET);
      expect(jwt).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect((await jwtVerify(jwt, key(SECRET), { algorithms: ['HS256'], currentDate: new Date(claims.iat * 1000) })).payload.name).toBe(name);
    }
  });

  it('does not verify with another secret', async () => {
    await expect(jwtVerify(signHs256(claims, SECRET), key('another-secret-of-at-least-32-bytes!!'), { algorithms: ['HS256'] })).rejects.toThrow(/signature/i);
  });

  it('signs other claims differently', () => {
    expect(signHs256({ ...claims, email: 'bob@example.com' }, SECRET).split('.')[2]).not.toBe(signHs256(claims, SECRET).split('.')[2]);
  });
});

describe('zendeskReturnUrl', () => {
  const ACCOUNT = 'https://acme.zendesk.com';

  it('resolves a path under the account URL', () => {
    expect(zendeskReturnUrl('/agent/tickets/1', ACCOUNT)).toBe('https://acme.zendesk.com/agent/tickets/1');
    expect(zendeskReturnUrl('/agent/tickets/1?x=1#top', `${ACCOUNT}/`)).toBe('https://acme.zendesk.com/agent/tickets/1?x=1#top');
  });

  it('keeps an absolute URL on the Zendesk host', () => {
    expect(zendeskReturnUrl('https://acme.zendesk.com/agent/tickets/2', ACCOUNT)).toBe('https://acme.zendesk.com/agent/tickets/2');
  });

  it.each([
    ['another host', 'https://evil.example/agent'],
    ['a host that only starts like it', 'https://acme.zendesk.com.evil.example/'],
    ['another scheme', 'http://acme.zendesk.com/agent'],
    ['another port', 'https://acme.zendesk.com:8443/agent'],
    ['credentials', 'https://user:pass@acme.zendesk.com/agent'],
    ['a password alone', 'https://:pass@acme.zendesk.com/agent'],
    ['a username alone', 'https://evil.example@acme.zendesk.com/agent'],
    ['a protocol-relative URL', '//evil.example/agent'],
    ['a backslash browsers read as a slash', '/\\evil.example/agent'],
    ['a backslash anywhere', 'https://acme.zendesk.com\\@evil.example/'],
    ['a tab inside', '/\t/evil.example'],
    ['a newline inside', '/agent\n/tickets'],
    ['a leading space', ' https://evil.example/'],
    ['a NUL', '/agent\u0000'],
    ['a DEL', '/agent\u007f'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'agent/tickets/1'],
    ['nothing URL-like', 'not a url'],
  ])('refuses %s', (_, returnTo) => {
    expect(zendeskReturnUrl(returnTo, ACCOUNT)).toBeNull();
  });

  describe('under an account URL with a path (the simulator: <origin>/zendesk)', () => {
    const MOUNTED = 'http://127.0.0.1:4010/zendesk';

    it('resolves a path under that path', () => {
      expect(zendeskReturnUrl('/agent/tickets/1', MOUNTED)).toBe('http://127.0.0.1:4010/zendesk/agent/tickets/1');
      expect(zendeskReturnUrl('/agent/tickets/1', `${MOUNTED}//`)).toBe('http://127.0.0.1:4010/zendesk/agent/tickets/1');
    });

    it('keeps an absolute URL under that path, and the path itself', () => {
      expect(zendeskReturnUrl('http://127.0.0.1:4010/zendesk/agent', MOUNTED)).toBe('http://127.0.0.1:4010/zendesk/agent');
      expect(zendeskReturnUrl('http://127.0.0.1:4010/zendesk', MOUNTED)).toBe('http://127.0.0.1:4010/zendesk');
    });

    it('refuses the same host outside that path, and a sibling path that only starts like it', () => {
      expect(zendeskReturnUrl('http://127.0.0.1:4010/admin', MOUNTED)).toBeNull();
      expect(zendeskReturnUrl('http://127.0.0.1:4010/zendesk-evil/agent', MOUNTED)).toBeNull();
    });

    it('resolves dot segments before the check', () => {
      expect(zendeskReturnUrl('/../admin', MOUNTED)).toBeNull();
      expect(zendeskReturnUrl('/agent/../../admin', MOUNTED)).toBeNull();
      expect(zendeskReturnUrl('http://127.0.0.1:4010/zendesk/../admin', MOUNTED)).toBeNull();
      expect(zendeskReturnUrl('/agent/../tickets/1', MOUNTED)).toBe('http://127.0.0.1:4010/zendesk/tickets/1');
    });

    it('refuses a protocol-relative URL rather than reading it as a path', () => {
      expect(zendeskReturnUrl('//evil.example/agent', MOUNTED)).toBeNull();
      expect(zendeskReturnUrl('//127.0.0.1:4010/zendesk/agent', MOUNTED)).toBeNull();
    });

    it('refuses percent-encoded dot segments that would leave it', () => {
      expect(zendeskReturnUrl('/%2e%2e/admin', MOUNTED)).toBeNull();
    });
  });
});
