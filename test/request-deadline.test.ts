import { afterAll, beforeAll, expect, it } from 'vitest';
import { ScreenPopDocument } from '../clients/graphql/generated/graphql.js';
import { ameyoCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/**
 * REQUEST_DEADLINE_MS bounds every vendor read of one operation together. Each vendor call alone
 * may take UPSTREAM_DEADLINE_MS (5 s here), so without the shared budget the sequential reads of a
 * screen pop add up to many times that; with it the answer comes at the 1.5 s budget, with the
 * data that came in time.
 */
const BUDGET_MS = 1500;
/** Far below what the calls would take without the budget (several 5 s calls), far above the budget. */
const WELL_UNDER_UNBOUNDED_MS = 4000;
let gw: TestGateway;
let calls: ReturnType<typeof ameyoCalls>;

beforeAll(async () => {
  gw = await startGateway({
    env: { REQUEST_DEADLINE_MS: String(BUDGET_MS), UPSTREAM_TIMEOUT_MS: '5000', UPSTREAM_DEADLINE_MS: '5000', UPSTREAM_RETRIES: '3', BREAKER_FAILURES: '1000' },
  });
  calls = ameyoCalls(gw);
});
afterAll(() => gw?.close());

async function timedScreenPop(callId: string) {
  const started = performance.now();
  const result = await gw.run(ScreenPopDocument, { callId });
  return { ...result, elapsedMs: performance.now() - started };
}

it('answers a screen pop at the budget while Zendesk hangs: the call, and Zendesk’s UPSTREAM_TIMEOUT', async () => {
  const call = await calls.ring({ phone: '14155550131' });
  await gw.sim.fault({ vendor: 'zendesk', kind: 'latency', latencyMs: 60_000 });
  try {
    const { body, elapsedMs } = await timedScreenPop(call.crtObjectId);
    expect(body.data!.screenPop!.call).toMatchObject({ vendorId: call.crtObjectId });
    const codes = (body.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.vendor]);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code).toEqual(['UPSTREAM_TIMEOUT', 'zendesk']);
    expect(elapsedMs).toBeGreaterThanOrEqual(BUDGET_MS - 50);
    expect(elapsedMs).toBeLessThan(WELL_UNDER_UNBOUNDED_MS);
  } finally {
    await gw.sim.clearFaults();
    await calls.hangup(call.crtObjectId);
  }
});

it('takes no Retry-After wait past the budget, and stops asking Zendesk once it is spent', async () => {
  const call = await calls.ring({ phone: '14155550132' });
  await gw.sim.fault({ vendor: 'zendesk', kind: 'status', status: 429, retryAfter: 1 });
  await gw.sim.clearJournal();
  try {
    const { body, elapsedMs } = await timedScreenPop(call.crtObjectId);
    expect(body.data!.screenPop!.call).toMatchObject({ vendorId: call.crtObjectId });
    for (const error of body.errors ?? []) expect(error.extensions).toMatchObject({ vendor: 'zendesk', code: expect.stringMatching(/^UPSTREAM_(RATE_LIMITED|TIMEOUT)$/) });
    expect(elapsedMs).toBeLessThan(WELL_UNDER_UNBOUNDED_MS);
    // One-second waits inside a 1.5 s budget: two attempts for each of the pop's two Zendesk reads, where each read
    // alone would go on waiting until its own 5 s deadline (8 requests in 3 s).
    expect((await gw.sim.journal('zendesk')).length).toBeLessThanOrEqual(5);
  } finally {
    await gw.sim.clearFaults();
    await calls.hangup(call.crtObjectId);
  }
});
