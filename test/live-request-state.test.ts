import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestGateway } from './support/gateway.js';
import { openedStreams, simEvent, startPolledGateway, wsStream } from './support/live.js';

// A subscription's context lives as long as the subscription; what one event read must not
// answer the next. Before the request cache, an agent's running sessions were memoised per
// context, so the event after a session ended still listed it.

let gw: TestGateway;
const { open, closeAll } = openedStreams();

beforeAll(async () => {
  gw = await startPolledGateway();
});
afterAll(async () => {
  await closeAll();
  await gw?.close();
});

interface StatusEvent {
  agentStatusChanged: { status: string; identity: { vendorId: string }; agent: { email: string | null; activeSessions: { vendorId: string }[] } };
}

const AGENT_WITH_SESSIONS = parse(`
  subscription AgentWithSessions($agentId: ID!) {
    agentStatusChanged(filter: { agentId: $agentId }) {
      status
      identity { vendorId }
      agent { email activeSessions { vendorId } }
    }
  }
`) as TypedDocumentNode<StatusEvent, { agentId: string }>;

const AGENT_BY_EMAIL = parse(`
  query AgentSessionsByEmail($email: String!) { agentByEmail(email: $email) { activeSessions { vendorId } } }
`) as TypedDocumentNode<{ agentByEmail: { activeSessions: { vendorId: string }[] } | null }, { email: string }>;

const AGENT_IDS = parse(`query AgentIds { liveBoard { agents { id email } } }`) as TypedDocumentNode<{ liveBoard: { agents: { id: string; email: string | null }[] } }, Record<string, never>>;

describe('a live subscription reads each event afresh', () => {
  it("an agent's activeSessions drop a GoToAssist session in the first event after it ended, as a fresh query does", async () => {
    const board = gw.app.live.board();
    const session = board.sessions.find((candidate) => candidate.vendor === 'gotoassist' && candidate.status === 'ACTIVE' && candidate.agent?.email);
    expect(session, 'the seed has a running GoToAssist session with an agent').toBeDefined();
    const email = session!.agent!.email!;
    const identity = board.agents.find((agent) => agent.email === email)!.identities.find((candidate) => candidate.vendor === 'gotoassist')!;
    const { body } = await gw.run(AGENT_IDS, {}, 'viewer');
    const agentId = body.data!.liveBoard.agents.find((agent) => agent.email === email)!.id;

    const stream = open(wsStream(gw, 'viewer', AGENT_WITH_SESSIONS, { agentId }));
    await gw.app.live.whenSubscribed(1);

    // First event: the session is running, and the agent's sessions say so.
    await simEvent(gw, { vendor: 'gotoassist', kind: 'agent-status', agent: email, status: 'away' });
    await gw.app.live.pollNow('gotoassist');
    const during = await stream.until((data) => data.agentStatusChanged.identity.vendorId === identity.vendorId && data.agentStatusChanged.status !== 'BUSY');
    expect(during.agentStatusChanged.agent.activeSessions.map((running) => running.vendorId)).toContain(session!.vendorId);

    // The session ends; the next event for the same agent must not list it.
    await simEvent(gw, { vendor: 'gotoassist', kind: 'session-end', session: session!.vendorId, rating: 5, comment: 'fine' });
    await simEvent(gw, { vendor: 'gotoassist', kind: 'agent-status', agent: email, status: 'offline' });
    await gw.app.live.pollNow('gotoassist');
    const after = await stream.until((data) => data.agentStatusChanged.identity.vendorId === identity.vendorId && data.agentStatusChanged.status === 'OFFLINE');
    const fresh = await gw.run(AGENT_BY_EMAIL, { email }, 'viewer');
    expect(fresh.body.errors).toBeUndefined();
    const freshIds = fresh.body.data!.agentByEmail!.activeSessions.map((running) => running.vendorId);
    expect(freshIds).not.toContain(session!.vendorId);
    expect(after.agentStatusChanged.agent.activeSessions.map((running) => running.vendorId).sort()).toEqual(freshIds.sort());
  });
});
