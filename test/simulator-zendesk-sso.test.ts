// Zendesk JWT SSO in the simulator: a good token signs in and goes to return_to; a refused one goes
// to the account's remote logout URL with kind=error and the reason, and signs nobody in.
import { createHmac, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../simulator/server.js';
import { useFreshSimulator } from './support/fresh-simulator.js';

type Json = Record<string, unknown>;
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

const AGENT = `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}`;
const RETURN_TO = 'https://app.example/after';

const sign = (claims: Json, secret = 'simulator-sso-secret'): string => {
  const part = (value: Json): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ typ: 'JWT', alg: 'HS256' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
};

describe('Zendesk simulator JWT SSO', () => {
  const simulator = useFreshSimulator(42);
  const get = async (url: string, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(url.startsWith('http') ? url : `${simulator().url}/zendesk${url}`, { headers, redirect: 'manual' });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const sso = (query: string): Promise<Answer> => get(`/access/jwt?${query}`);
  const now = async (): Promise<number> => Math.floor(Date.parse(((await (await fetch(`${simulator().url}/_sim/clock`)).json()) as { now: string }).now) / 1000);
  const usersByEmail = async (email: string): Promise<number> =>
    ((await (await fetch(`${simulator().url}/zendesk/api/v2/search.json?query=${encodeURIComponent(`type:user email:${email}`)}`, { headers: { Authorization: AGENT } })).json()) as { count: number }).count;

  /** The refusal: a 302 to the logout URL with kind=error and a message, no session, not return_to. */
  const expectRefused = (answer: Answer, logoutUrl: string): string => {
    expect(answer.status).toBe(302);
    expect(answer.headers.get('set-cookie')).toBeNull();
    const location = answer.headers.get('location') ?? '';
    expect(location.startsWith(RETURN_TO)).toBe(false);
    expect(location.startsWith(`${logoutUrl}?`) || location.startsWith(`${logoutUrl}&`)).toBe(true);
    const params = new URL(location).searchParams;
    expect(params.get('kind')).toBe('error');
    return params.get('message') ?? '';
  };


  it('redirects a good token to return_to and signs the user in', async () => {
    const jwt = sign({ iat: await now(), jti: randomUUID(), email: 'sam.sso@example.com', name: 'Sam Sso', external_id: 'crm-sso-1' });
    const answer = await sso(`jwt=${jwt}&return_to=${encodeURIComponent(RETURN_TO)}`);
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe(RETURN_TO);
    const cookie = answer.headers.get('set-cookie')?.split(';')[0] ?? '';
    const page = await get('/agent', { Cookie: cookie });
    expect(page.text).toContain('Sam Sso');
    const user = (await (await fetch(`${simulator().url}/zendesk/api/v2/users/search.json?external_id=crm-sso-1`, { headers: { Authorization: AGENT } })).json()) as { users: { email: string }[] };
    expect(user.users[0]?.email).toBe('sam.sso@example.com');
  });

  it('redirects to the agent home without return_to, also for a form POST', async () => {
    const jwt = sign({ iat: await now(), jti: randomUUID(), email: 'agent@switchboard.test', name: 'Avery Agent' });
    const res = await fetch(`${simulator().url}/zendesk/access/jwt`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `jwt=${jwt}` });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${simulator().url}/zendesk/agent`);
  });

  it('sends a bad signature, a stale iat, a replayed jti and missing claims to the logout URL with the reason', async () => {
    const logout = `${simulator().url}/zendesk/access/logout`;
    const iat = await now();
    const attempt = (claims: Json, secret?: string): Promise<Answer> => sso(`jwt=${sign(claims, secret)}&return_to=${encodeURIComponent(RETURN_TO)}`);

    const forged = await attempt({ iat, jti: randomUUID(), email: 'forged@example.com', name: 'F' }, 'not-the-secret');
    expect(expectRefused(forged, logout)).toContain('signature');
    const stale = await attempt({ iat: iat - 600, jti: randomUUID(), email: 'stale@example.com', name: 'S' });
    expect(expectRefused(stale, logout)).toContain('iat');
    const noEmail = await attempt({ iat, jti: randomUUID(), name: 'Nobody' });
    expect(expectRefused(noEmail, logout)).toContain('email');
    const noJti = await attempt({ iat, email: 'nojti@example.com', name: 'N' });
    expect(expectRefused(noJti, logout)).toContain('jti');
    for (const email of ['forged@example.com', 'stale@example.com', 'nojti@example.com']) expect(await usersByEmail(email)).toBe(0);

    const jwt = sign({ iat, jti: randomUUID(), email: 'x@example.com', name: 'X' });
    const first = await sso(`jwt=${jwt}&return_to=${encodeURIComponent(RETURN_TO)}`);
    expect([first.status, first.headers.get('location')]).toEqual([302, RETURN_TO]);
    const replay = await sso(`jwt=${jwt}&return_to=${encodeURIComponent(RETURN_TO)}`);
    expect(expectRefused(replay, logout)).toContain('jti');

    // No token at all is not a sign-in attempt: still a plain 400.
    expect((await sso('')).status).toBe(400);
  });

  it("serves its own logout page, which shows Zendesk's message", async () => {
    const forged = await sso(`jwt=${sign({ iat: await now(), jti: randomUUID(), email: 'y@example.com', name: 'Y' }, 'wrong')}`);
    const page = await get(forged.headers.get('location') ?? '');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('Sign-in failed');
    expect(page.text).toContain('signature');
  });

  it('redirects refusals to the configured zendeskSsoLogoutUrl, keeping its own query', async () => {
    const custom = await startSimulator({ seed: 42, zendeskSsoLogoutUrl: 'https://idp.example/logout?brand=7' });
    try {
      const clock = (await (await fetch(`${custom.url}/_sim/clock`)).json()) as { now: string };
      const jwt = sign({ iat: Math.floor(Date.parse(clock.now) / 1000), jti: randomUUID(), email: 'z@example.com', name: 'Z' }, 'wrong');
      const res = await fetch(`${custom.url}/zendesk/access/jwt?jwt=${jwt}`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      const location = res.headers.get('location') ?? '';
      expect(location).toMatch(/^https:\/\/idp\.example\/logout\?brand=7&kind=error&message=/);
      expect(new URL(location).searchParams.get('message')).toContain('signature');
    } finally {
      await custom.close();
    }
  });
});
