import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

/** The audit's own requests, each with a viewer's key added. */
const authenticatedFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${gw.keys.viewer}`);
  return fetch(input, { ...init, headers });
};

describe('GraphQL over HTTP (graphql-http audit)', () => {
  const audits = serverAudits({ url: () => gw.graphqlUrl, fetchFn: authenticatedFetch });
  const musts = audits.filter((audit) => audit.name.startsWith('MUST'));

  it('has MUST audits to run', () => {
    expect(musts.length).toBeGreaterThanOrEqual(13);
  });

  for (const audit of musts) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status === 'ok' ? 'ok' : `${result.status}: ${'reason' in result ? result.reason : ''}`).toBe('ok');
    });
  }
});
