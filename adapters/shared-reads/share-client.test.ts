import { describe, expect, it } from 'vitest';
import { shareClientReads, type ClientSharing } from './share-client.js';
import { createSharedReads } from './shared-reads.js';

interface FakeClient {
  readonly transport: { vendor: string };
  list(window: { from: Date; to: Date }, options?: { signal?: AbortSignal; page?: number }): Promise<string[]>;
  states(campaignId?: string, options?: { signal?: AbortSignal }): Promise<string[]>;
  rename(id: string, name: string, options?: { signal?: AbortSignal }): Promise<void>;
  ping(): Promise<boolean>;
}

/** A client recording each call it gets, its writes landing in `names`; `failWrites` makes them fail after landing. */
function fakeClient() {
  const calls: { method: string; args: unknown[] }[] = [];
  const names = ['a'];
  let failWrites = false;
  const client: FakeClient = {
    transport: { vendor: 'bomgar' },
    async list(...args) {
      calls.push({ method: 'list', args });
      return [...names];
    },
    async states(...args) {
      calls.push({ method: 'states', args });
      return ['ready'];
    },
    async rename(...args) {
      calls.push({ method: 'rename', args });
      names[0] = args[1];
      if (failWrites) throw new Error('timed out after landing');
    },
    async ping() {
      calls.push({ method: 'ping', args: [] });
      return true;
    },
  };
  return { client, calls, failWrites: () => (failWrites = true) };
}

const SHARING: ClientSharing<FakeClient> = {
  reads: { list: { resource: 'sessions', args: 1 }, states: { resource: 'agent-states', args: 1 } },
  writes: { rename: ['sessions'] },
};
const WINDOW = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-01-02T00:00:00Z') };

describe('a client with shared reads', () => {
  it('shares declared reads, calling the client without any caller’s signal; keeps every other member', async () => {
    const { client, calls } = fakeClient();
    const shared = shareClientReads(client, 'bomgar', SHARING, createSharedReads());
    const [first, second] = await Promise.all([shared.list(WINDOW, { signal: new AbortController().signal }), shared.list({ ...WINDOW })]);
    expect(first).toEqual(['a']);
    expect(second).toBe(first);
    await shared.ping();
    await shared.ping();
    expect(calls).toEqual([
      { method: 'list', args: [WINDOW, { signal: undefined }] },
      { method: 'ping', args: [] },
      { method: 'ping', args: [] },
    ]);
    expect(shared.transport).toBe(client.transport);
  });

  it('keys on the options besides the signal, and on missing arguments as undefined ones', async () => {
    const { client, calls } = fakeClient();
    const shared = shareClientReads(client, 'bomgar', SHARING, createSharedReads());
    await shared.list(WINDOW, { page: 1 });
    await shared.list(WINDOW, { page: 1, signal: new AbortController().signal });
    await shared.list(WINDOW, { page: 2 });
    await shared.states();
    await shared.states(undefined, {});
    expect(calls.map((call) => call.args)).toEqual([[WINDOW, { page: 1, signal: undefined }], [WINDOW, { page: 2, signal: undefined }], [undefined, { signal: undefined }]]);
  });

  it('drops what a write changes once it settles, failed or not, so the writer reads its write', async () => {
    const { client, failWrites } = fakeClient();
    const shared = shareClientReads(client, 'bomgar', SHARING, createSharedReads());
    expect(await shared.list(WINDOW)).toEqual(['a']);
    await shared.rename('1', 'b');
    expect(await shared.list(WINDOW)).toEqual(['b']);
    failWrites();
    await expect(shared.rename('1', 'c')).rejects.toThrow('timed out after landing');
    expect(await shared.list(WINDOW)).toEqual(['c']);
  });

  it('refuses a write that names a resource no read declares', () => {
    const { client } = fakeClient();
    const wrong: ClientSharing<FakeClient> = { reads: SHARING.reads, writes: { rename: ['session'] } };
    expect(() => shareClientReads(client, 'bomgar', wrong, createSharedReads())).toThrow(/rename invalidates session, which no shared read declares/);
  });
});
