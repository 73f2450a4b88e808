import { afterAll, beforeAll, expect, it } from 'vitest';
import { GoToMeetingsDocument, TicketsDocument } from '../clients/graphql/generated/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/** One scrubber over every configured credential: a vendor that echoes another vendor's secret leaks it nowhere. */
const logged: string[] = [];
let gw: TestGateway;
let secrets: { ameyoPassword: string; gotoClientSecret: string };

beforeAll(async () => {
  gw = await startGateway({
    env: { LOG_LEVEL: 'debug', UPSTREAM_RETRIES: '0', BREAKER_FAILURES: '1000', NODE_ENV: 'production' },
    logDestination: { write: (line: string) => void logged.push(line) },
  });
  const { ameyo, goto } = gw.app.config.vendors;
  secrets = { ameyoPassword: ameyo!.password, gotoClientSecret: goto!.clientSecret };
});
afterAll(() => gw?.close());

it('scrubs another vendor’s credential from a vendor error in the answer and the logs', async () => {
  await gw.sim.fault({
    vendor: 'zendesk',
    path: '/api/v2/tickets*',
    kind: 'status',
    status: 422,
    body: JSON.stringify({ error: 'RecordInvalid', description: `Record validation errors: ${secrets.ameyoPassword}`, details: { base: [{ description: `bad value ${secrets.ameyoPassword}` }] } }),
  });
  await gw.sim.fault({
    vendor: 'goto',
    path: '/G2M/rest/*',
    kind: 'status',
    status: 400,
    body: JSON.stringify({ int_err_code: 'InvalidRequest', msg: `client_secret=${secrets.gotoClientSecret} is not accepted here` }),
  });
  try {
    const tickets = await gw.run(TicketsDocument, { first: 5 });
    const meetings = await gw.run(GoToMeetingsDocument, { when: 'UPCOMING' as never, first: 5 });
    const answers = JSON.stringify([tickets.body, meetings.body]);
    // The vendors' failures are there, typed...
    expect(answers).toContain('UPSTREAM_REJECTED');
    expect(answers).toMatch(/zendesk/);
    expect(answers).toMatch(/gotomeeting/);
    // ...and neither secret, in the answers or in any log line.
    for (const secret of Object.values(secrets)) {
      expect(answers).not.toContain(secret);
      expect(logged.join('\n')).not.toContain(secret);
    }
    expect(logged.length).toBeGreaterThan(0);
  } finally {
    await gw.sim.clearFaults();
  }
});
