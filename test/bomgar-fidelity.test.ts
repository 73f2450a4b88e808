import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBomgarClient, type BomgarClient } from '../clients/bomgar/client.js';
import { attr, children, parseXmlDocument } from '../clients/bomgar/xml.js';
import { BOMGAR_CREDENTIALS } from '../simulator/bomgar/index.js';
import { startSimulator } from '../simulator/server.js';
import { upstreamFailure } from './support/upstream-failure.js';

// One simulator for the file, never reset: no test here depends on another's absence of changes.
let started: Awaited<ReturnType<typeof startSimulator>> | undefined;
beforeAll(async () => {
  started = await startSimulator({ seed: 42 });
});
afterAll(() => started?.close());
const sim = () => started!;

function oauthClient(): BomgarClient {
  return createBomgarClient({ baseUrl: `${sim().url}/bomgar`, clientId: BOMGAR_CREDENTIALS.clientId, clientSecret: BOMGAR_CREDENTIALS.clientSecret, transport: { retries: 0 } });
}

/** The legacy API user, against the current site: the client posts to the `.ns` URLs. */
function legacyUserOnCurrentSite(): BomgarClient {
  return createBomgarClient({ baseUrl: `${sim().url}/bomgar`, username: BOMGAR_CREDENTIALS.username, password: BOMGAR_CREDENTIALS.password, transport: { retries: 0 } });
}

describe('Bomgar simulator: health, schema, legacy parameters and custom attributes', () => {
  it('answers check_health with the appliance, its version and failover role; /check_health is a plain probe', async () => {
    const health = await oauthClient().checkHealth();
    expect(health).toEqual({ appliance: '127.0.0.1', applianceId: expect.stringMatching(/^[0-9a-f]{32}$/), version: expect.stringContaining('build'), healthy: true, errorMessage: null, failoverRole: 'none' });
    const probe = await fetch(`${sim().url}/bomgar/check_health`);
    expect(probe.status).toBe(200);
  });

  it('takes username and password on /api/command.ns and /api/reporting.ns of the current site, not on /api/command', async () => {
    const client = legacyUserOnCurrentSite();
    expect((await client.checkHealth()).healthy).toBe(true);
    expect((await client.loggedInReps()).length).toBeGreaterThan(0);
    const { username, password } = BOMGAR_CREDENTIALS;
    const report = await fetch(`${sim().url}/bomgar/api/reporting.ns`, { method: 'POST', body: new URLSearchParams({ generate_report: 'SupportSessionListing', start_time: '0', duration: '0', username, password }) });
    expect(await report.text()).toContain('<session_summary_list xmlns="https://www.beyondtrust.com/namespaces/API/reporting">');
    const wrong = await fetch(`${sim().url}/bomgar/api/command.ns`, { method: 'POST', body: new URLSearchParams({ action: 'check_health', username, password: 'nope' }) });
    expect(wrong.status).toBe(401);
    const plain = await fetch(`${sim().url}/bomgar/api/command?${new URLSearchParams({ action: 'check_health', username, password })}`);
    expect(plain.status, 'without .ns the current site takes OAuth only').toBe(401);
  });

  it('serves /api/command.xsd without credentials, in each site’s namespace, naming every root it answers with', async () => {
    for (const [site, namespace] of [
      ['', 'https://www.beyondtrust.com/namespaces/API/command'],
      ['/sites/legacy', 'http://www.bomgar.com/namespaces/API/command'],
    ] as const) {
      const response = await fetch(`${sim().url}/bomgar${site}/api/command.xsd`);
      expect(response.status).toBe(200);
      const schema = parseXmlDocument(await response.text());
      expect([schema.root, attr(schema.element, 'targetNamespace')]).toEqual(['schema', namespace]);
      const roots = children(schema.element, 'element').map((element) => attr(element, 'name'));
      expect(roots).toEqual(expect.arrayContaining(['error', 'success', 'logged_in_reps', 'support_teams', 'session_key', 'custom_attributes', 'api_information', 'health_check']));
    }
  });

  it('carries session.custom.* from generate_session_key onto the session the customer starts, within the documented limits', async () => {
    const client = oauthClient();
    const key = await client.generateSessionKey({ queue: { kind: 'general' }, externalKey: '19856122753302', customAttributes: { crm_case: 'CASE-42' } });
    const started = await fetch(client.startSessionUrl({ shortKey: key.shortKey, customerName: 'Dana Customer' }));
    const lsid = started.headers.get('x-simulator-lsid')!;
    expect(await client.sessionAttributes(lsid)).toEqual({ external_key: '19856122753302', crm_case: 'CASE-42' });
    const [session] = await client.supportSessionsByLsid([lsid]);
    expect(session?.externalKey).toBe('19856122753302');

    const tooLong = await upstreamFailure(client.generateSessionKey({ queue: { kind: 'general' }, customAttributes: { note: 'x'.repeat(1025) } }));
    expect(tooLong.vendorMessage).toBe('session.custom.note must be at most 1024 characters');
    const tooMuch = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`field${i}`, 'y'.repeat(1000)]));
    expect((await upstreamFailure(client.generateSessionKey({ queue: { kind: 'general' }, customAttributes: tooMuch }))).vendorMessage).toContain('10240 characters together');
  });
});
