import { CountedRules, type Counted } from './counted-rules.js';
import { isJsonText, JSON_CONTENT_TYPE, TEXT_CONTENT_TYPE, type VendorReply } from './reply.js';
import { matchesPattern, type PatternTarget, type RequestPattern } from './request-pattern.js';

/** What `POST /_sim/stubs` accepts (already validated): which requests, and the answer they get instead of the vendor's. */
export interface StubSpec extends RequestPattern {
  /** The status to answer; default 200. */
  status: number;
  /** Headers to send (a Content-Type here wins over the default). */
  headers: Record<string, string>;
  /** The body: a string is sent as it is (JSON if it parses as JSON, else text), any other JSON value as JSON; omitted: none. */
  body?: unknown;
  /** How many requests it answers; omitted: until removed. */
  times?: number;
}

/** A registered stub as `GET /_sim/stubs` lists it. */
export type Stub = StubSpec & Counted;

/** Custom answers that take precedence over the vendors' own, matched newest first (the last one added wins). */
export class StubStore extends CountedRules<StubSpec> {
  constructor() {
    super('s');
  }

  /** The stub that answers this request, if any (newest first, with answers left); counts the hit. */
  take(target: PatternTarget): Stub | undefined {
    for (let i = this.rules.length - 1; i >= 0; i--) {
      const stub = this.rules[i]!;
      if (!this.live(stub) || !matchesPattern(stub, target)) continue;
      this.hit(stub);
      return stub;
    }
    return undefined;
  }
}

/** The reply a stub sends. */
export function stubReply(stub: StubSpec): VendorReply {
  const headers: Record<string, string> = {};
  if (stub.body !== undefined) {
    const text = typeof stub.body === 'string' ? stub.body : JSON.stringify(stub.body);
    headers['Content-Type'] = typeof stub.body !== 'string' || isJsonText(text) ? JSON_CONTENT_TYPE : TEXT_CONTENT_TYPE;
    Object.assign(headers, withoutContentType(stub.headers, false), withoutContentType(stub.headers, true));
    return { status: stub.status, headers, body: text };
  }
  return { status: stub.status, headers: { ...stub.headers } };
}

/** The given headers, split so one Content-Type (any spelling) replaces the default. */
function withoutContentType(headers: Record<string, string>, onlyContentType: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const isType = name.toLowerCase() === 'content-type';
    if (isType === onlyContentType) out[isType ? 'Content-Type' : name] = value;
  }
  return out;
}

