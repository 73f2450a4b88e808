import { describe, expect, it } from 'vitest';
import type { Logger } from 'pino';
import { UpstreamError, type UpstreamErrorCode } from '../clients/transport/errors.js';
import { VendorDisabledError } from '../domain/errors.js';
import { fromEachVendor } from './from-each-vendor.js';
import { runInRequestScope } from './request-scope.js';
import { upstreamMessages } from './upstream-messages.js';

type Source = { vendor: string; read: () => Promise<string[]> };

const answers = (vendor: string, ...items: string[]): Source => ({ vendor, read: async () => items });
const fails = (vendor: string, error: unknown): Source => ({ vendor, read: async () => Promise.reject(error) });
const upstream = (vendor: string, code: UpstreamErrorCode) => new UpstreamError({ code, vendor, message: `internal detail of ${vendor}: HTTP 503 at /api/secret` });

const read = (source: Source) => source.read();

describe('fromEachVendor', () => {
  it("gives every vendor's items, in the order of the sources, and no unavailable vendor when all answer", async () => {
    const result = await fromEachVendor([answers('bomgar', 'b1', 'b2'), answers('gotoassist'), answers('zendesk', 'z1')], read);
    expect(result).toEqual({ items: ['b1', 'b2', 'z1'], unavailable: [] });
  });

  it('leaves out a vendor that failed with a typed upstream error and names it with its code and a message without internals', async () => {
    const result = await fromEachVendor([answers('bomgar', 'b1'), fails('gotoassist', upstream('gotoassist', 'UPSTREAM_TIMEOUT')), answers('ameyo', 'a1')], read);

    expect(result.items).toEqual(['b1', 'a1']);
    expect(result.unavailable).toEqual([{ vendor: 'gotoassist', code: 'UPSTREAM_TIMEOUT', message: 'gotoassist did not answer in time' }]);
  });

  it.each(Object.entries(upstreamMessages) as [UpstreamErrorCode, string][])('words %s as "<vendor> %s"', async (code, words) => {
    const { unavailable } = await fromEachVendor([fails('bomgar', upstream('bomgar', code))], read);
    expect(unavailable).toEqual([{ vendor: 'bomgar', code, message: `bomgar ${words}` }]);
  });

  it("names the source's vendor, and the error's vendor in the message (a source that failed reading another vendor)", async () => {
    const { unavailable } = await fromEachVendor([fails('gototraining', upstream('gotomeeting', 'UPSTREAM_UNAVAILABLE'))], read);
    expect(unavailable).toEqual([{ vendor: 'gototraining', code: 'UPSTREAM_UNAVAILABLE', message: 'gotomeeting is unavailable' }]);
  });

  it('lists every vendor that failed, each once, in the order of the sources', async () => {
    const { items, unavailable } = await fromEachVendor(
      [fails('zendesk', upstream('zendesk', 'UPSTREAM_RATE_LIMITED')), answers('bomgar', 'b1'), fails('ameyo', upstream('ameyo', 'UPSTREAM_REJECTED'))],
      read,
    );
    expect(items).toEqual(['b1']);
    expect(unavailable.map((vendor) => `${vendor.vendor} ${vendor.code}`)).toEqual(['zendesk UPSTREAM_RATE_LIMITED', 'ameyo UPSTREAM_REJECTED']);
  });

  it("skips, silently, a source whose own vendor SWITCHBOARD_VENDORS leaves out (by the vendor's family)", async () => {
    const result = await fromEachVendor(
      [answers('bomgar', 'b1'), fails('gotoassist', new VendorDisabledError('gotoassist', 'goto')), fails('gototraining', new VendorDisabledError('gotomeeting', 'goto'))],
      read,
    );
    expect(result).toEqual({ items: ['b1'], unavailable: [] });
  });

  it('throws when a source needed another vendor that is disabled: the listing fails typed', async () => {
    const disabled = new VendorDisabledError('zendesk', 'zendesk');
    await expect(fromEachVendor([answers('bomgar', 'b1'), fails('gotoassist', disabled)], read)).rejects.toBe(disabled);
  });

  it('throws any other error: it is a bug, not an unavailable vendor', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    await expect(fromEachVendor([answers('bomgar', 'b1'), fails('gotoassist', bug)], read)).rejects.toBe(bug);
    const lookalike = Object.assign(new Error('looks typed'), { code: 'UPSTREAM_UNAVAILABLE', vendor: 'bomgar' });
    await expect(fromEachVendor([fails('bomgar', lookalike)], read)).rejects.toBe(lookalike);
  });

  it('reads every source at once, before any has answered', async () => {
    const started: string[] = [];
    const gates: (() => void)[] = [];
    const waits = (vendor: string): Source => ({
      vendor,
      read: () => {
        started.push(vendor);
        return new Promise<string[]>((resolve) => gates.push(() => resolve([vendor])));
      },
    });
    const result = fromEachVendor([waits('bomgar'), waits('gotoassist')], read);
    expect(started).toEqual(['bomgar', 'gotoassist']);
    gates.forEach((open) => open());
    expect((await result).items).toEqual(['bomgar', 'gotoassist']);
  });

  it("logs a vendor's failure once per request, by vendor and code only", async () => {
    const lines: { fields: unknown; message: string }[] = [];
    const logger = { warn: (fields: unknown, message: string) => lines.push({ fields, message }) } as unknown as Logger;

    await runInRequestScope({ requestId: 'r1', logger }, async () => {
      await fromEachVendor([fails('bomgar', upstream('bomgar', 'UPSTREAM_TIMEOUT'))], read);
      await fromEachVendor([fails('bomgar', upstream('bomgar', 'UPSTREAM_TIMEOUT')), fails('ameyo', upstream('ameyo', 'UPSTREAM_TIMEOUT'))], read);
    });

    expect(lines).toEqual([
      { fields: { vendor: 'bomgar', code: 'UPSTREAM_TIMEOUT' }, message: 'bomgar failed this request (UPSTREAM_TIMEOUT)' },
      { fields: { vendor: 'ameyo', code: 'UPSTREAM_TIMEOUT' }, message: 'ameyo failed this request (UPSTREAM_TIMEOUT)' },
    ]);
  });
});
