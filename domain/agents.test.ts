import { describe, expect, it } from 'vitest';
import { combinedStatus, identityKey, mergeIdentities } from './agents.js';
import type { AgentIdentity, AgentStatus, UnavailableVendor } from './support.js';

function identity(vendor: string, vendorId: string, name: string, email: string | null, status: AgentStatus, teamIds: string[] = []): AgentIdentity {
  return { vendor, vendorId, name, email, status, teamIds };
}

describe('combinedStatus', () => {
  const of = (...statuses: AgentStatus[]) => combinedStatus(statuses.map((status, index) => identity('bomgar', String(index), 'A', null, status)));

  it('is busy when busy anywhere', () => {
    expect(of('OFFLINE', 'AVAILABLE', 'BUSY', 'AWAY')).toBe('BUSY');
  });

  it('is available when available anywhere and busy nowhere', () => {
    expect(of('AWAY', 'AVAILABLE', 'OFFLINE')).toBe('AVAILABLE');
  });

  it('is away before offline', () => {
    expect(of('OFFLINE', 'AWAY')).toBe('AWAY');
  });

  it('is offline only when offline everywhere, or with no identity at all', () => {
    expect(of('OFFLINE', 'OFFLINE')).toBe('OFFLINE');
    expect(of()).toBe('OFFLINE');
  });
});

describe('identityKey', () => {
  it('is the email, else vendor and id', () => {
    expect(identityKey({ vendor: 'bomgar', vendorId: '12', email: 'ava@example.com' })).toBe('ava@example.com');
    expect(identityKey({ vendor: 'gotoassist', vendorId: '9300000000000140316', email: null })).toBe('gotoassist-9300000000000140316');
  });
});

describe('mergeIdentities', () => {
  const unavailable: UnavailableVendor[] = [{ vendor: 'ameyo', code: 'UPSTREAM_UNAVAILABLE', message: 'Ameyo did not answer' }];

  it('groups identities that share an email into one person, ordered by name', () => {
    const bomgar = identity('bomgar', '1', 'Avery Agent', 'agent@switchboard.test', 'AWAY', ['1']);
    const goto = identity('gotoassist', '9300000000000140316', 'Avery A.', 'agent@switchboard.test', 'BUSY');
    const ingrid = identity('bomgar', '14', 'Ingrid Martin', 'ingrid.martin@switchboard.test', 'AVAILABLE', ['1']);
    const agents = mergeIdentities([ingrid, bomgar, goto], unavailable);

    expect(agents).toEqual([
      { key: 'agent@switchboard.test', name: 'Avery Agent', email: 'agent@switchboard.test', status: 'BUSY', identities: [bomgar, goto], unavailable },
      { key: 'ingrid.martin@switchboard.test', name: 'Ingrid Martin', email: 'ingrid.martin@switchboard.test', status: 'AVAILABLE', identities: [ingrid], unavailable },
    ]);
  });

  it('keeps identities without an email apart, keyed by vendor and id, even with the same name', () => {
    const one = identity('bomgar', '7', 'Nora Hernandez', null, 'OFFLINE');
    const other = identity('gotoassist', '7', 'Nora Hernandez', null, 'AVAILABLE');
    const agents = mergeIdentities([other, one], []);

    expect(agents.map((agent) => [agent.key, agent.email, agent.status, agent.identities])).toEqual([
      ['bomgar-7', null, 'OFFLINE', [one]],
      ['gotoassist-7', null, 'AVAILABLE', [other]],
    ]);
  });

  it('names a person after the first identity with a name, else after the key', () => {
    const nameless = identity('ameyo', 'agent', '', 'agent@switchboard.test', 'OFFLINE');
    const named = identity('bomgar', '1', 'Avery Agent', 'agent@switchboard.test', 'OFFLINE');
    const anonymous = identity('bomgar', '99', '', null, 'OFFLINE');

    const agents = mergeIdentities([nameless, named, anonymous], []);
    expect(agents.map((agent) => agent.name)).toEqual(['Avery Agent', 'bomgar-99']);
  });

  it('hands every person the vendors that could not be read', () => {
    const agents = mergeIdentities([identity('bomgar', '1', 'A', 'a@x.test', 'BUSY'), identity('bomgar', '2', 'B', 'b@x.test', 'BUSY')], unavailable);
    expect(agents.map((agent) => agent.unavailable)).toEqual([unavailable, unavailable]);
  });

  it('is empty for no identities', () => {
    expect(mergeIdentities([], unavailable)).toEqual([]);
  });
});
