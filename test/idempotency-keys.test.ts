import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '../clients/transport/errors.js';
import { InputError } from '../domain/errors.js';
import { IdempotencyKeyInUseError, IdempotentOutcomeUnknownError } from '../resolvers/idempotency/errors.js';
import { createIdempotencyKeys, type IdempotencyKeys, type IdempotentRequest } from '../resolvers/idempotency/idempotency-keys.js';
import { openStore, type Store } from '../store/index.js';

/**
 * The idempotencyKey store on both databases, with the clock in the test's hands: a repeat gets
 * the first result without running again, other arguments are refused, keys are per caller and
 * last 24 h, a lost answer keeps the key, a clean failure frees it, and racing requests run once.
 */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const HOUR = 3_600_000;

/** A vendor write the test counts and steers. */
function vendor() {
  let made = 0;
  let next: (() => Promise<unknown>) | undefined;
  return {
    get made() {
      return made;
    },
    /** What the next call does instead of succeeding. */
    failNext(outcome: () => Promise<unknown>) {
      next = outcome;
    },
    async create(vendorKey: string): Promise<{ id: string; at: Date; vendorKey: string }> {
      const outcome = next;
      next = undefined;
      if (outcome) await outcome();
      made += 1;
      return { id: `T${made}`, at: new Date(Date.UTC(2026, 0, 5, 9, made)), vendorKey };
    },
  };
}

const lost = () => Promise.reject(new UpstreamError({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'zendesk', message: 'answer lost' }));
const down = () => Promise.reject(new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk', message: '503' }));

function describeStore(label: string, open: () => Promise<{ store: Store; dispose: () => Promise<void> }>): void {
  describe(label, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let clock = Date.UTC(2026, 0, 5, 9);
    let keys: IdempotencyKeys;
    beforeAll(async () => {
      ({ store, dispose } = await open());
      await store.migrate();
      keys = createIdempotencyKeys({ fork: () => store.fork(), now: () => new Date(clock) });
    });
    afterAll(() => dispose?.());

    const request = <T>(key: string, run: IdempotentRequest<T>['run'], fields: Partial<IdempotentRequest<T>> = {}): IdempotentRequest<T> => ({
      caller: 'agent#3f2a1c',
      operation: 'createTicket',
      key,
      args: { input: { subject: 'Printer', tags: ['a'] } },
      run,
      ...fields,
    });

    it('runs a key once and answers a repeat with the first result, dates and all', async () => {
      const zendesk = vendor();
      const first = await keys.run(request('k-once', (key) => zendesk.create(key)));
      const again = await keys.run(request('k-once', (key) => zendesk.create(key), { args: { input: { tags: ['a'], subject: 'Printer', priority: null } } }));
      expect(again).toEqual(first);
      expect(again.at).toBeInstanceOf(Date);
      expect(zendesk.made).toBe(1);
      expect(first.vendorKey).toMatch(/^switchboard-[\w-]{43}$/);
    });

    it('refuses the key with other arguments, or for another mutation, naming idempotencyKey', async () => {
      const zendesk = vendor();
      await keys.run(request('k-args', (key) => zendesk.create(key)));
      for (const other of [{ args: { input: { subject: 'Scanner', tags: ['a'] } } }, { operation: 'createContact' }]) {
        const refused = await keys.run(request('k-args', (key) => zendesk.create(key), other)).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(InputError);
        expect((refused as InputError).issues).toEqual([{ field: 'idempotencyKey', message: expect.stringContaining('was used for another request (createTicket with other arguments)') }]);
      }
      expect(zendesk.made).toBe(1);
    });

    it('keeps keys per caller', async () => {
      const zendesk = vendor();
      const agent = await keys.run(request('k-shared', (key) => zendesk.create(key)));
      const manager = await keys.run(request('k-shared', (key) => zendesk.create(key), { caller: 'manager#77aa01' }));
      expect(manager.id).not.toBe(agent.id);
      expect(manager.vendorKey).not.toBe(agent.vendorKey);
      expect(zendesk.made).toBe(2);
    });

    it('forgets a key 24 h after its first request, by the clock it is given', async () => {
      const zendesk = vendor();
      const first = await keys.run(request('k-day', (key) => zendesk.create(key)));
      clock += 24 * HOUR - 1;
      expect(await keys.run(request('k-day', (key) => zendesk.create(key)))).toEqual(first);
      clock += 1;
      const fresh = await keys.run(request('k-day', (key) => zendesk.create(key), { args: { other: true } }));
      expect(fresh.id).not.toBe(first.id);
      expect(zendesk.made).toBe(2);
    });

    it('frees the key after a clean failure, so the repeat runs', async () => {
      const zendesk = vendor();
      zendesk.failNext(down);
      await expect(keys.run(request('k-clean', (key) => zendesk.create(key)))).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      zendesk.failNext(() => Promise.reject(new InputError([{ field: 'input.subject', message: 'must not be blank' }])));
      await expect(keys.run(request('k-clean', (key) => zendesk.create(key)))).rejects.toBeInstanceOf(InputError);
      expect((await keys.run(request('k-clean', (key) => zendesk.create(key)))).id).toBe('T1');
    });

    it('keeps the key after a lost answer: a repeat answers OUTCOME_UNKNOWN again, stating the key, and runs nothing', async () => {
      const zendesk = vendor();
      zendesk.failNext(lost);
      const first = await keys.run(request('k-lost', (key) => zendesk.create(key))).catch((error: unknown) => error);
      expect(first).toBeInstanceOf(IdempotentOutcomeUnknownError);
      expect(first).toMatchObject({ idempotencyKey: 'k-lost', vendor: 'zendesk', repeated: false });
      const repeat = await keys.run(request('k-lost', (key) => zendesk.create(key))).catch((error: unknown) => error);
      expect(repeat).toMatchObject({ idempotencyKey: 'k-lost', vendor: 'zendesk', repeated: true });
      expect((repeat as Error).message).toContain('idempotencyKey "k-lost"');
      expect(zendesk.made).toBe(0);
    });

    it('sends a lost request again under the same vendor key where the vendor deduplicates on it, within its window', async () => {
      const zendesk = vendor();
      const keysSent: string[] = [];
      const run = (key: string) => (keysSent.push(key), zendesk.create(key));
      zendesk.failNext(lost);
      await expect(keys.run(request('k-vendor', run, { vendorDedupesForMs: 2 * HOUR }))).rejects.toBeInstanceOf(IdempotentOutcomeUnknownError);
      // The vendor fails the repeat cleanly: the first may still have been done, so the key stays unknown.
      zendesk.failNext(down);
      await expect(keys.run(request('k-vendor', run, { vendorDedupesForMs: 2 * HOUR }))).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      const resent = await keys.run(request('k-vendor', run, { vendorDedupesForMs: 2 * HOUR }));
      expect(new Set(keysSent).size).toBe(1);
      expect(await keys.run(request('k-vendor', run, { vendorDedupesForMs: 2 * HOUR }))).toEqual(resent);
      expect(keysSent).toHaveLength(3);

      zendesk.failNext(lost);
      await expect(keys.run(request('k-vendor-late', run, { vendorDedupesForMs: 2 * HOUR }))).rejects.toBeInstanceOf(IdempotentOutcomeUnknownError);
      clock += 2 * HOUR;
      await expect(keys.run(request('k-vendor-late', run, { vendorDedupesForMs: 2 * HOUR }))).rejects.toMatchObject({ repeated: true });
      expect(keysSent).toHaveLength(4);
    });

    it('runs racing requests with one key once: in one instance the second waits and gets the result; another instance is told to repeat', async () => {
      const zendesk = vendor();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let started!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      const slow = async (key: string) => {
        started();
        await gate;
        return zendesk.create(key);
      };
      const first = keys.run(request('k-race', slow));
      const second = keys.run(request('k-race', slow));
      await running;
      const elsewhere = createIdempotencyKeys({ fork: () => store.fork(), now: () => new Date(clock) });
      const refused = await elsewhere.run(request('k-race', slow)).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(IdempotencyKeyInUseError);
      expect(refused).toMatchObject({ idempotencyKey: 'k-race', retryAfterSeconds: 1 });
      release();
      const [a, b] = await Promise.all([first, second]);
      expect(b).toEqual(a);
      expect(zendesk.made).toBe(1);
    });

    it('takes a first request that went quiet past its lease (its process died) as of unknown outcome', async () => {
      const zendesk = vendor();
      const elsewhere = createIdempotencyKeys({ fork: () => store.fork(), now: () => new Date(clock) });
      // A first request that never finishes, as a process that died would leave it.
      let claimed!: () => void;
      const running = new Promise<void>((resolve) => (claimed = resolve));
      void elsewhere.run(request('k-quiet', () => (claimed(), new Promise<never>(() => undefined))));
      await running;
      await expect(keys.run(request('k-quiet', (key) => zendesk.create(key)))).rejects.toBeInstanceOf(IdempotencyKeyInUseError);
      clock += 120_000;
      await expect(keys.run(request('k-quiet', (key) => zendesk.create(key)))).rejects.toMatchObject({ repeated: true, vendor: null });
      expect(zendesk.made).toBe(0);
    });
  });
}

describeStore('SQLite', async () => {
  const store = await openStore({ databaseUrl: ':memory:' });
  return { store, dispose: () => store.close() };
});

describeStore('PostgreSQL', async () => {
  const schema = `idempotency_${randomBytes(4).toString('hex')}`;
  const store = await openStore({ databaseUrl: `${POSTGRES_URL}?schema=${schema}` });
  return {
    store,
    dispose: async () => {
      await store.orm.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
      await store.close();
    },
  };
});
