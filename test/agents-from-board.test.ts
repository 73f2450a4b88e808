import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentsDocument, type AgentsQuery } from '../clients/graphql/generated/graphql.js';
import { POLLED_VENDORS } from '../domain/live.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { startGatewayOver, type GatewayOver } from './support/gateway-over.js';

// `agents` (and every field that reads the people: an agent by email, a session's agent) answers
// from the live board while this instance polls each vendor on its interval and the vendor
// answered its last poll; otherwise it reads the vendors, as a gateway without automatic polling does.

let polled: TestGateway;
let reading: GatewayOver;
beforeAll(async () => {
  // A long interval: the first poll at start, then none while the suite runs (pollNow below waits for it).
  polled = await startGateway({ env: { LIVE_POLL_INTERVAL_MS: '3600000' } });
  reading = await startGatewayOver(polled.simulatorUrl);
});
afterAll(async () => {
  await reading?.close();
  await polled?.close();
});

/** Every vendor call the simulator journaled since it was last cleared, as `vendor path`. */
async function vendorCalls(): Promise<string[]> {
  const { entries } = (await (await polled.sim.call('/_sim/journal')).json()) as { entries: { vendor: string; path: string }[] };
  return entries.map((entry) => `${entry.vendor} ${entry.path}`);
}

const pollEveryVendor = async () => {
  for (const vendor of POLLED_VENDORS) await polled.app.live.pollNow(vendor);
};

async function agentsRead(): Promise<{ fromBoard: AgentsQuery; fromVendors: AgentsQuery; boardCalls: string[]; readingCalls: string[] }> {
  await polled.sim.clearJournal();
  const board = await polled.run(AgentsDocument, {}, 'viewer');
  const boardCalls = await vendorCalls();
  const vendors = await reading.query<AgentsQuery>(print(AgentsDocument));
  expect(board.body.errors).toBeUndefined();
  expect(vendors.errors).toBeUndefined();
  return { fromBoard: board.body.data!, fromVendors: vendors.data!, boardCalls, readingCalls: (await vendorCalls()).slice(boardCalls.length) };
}

describe('agents from the live board', () => {
  it('answers as reading the vendors does, with no vendor call, while the board is fresh', async () => {
    await pollEveryVendor();
    const { fromBoard, fromVendors, boardCalls, readingCalls } = await agentsRead();
    expect(fromBoard.agents!.nodes.length).toBeGreaterThan(0);
    expect(fromBoard.agents!.nodes.some((agent) => agent.identities.length > 1), 'someone has accounts at several vendors').toBe(true);
    expect(fromBoard).toEqual(fromVendors);
    expect(boardCalls).toEqual([]);
    expect(new Set(readingCalls.map((call) => call.split(' ')[0]))).toEqual(new Set(['goto', 'bomgar', 'ameyo']));
  });

  it('reads a vendor whose last poll failed, and only that one, until a poll answers again', async () => {
    // One refused call (a 400: not retried, and it does not trip the breaker): Bomgar's poll fails, the next read works.
    await polled.sim.fault({ vendor: 'bomgar', kind: 'status', status: 400, times: 1 });
    expect(await polled.app.live.pollNow('bomgar')).toMatchObject({ reachable: false });
    const stale = await agentsRead();
    expect(stale.fromBoard).toEqual(stale.fromVendors);
    expect(stale.fromBoard.agents!.unavailableVendors).toEqual([]);
    expect(stale.boardCalls.length).toBeGreaterThan(0);
    expect(stale.boardCalls.filter((call) => !call.startsWith('bomgar '))).toEqual([]);

    expect(await polled.app.live.pollNow('bomgar')).toMatchObject({ reachable: true });
    const fresh = await agentsRead();
    expect(fresh.fromBoard).toEqual(fresh.fromVendors);
    expect(fresh.boardCalls).toEqual([]);
  });
});
