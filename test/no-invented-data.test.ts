import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallDocument, DisposeCallDocument, TicketCallsDocument } from '../clients/graphql/generated/graphql.js';
import { ameyoCalls } from './support/ameyo.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/** What the gateway answers when a vendor fails or an id comes back: data the vendors gave, never made up. */
let gw: TestGateway;
let calls: ReturnType<typeof ameyoCalls>;

beforeAll(async () => {
  // No retries and no breaker trips: one fault, one clean failure per call.
  gw = await startGateway({ env: { UPSTREAM_RETRIES: '0', BREAKER_FAILURES: '1000' } });
  calls = ameyoCalls(gw);
});
afterAll(() => gw?.close());

async function firstTicketId(): Promise<string> {
  const response = await fetch(`${gw.simulatorUrl}/zendesk/api/v2/tickets.json?page[size]=1`, {
    headers: { authorization: `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}` },
  });
  return String(((await response.json()) as { tickets: { id: number }[] }).tickets[0]!.id);
}

describe('a call’s agent while Ameyo fails', () => {
  it('is null with Ameyo’s typed error, not a person made up from the user id', async () => {
    const ticketId = await firstTicketId();
    const call = await calls.ring({ phone: '14155550197', ivrTicketId: ticketId, userId: 'agent' });
    await calls.settled(call.crtObjectId);
    const healthy = await gw.run(TicketCallsDocument, { id: ticketId });
    const before = healthy.body.data!.ticket!.calls.find((c) => c.vendorId === call.crtObjectId)!;
    expect(before.agent).not.toBeNull();

    await gw.sim.fault({ vendor: 'ameyo', kind: 'status', status: 500 });
    try {
      const { body } = await gw.run(TicketCallsDocument, { id: ticketId });
      const during = body.data!.ticket!.calls.find((c) => c.vendorId === call.crtObjectId)!;
      // The call itself is the gateway's own record: still there.
      expect(during).toMatchObject({ vendorId: call.crtObjectId, agentUserId: before.agentUserId, agent: null });
      const errors = body.errors ?? [];
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error.extensions).toMatchObject({ code: expect.stringMatching(/^UPSTREAM_/), vendor: 'ameyo' });
    } finally {
      await gw.sim.clearFaults();
    }
  });
});

describe('call ids', () => {
  it('every call id a query returns resolves in call(id) and in disposeCall', async () => {
    const rung = [];
    // Enough calls that some global ids are unpadded base64, which has the shape of an Ameyo key.
    for (let index = 0; index < 8; index++) {
      const call = await calls.ring({ phone: `1415555${String(1100 + index)}` });
      rung.push(await calls.hangup(call.crtObjectId));
    }
    const ticketless = rung.map((call) => call.crtObjectId);
    const ids: string[] = [];
    for (const vendorId of ticketless) {
      const { body } = await gw.run(CallDocument, { id: vendorId });
      expect(body.errors).toBeUndefined();
      ids.push(body.data!.call!.id);
    }
    expect(ids.some((id) => /^[A-Za-z0-9]+$/.test(id)), 'an unpadded global id among them').toBe(true);
    for (const [index, id] of ids.entries()) {
      const { body } = await gw.run(CallDocument, { id });
      expect(body.errors).toBeUndefined();
      expect(body.data!.call!.vendorId).toBe(ticketless[index]);
    }
    const unpadded = ids.findIndex((id) => /^[A-Za-z0-9]+$/.test(id));
    await calls.settled(ticketless[unpadded]!);
    const { body } = await gw.run(DisposeCallDocument, { callId: ids[unpadded]!, code: 'Escalated' }, 'manager');
    expect(body.errors).toBeUndefined();
    expect(body.data!.disposeCall!.__typename).toBe('MutationDisposeCallSuccess');
  });
});
