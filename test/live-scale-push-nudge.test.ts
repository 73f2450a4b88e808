import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveBoardDocument } from '../clients/graphql/generated/graphql.js';
import type { TestGateway } from './support/gateway.js';
import { startReplicaPair, type ReplicaPair } from './support/gateway-instances.js';
import { LIVE_TEST_ENV, openedStreams, simEvent, wsStream } from './support/live.js';

/**
 * Behind a load balancer a vendor's push reaches any instance. Pushes that ask for an early poll
 * (Ameyo's CRM pushes, Bomgar's and GoToAssist's events) make the instance that polls that vendor
 * poll early, even when another instance received them.
 */
let a: TestGateway;
let b: TestGateway;
let pair: ReplicaPair;
const { open, closeAll } = openedStreams();

beforeAll(async () => {
  // Polls a minute apart: a change seen within the test's time came from an early poll.
  pair = await startReplicaPair({ ...LIVE_TEST_ENV, LIVE_POLL_INTERVAL_MS: '60000', SWITCHBOARD_VENDORS: 'bomgar' });
  ({ a, b } = pair);
  await Promise.race([a.app.leadership.whenLeading('poll:bomgar'), b.app.leadership.whenLeading('poll:bomgar')]);
});
afterAll(async () => {
  await closeAll();
  await pair?.close();
});

describe('a push at the instance that does not poll', () => {
  it('makes the polling instance poll early, and the change reaches subscribers on both', async () => {
    const leader = a.app.leadership.leads('poll:bomgar') ? a : b;
    const follower = leader === a ? b : a;
    // The leader's first poll painted the board: every instance's subscriber starts from it.
    await leader.app.live.pollNow('bomgar');
    const boards = [open(wsStream(a, 'viewer', LiveBoardDocument)), open(wsStream(b, 'viewer', LiveBoardDocument))];
    for (const board of boards) expect((await board.next()).data!.liveBoard.kind).toBe('BOARD');
    const rep = leader.app.live.board().agents.flatMap((agent) => agent.identities).find((identity) => identity.status === 'AVAILABLE')!;
    await simEvent(a, { vendor: 'bomgar', kind: 'agent-status', agent: rep.vendorId, status: 'away' });

    // The push names no change the follower could apply itself: only the leader's poll finds it.
    await follower.app.live.receive('bomgar', { pollSoon: true });
    for (const board of boards) {
      await board.until((data) => data.liveBoard.kind === 'AGENT' && Boolean(data.liveBoard.agent?.identities.some((i) => i.vendorId === rep.vendorId && i.status === 'AWAY')));
    }
    expect(follower.app.live.pollers().find((poller) => poller.vendor === 'bomgar')!.polls).toBe(0);
  });
});
