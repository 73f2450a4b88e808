import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { claimCall, findCall, releaseCall, updateCall, type NewCall } from '../store/calls.js';
import { openStore, type Store } from '../store/index.js';

/** The machine's PostgreSQL (CI starts it), as in store.test.ts. */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const targets = [
  { name: 'SQLite', url: () => ':memory:', dispose: (store: Store) => store.close() },
  {
    name: 'PostgreSQL',
    schema: `ameyo_calls_${randomBytes(4).toString('hex')}`,
    url() {
      return `${POSTGRES_URL}?schema=${this.schema}`;
    },
    async dispose(store: Store) {
      await store.orm.em.getConnection().execute(`drop schema if exists "${this.schema}" cascade`);
      await store.close();
    },
  },
];

function newCall(): NewCall {
  return {
    vendor: 'ameyo',
    vendorCallId: `t-${randomBytes(4).toString('hex')}-vce-1`,
    direction: 'inbound',
    callType: 'inbound.call.dial',
    phone: '+14155550123',
    campaignId: '3',
    agentUserId: 'agent',
    userCrtObjectId: null,
    customerId: null,
    ivrTicketId: null,
    startedAt: new Date(),
  };
}

describe.each(targets)('calls in the store ($name)', (target) => {
  let store: Store | undefined;
  afterEach(async () => {
    if (store) await target.dispose(store);
    store = undefined;
  });

  it('lets exactly one of several simultaneous pushes claim a call', async () => {
    store = await openStore({ databaseUrl: target.url() });
    await store.migrate();
    const call = newCall();
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimCall(store!.fork(), call)));
    expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
    expect(new Set(claims.map((claim) => claim.call.id)).size).toBe(1);
  });

  it('hands a released claim to the next push, once, and never a finished one', async () => {
    store = await openStore({ databaseUrl: target.url() });
    await store.migrate();
    const call = newCall();
    expect((await claimCall(store.fork(), call)).claimed).toBe(true);
    expect((await claimCall(store.fork(), call)).claimed).toBe(false);
    await releaseCall(store.fork(), 'ameyo', call.vendorCallId);
    const retries = await Promise.all([claimCall(store.fork(), call), claimCall(store.fork(), call)]);
    expect(retries.map((claim) => claim.claimed).sort()).toEqual([false, true]);
    await updateCall(store.fork(), 'ameyo', call.vendorCallId, { outcome: 'contact', contactId: '42' });
    await releaseCall(store.fork(), 'ameyo', call.vendorCallId);
    expect((await claimCall(store.fork(), call)).claimed).toBe(false);
    expect(await findCall(store.fork(), 'ameyo', call.vendorCallId)).toMatchObject({ outcome: 'contact', contactId: '42', phone: '+14155550123' });
  });
});
