import { print } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SupportTeamsDocument } from '../clients/graphql/generated/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/** The token endpoints' own breakers (GoTo OAuth, Bomgar /oauth2/token), visible where operators look. */
const METRICS_TOKEN = 'token-breakers-metrics';
let gw: TestGateway;

beforeAll(async () => {
  gw = await startGateway({ env: { METRICS_TOKEN, UPSTREAM_RETRIES: '0', BREAKER_FAILURES: '2', BREAKER_COOLDOWN_MS: '600000' } });
});
afterAll(() => gw?.close());

async function teams(): Promise<unknown> {
  const response = await fetch(gw.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.admin}` },
    body: JSON.stringify({ query: print(SupportTeamsDocument), variables: { vendor: 'BOMGAR' } }),
  });
  return ((await response.json()) as { data: { teams: { unavailableVendors: unknown[] } } }).data.teams.unavailableVendors;
}

interface Readiness {
  vendors: { vendor: string; state: string; token?: string }[];
}

it('reports a Bomgar token endpoint breaker that opened after a 401, in /ready and the metrics', async () => {
  const before = (await (await fetch(`${gw.url}/ready`)).json()) as Readiness;
  expect(before.vendors).toContainEqual({ vendor: 'bomgar', state: 'closed', token: 'closed' });
  // GoTo's products share one OAuth endpoint, and each reports it.
  for (const vendor of ['gotomeeting', 'gotowebinar', 'gototraining', 'gotoassist']) expect(before.vendors).toContainEqual({ vendor, state: 'closed', token: 'closed' });
  expect(before.vendors.find((entry) => entry.vendor === 'zendesk')).toEqual({ vendor: 'zendesk', state: 'closed' });

  expect(await teams()).toEqual([]);
  const tokens = gw.app.vendors.bomgar!.tokenTransport!;
  const opened = new Promise<void>((resolve) => tokens.onBreakerStateChange((state) => state === 'open' && resolve()));
  // The API refuses the token once; every new token request then fails.
  await gw.sim.fault({ vendor: 'bomgar', path: '/oauth2/token', kind: 'status', status: 500 });
  await gw.sim.fault({ vendor: 'bomgar', path: '/api/*', kind: 'status', status: 401, times: 1 });
  try {
    expect(await teams()).toEqual([{ vendor: 'BOMGAR', code: expect.stringMatching(/^UPSTREAM_/) }]);
    expect(await teams()).toEqual([{ vendor: 'BOMGAR', code: expect.stringMatching(/^UPSTREAM_/) }]);
    await opened;
  } finally {
    await gw.sim.clearFaults();
  }

  const after = (await (await fetch(`${gw.url}/ready`)).json()) as Readiness;
  expect(after.vendors).toContainEqual({ vendor: 'bomgar', state: 'closed', token: 'open' });
  const metrics = await (await fetch(`${gw.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  expect(metrics).toMatch(/^upstream_token_breaker_state\{vendor="bomgar",state="open"\} 1$/m);
  expect(metrics).toMatch(/^upstream_token_breaker_state\{vendor="goto",state="closed"\} 1$/m);
});
