import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentSignOnDocument } from '../clients/graphql/generated/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;

beforeAll(async () => {
  // Only the agent key is linked to a person here.
  gw = await startGateway({ env: { SWITCHBOARD_AGENT_EMAILS: 'agent=agent@switchboard.test' } });
  // The simulator checks `iat` against its virtual clock: bring that clock to the gateway's time.
  const { now } = (await (await gw.sim.call('/_sim/clock')).json()) as { now: string };
  await gw.sim.call('/_sim/clock', { advanceMs: Math.max(0, Date.now() - Date.parse(now)) });
});
afterAll(() => gw?.close());

async function signOn(returnTo?: string): Promise<string> {
  const { body } = await gw.run(AgentSignOnDocument, { returnTo }, 'agent');
  const result = body.data!.agentSignOn!;
  if (result.__typename !== 'MutationAgentSignOnSuccess') throw new Error(JSON.stringify(result));
  return result.signOn.url;
}

/** Follows nothing: what Zendesk answers to the browser opening the URL. */
async function open(url: string): Promise<{ status: number; location: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location') ?? '' };
}

function claimsOf(url: string): Record<string, unknown> {
  const jwt = new URL(url).searchParams.get('jwt')!;
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('agentSignOn', () => {
  it('signs the calling agent in to Zendesk at returnTo, once', async () => {
    const url = await signOn('/agent/tickets/19856122753300');
    expect(url.startsWith(`${gw.simulatorUrl}/zendesk/access/jwt?jwt=`)).toBe(true);
    const claims = claimsOf(url);
    expect(claims).toMatchObject({ email: 'agent@switchboard.test', name: 'Avery Agent', external_id: expect.any(String) });
    expect(claims['jti']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Math.abs((claims['iat'] as number) - Date.now() / 1000)).toBeLessThan(60);
    expect(url).not.toContain(gw.app.config.zendeskSsoSecret!);

    const first = await open(url);
    expect(first).toEqual({ status: 302, location: `${gw.simulatorUrl}/zendesk/agent/tickets/19856122753300` });
    const replay = await open(url);
    expect(replay.status).toBe(302);
    expect(decodeURIComponent(replay.location)).toContain('kind=error&message=JWT has already been used');
  });

  it('is refused by Zendesk when the token is tampered with', async () => {
    const url = new URL(await signOn());
    const [header, , signature] = url.searchParams.get('jwt')!.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claimsOf(url.toString()), email: 'admin@switchboard.test' })).toString('base64url');
    url.searchParams.set('jwt', `${header}.${forged}.${signature}`);
    const refused = await open(url.toString());
    expect(refused.status).toBe(302);
    expect(decodeURIComponent(refused.location)).toContain('kind=error&message=JWT signature invalid');
  });

  it('only returns to Zendesk, and only for agents', async () => {
    const zendesk = `${gw.simulatorUrl}/zendesk`;
    // Each would send a freshly signed-in agent elsewhere: another host, a protocol-relative
    // path (browsers read `/\` as `//`), dot segments out of the account, credentials, a script.
    const elsewhere = [
      'https://evil.example/steal',
      '//evil.example/steal',
      '/\\evil.example/steal',
      '/%2e%2e/_sim/reset',
      '/agent/../../_sim/reset',
      `${gw.simulatorUrl}/_sim/reset`,
      `${zendesk}.evil.example/agent`,
      zendesk.replace('://', '://user:pass@'),
      'javascript:alert(document.cookie)',
      '/agent\t/tickets',
    ];
    for (const returnTo of elsewhere) {
      const { body } = await gw.run(AgentSignOnDocument, { returnTo }, 'agent');
      expect(body.data!.agentSignOn, returnTo).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'returnTo' }] });
    }
    // A URL in the account is kept as it is; a path becomes that URL.
    const inside = `${zendesk}/agent/tickets/19856122753300?tab=calls#top`;
    expect(new URL(await signOn(inside)).searchParams.get('return_to')).toBe(inside);
    expect(new URL(await signOn('/agent/tickets/1')).searchParams.get('return_to')).toBe(`${zendesk}/agent/tickets/1`);
    const viewer = await gw.run(AgentSignOnDocument, {}, 'viewer');
    expect(viewer.body.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
    const unlinked = await gw.run(AgentSignOnDocument, {}, 'admin');
    expect(unlinked.body.data!.agentSignOn).toBeNull();
    expect(unlinked.body.errors![0]!.extensions!['code']).toBe('AGENT_NOT_LINKED');
  });
});
