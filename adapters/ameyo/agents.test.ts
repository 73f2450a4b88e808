import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, envelopes } from '../../clients/ameyo/envelopes.js';
import type { AmeyoAgentState, AmeyoUser } from '../../clients/ameyo/types.js';
import { decodeLoggedInRep, decodeSupportTeam } from '../../clients/bomgar/decode.js';
import { children, parseXmlDocument } from '../../clients/bomgar/xml.js';
import { agentsSchema } from '../../clients/goto/assist/schemas.js';
import { parseJson } from '../../clients/transport/json.js';
import { mergeIdentities } from '../../domain/agents.js';
import { repIdentities } from '../bomgar/mapping.js';
import { toIdentity } from '../gotoassist/mapping.js';
import { toAmeyoIdentities } from './agents.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"):
 * - users.json: `GET /ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers`
 * - agent-states.json: `GET /ameyorestapi/cc/agentStates` (no campaignId: every agent)
 * Read the way clients/ameyo/client.ts reads them: the transport's parseJson, then the envelope's schema.
 */
const fixture = (url: URL) => parseJson(readFileSync(url, 'utf8'));
const users = decode(envelopes.users, fixture(new URL('./fixtures/users.json', import.meta.url)), { method: 'GET', path: '/ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers' });
const states = decode(envelopes.agentStates, fixture(new URL('./fixtures/agent-states.json', import.meta.url)), { method: 'GET', path: '/ameyorestapi/cc/agentStates' });

describe('toAmeyoIdentities on recorded users and agent states', () => {
  it('holds the recorded users of every type', () => {
    expect(users.map((user) => [user.userId, user.userType])).toEqual([
      ['agent', 'Executive'],
      ['admin', 'Administrator'],
      ['fatima.schmidt', 'Executive'],
      ['mateo.brown', 'Executive'],
      ['leo.anderson', 'Executive'],
      ['fatima.martinez', 'Executive'],
      ['switchboard', 'Supervisor'],
    ]);
  });

  it('makes every Executive an identity with its state; administrators and supervisors are not agents', () => {
    expect(toAmeyoIdentities(users, states)).toEqual([
      { vendor: 'ameyo', vendorId: 'agent', name: 'Avery Agent', email: 'agent@switchboard.test', status: 'AVAILABLE', teamIds: [] },
      { vendor: 'ameyo', vendorId: 'fatima.schmidt', name: 'Fatima Schmidt', email: 'fatima.schmidt@switchboard.test', status: 'AVAILABLE', teamIds: [] },
      { vendor: 'ameyo', vendorId: 'mateo.brown', name: 'Mateo Brown', email: 'mateo.brown@switchboard.test', status: 'AVAILABLE', teamIds: [] },
      { vendor: 'ameyo', vendorId: 'leo.anderson', name: 'Leo Anderson', email: 'leo.anderson@switchboard.test', status: 'OFFLINE', teamIds: [] },
      { vendor: 'ameyo', vendorId: 'fatima.martinez', name: 'Fatima Martinez', email: 'fatima.martinez@switchboard.test', status: 'OFFLINE', teamIds: [] },
    ]);
  });

  it('is offline when Ameyo lists no state for the agent', () => {
    const [identity] = toAmeyoIdentities(users, []);
    expect(identity).toMatchObject({ vendorId: 'agent', status: 'OFFLINE' });
  });

  it('is matched with the other vendors’ recorded agents by email', () => {
    const bomgarXml = (name: string) => parseXmlDocument(readFileSync(new URL(`../bomgar/fixtures/${name}`, import.meta.url), 'utf8')).element;
    const bomgar = repIdentities(children(bomgarXml('support-teams.xml'), 'support_team').map(decodeSupportTeam), children(bomgarXml('logged-in-reps.xml'), 'rep').map(decodeLoggedInRep));
    const goto = agentsSchema.parse(fixture(new URL('../gotoassist/fixtures/agents.json', import.meta.url))).agents.map(toIdentity);
    const people = mergeIdentities([...toAmeyoIdentities(users, states), ...goto, ...bomgar], []);

    const avery = people.find((person) => person.key === 'agent@switchboard.test')!;
    // Available on Ameyo, offline on GoToAssist, in a session on Bomgar: busy.
    expect(avery.identities.map((identity) => [identity.vendor, identity.vendorId, identity.status])).toEqual([
      ['ameyo', 'agent', 'AVAILABLE'],
      ['gotoassist', '9300000000000140316', 'OFFLINE'],
      ['bomgar', '1', 'BUSY'],
    ]);
    expect(avery).toMatchObject({ name: 'Avery Agent', email: 'agent@switchboard.test', status: 'BUSY' });
  });
});

describe('toAmeyoIdentities rules', () => {
  const user = (userId: string, emailId: string | null, userType = 'Executive'): AmeyoUser => ({ userId, userName: userId.toUpperCase(), userType, emailId });
  const state = (userId: string, value: AmeyoAgentState['state']): AmeyoAgentState => ({ userId, name: userId, state: value, campaignId: '3', since: '2026-01-05 09:00:00' });

  it('reads Ameyo’s states in cross-vendor terms (ready is wrapping up a call: busy)', () => {
    const names = ['available', 'ready', 'busy', 'break', 'offline'] as const;
    const identities = toAmeyoIdentities(
      names.map((name) => user(name, null)),
      names.map((name) => state(name, name)),
    );
    expect(identities.map((identity) => [identity.vendorId, identity.status])).toEqual([
      ['available', 'AVAILABLE'],
      ['ready', 'BUSY'],
      ['busy', 'BUSY'],
      ['break', 'AWAY'],
      ['offline', 'OFFLINE'],
    ]);
  });

  it('lower-cases emails and treats an empty one as none', () => {
    const identities = toAmeyoIdentities([user('a', 'Ava.Rossi@Switchboard.TEST'), user('b', ''), user('c', null)], []);
    expect(identities.map((identity) => identity.email)).toEqual(['ava.rossi@switchboard.test', null, null]);
  });
});
