import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentStatusChangedDocument, LiveBoardDocument } from '../clients/graphql/generated/graphql.js';
import { POLLED_VENDORS, type PolledVendor } from '../domain/live.js';
import type { TestGateway } from './support/gateway.js';
import { startReplicaPair, type ReplicaPair } from './support/gateway-instances.js';
import { LIVE_TEST_ENV, openedStreams, simEvent, wsStream } from './support/live.js';

/**
 * Two gateway instances on one simulator and the machine's Redis, as two replicas behind a
 * load balancer: every instance delivers every event, exactly one polls each vendor, and the
 * polling moves when its instance dies.
 */
let a: TestGateway;
let b: TestGateway;
let pair: ReplicaPair;
const { open, closeAll } = openedStreams();

beforeAll(async () => {
  // A lease of 2 s: a crashed leader is replaced within about two seconds, and renewals every ~667 ms leave
  // room for a busy CI whose event loop stalls (both instances share this process).
  pair = await startReplicaPair({ ...LIVE_TEST_ENV, LIVE_LEASE_TTL_MS: '2000' });
  ({ a, b } = pair);
  for (const vendor of POLLED_VENDORS) await someoneLeads(vendor);
});

/** Resolves once one of the instances leads the vendor's poll (at once, unless a lease is changing hands). */
const someoneLeads = (vendor: PolledVendor) =>
  Promise.race([a.app.leadership.whenLeading(`poll:${vendor}`), b.app.leadership.whenLeading(`poll:${vendor}`)]);
afterAll(async () => {
  await closeAll();
  await pair?.close();
});

const leaderOf = (vendor: PolledVendor) => (a.app.leadership.leads(`poll:${vendor}`) ? a : b);
const followerOf = (vendor: PolledVendor) => (leaderOf(vendor) === a ? b : a);

/** A Bomgar rep on `gw`'s board who is available, to send away (or back). */
function availableRep(gw: TestGateway) {
  const identity = gw.app.live
    .board()
    .agents.flatMap((agent) => agent.identities)
    .find((candidate) => candidate.vendor === 'bomgar' && candidate.status === 'AVAILABLE');
  if (!identity) throw new Error('no available Bomgar rep on the board');
  return identity;
}

/** Requests of one kind a vendor received since the journal was last cleared. */
async function journal(gw: TestGateway, vendor: string) {
  const response = await fetch(`${gw.simulatorUrl}/_sim/journal?vendor=${vendor}`);
  return ((await response.json()) as { entries: { path: string; query: string }[] }).entries;
}

describe('two instances over Redis', () => {
  it('leaves each vendor’s poll to exactly one instance, whatever the subscribers', async () => {
    // Subscribers on both instances change nothing about who polls, or how often.
    for (const gw of [a, b, a, b]) open(wsStream(gw, 'viewer', AgentStatusChangedDocument, {}));
    for (const vendor of POLLED_VENDORS) {
      await someoneLeads(vendor);
      expect([a.app.leadership.leads(`poll:${vendor}`), b.app.leadership.leads(`poll:${vendor}`)].filter(Boolean)).toHaveLength(1);
    }
    const polls = (gw: TestGateway) => gw.app.live.pollers().find((poller) => poller.vendor === 'bomgar')!.polls;
    const before = [polls(a), polls(b)];
    await fetch(`${a.simulatorUrl}/_sim/journal`, { method: 'DELETE' });
    const outcomes = await Promise.all([a.app.live.pollNow('bomgar'), b.app.live.pollNow('bomgar')]);
    expect(outcomes.map((outcome) => outcome.polled).sort()).toEqual([false, true]);
    // One poll's requests, once: the follower sent none.
    const reps = (await journal(a, 'bomgar')).filter((entry) => entry.query.includes('get_logged_in_reps'));
    expect(reps).toHaveLength(1);
    const leaderIsA = outcomes[0]!.polled;
    expect([polls(a) - before[0]!, polls(b) - before[1]!]).toEqual(leaderIsA ? [1, 0] : [0, 1]);
  });

  it('delivers a change the leader found to subscribers on both instances', async () => {
    await someoneLeads('bomgar');
    const leader = leaderOf('bomgar');
    await leader.app.live.pollNow('bomgar');
    const boards = [open(wsStream(a, 'viewer', LiveBoardDocument)), open(wsStream(b, 'viewer', LiveBoardDocument))];
    // The first event is the whole board: from then on each instance's subscriber hears changes.
    for (const board of boards) expect((await board.next()).data!.liveBoard.kind).toBe('BOARD');
    const rep = availableRep(leader);
    await simEvent(a, { vendor: 'bomgar', kind: 'agent-status', agent: rep.vendorId, status: 'away' });
    expect(await leader.app.live.pollNow('bomgar')).toMatchObject({ polled: true });
    for (const board of boards) {
      const changed = await board.until((data) => data.liveBoard.kind === 'AGENT' && Boolean(data.liveBoard.agent?.identities.some((i) => i.vendorId === rep.vendorId && i.status === 'AWAY')));
      expect(changed.liveBoard.removed).toBe(false);
    }
    // The follower's own board follows too (it applies every batch it hears), without polling.
    expect(followerOf('bomgar').app.live.board().agents.flatMap((agent) => agent.identities).find((i) => i.vendorId === rep.vendorId)?.status).toBe('AWAY');
  });

  it('moves the polling to the other instance when the polling one dies', async () => {
    await someoneLeads('bomgar');
    const dead = leaderOf('bomgar');
    const survivor = followerOf('bomgar');
    const watching = open(wsStream(survivor, 'viewer', LiveBoardDocument));
    expect((await watching.next()).data!.liveBoard.kind).toBe('BOARD');

    // A crash: its Redis connections drop without releasing anything; its lease runs out.
    dead.app.redis!.kill();
    await survivor.app.leadership.whenLeading('poll:bomgar');
    await dead.app.leadership.whenFollowing('poll:bomgar');
    expect(await dead.app.live.pollNow('bomgar')).toMatchObject({ polled: false });

    // The survivor now polls, and its subscribers hear what it finds.
    const rep = availableRep(survivor);
    await simEvent(a, { vendor: 'bomgar', kind: 'agent-status', agent: rep.vendorId, status: 'away' });
    expect(await survivor.app.live.pollNow('bomgar')).toMatchObject({ polled: true, changes: expect.any(Number) });
    await watching.until((data) => data.liveBoard.kind === 'AGENT' && Boolean(data.liveBoard.agent?.identities.some((i) => i.vendorId === rep.vendorId && i.status === 'AWAY')));
    expect(survivor.app.live.pollers().find((poller) => poller.vendor === 'bomgar')).toMatchObject({ leading: true });
  });
});
