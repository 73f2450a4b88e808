import type { IncomingHttpHeaders } from 'node:http';
import { jsonReply, type VendorReply } from '../reply.js';
import type { SimRequest } from '../request.js';
import type { VendorInstance } from '../vendor.js';
import { BASE_URL_PLACEHOLDER, fixtureCount, writeFixture, type Fixture } from './fixture.js';
import type { FixtureScrubber } from './fixture-scrubber.js';
import { applyCredentials, type RecordTarget } from './record-target.js';

/** Request headers that describe the connection to the simulator, not the request: never forwarded. */
const NOT_FORWARDED = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'accept-encoding', 'upgrade', 'te', 'trailer', 'proxy-connection']);
/** Response headers a client reads, kept in fixtures (the rest, cookies included, are not written). */
const FIXTURE_HEADER = /^(content-type|location|link|retry-after|x-rate-limit.*|ratelimit.*|zendesk-ratelimit.*|x-zendesk-api-warn)$/i;
/** Response headers that described the vendor's own connection or encoding (fetch has already decoded the body). */
const NOT_RETURNED = new Set(['connection', 'keep-alive', 'content-length', 'content-encoding', 'transfer-encoding', 'set-cookie', 'strict-transport-security', 'alt-svc']);

export interface RecorderOptions {
  vendor: string;
  target: RecordTarget;
  /** Where fixtures go (`<dir>/<vendor>/…`). */
  dir: string;
  /** Shared by every vendor of this simulator, so pseudonyms agree across vendors and resets. */
  scrubber: FixtureScrubber;
}

/**
 * Record mode for one vendor: each request is forwarded to the real vendor with the configured
 * credentials (`target.credentials`), answered with the vendor's answer (its own base URL rewritten to
 * the simulator's, so paging links come back here), and written as a scrubbed fixture. Faults, stubs and
 * the journal still apply in front of it, as for a simulated vendor.
 */
export function createRecorder({ vendor, target, dir, scrubber }: RecorderOptions): VendorInstance {
  const upstream = target.url.replace(/\/+$/, '');
  let seq = fixtureCount(dir, vendor);
  return {
    servedBy: 'record',
    async handle(req: SimRequest): Promise<VendorReply> {
      const contentType = String(req.headers['content-type'] ?? '').toLowerCase();
      const forwarded = applyCredentials(target.credentials ?? [], req.path, forwardable(req.headers), contentType, req.rawBody);
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && forwarded.body.length > 0;
      let answer: Response;
      try {
        answer = await fetch(`${upstream}${req.path}${req.rawQuery === '' ? '' : `?${req.rawQuery}`}`, {
          method: req.method,
          headers: { ...forwarded.headers, 'accept-encoding': 'identity' },
          body: hasBody ? new Uint8Array(forwarded.body) : undefined,
          redirect: 'manual',
        });
      } catch (error) {
        return jsonReply(502, { error: `record mode: ${vendor} at ${upstream} did not answer (${(error as Error).message})` });
      }
      const raw = Buffer.from(await answer.arrayBuffer());
      const bodyText = raw.toString('utf8').split(upstream).join(BASE_URL_PLACEHOLDER);
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!NOT_RETURNED.has(name)) headers[name] = value.split(upstream).join(BASE_URL_PLACEHOLDER);
      });

      seq += 1;
      const fixture: Fixture = {
        vendor,
        seq,
        request: {
          method: req.method,
          path: scrubber.path(req.path),
          query: scrubber.query(req.rawQuery),
          headers: scrubber.headers(req.headers['content-type'] === undefined ? {} : { 'content-type': String(req.headers['content-type']) }),
          body: scrubber.body(contentType, req.rawBody.toString('utf8')),
        },
        response: {
          status: answer.status,
          headers: scrubber.headers(Object.fromEntries(Object.entries(headers).filter(([name]) => FIXTURE_HEADER.test(name)))),
          body: scrubber.body(headers['content-type'], bodyText),
        },
      };
      writeFixture(dir, fixture);

      const withBase = (text: string): string => text.split(BASE_URL_PLACEHOLDER).join(req.baseUrl);
      const returned: Record<string, string> = {};
      for (const [name, value] of Object.entries(headers)) returned[name] = withBase(value);
      const status = answer.status;
      return status === 204 || status === 304 ? { status, headers: returned } : { status, headers: returned, body: withBase(bodyText) };
    },
  };
}

function forwardable(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_FORWARDED.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
