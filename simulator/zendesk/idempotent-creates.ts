import type { VendorReply } from '../core/reply.js';

/** How long Zendesk keeps an `Idempotency-Key` (confirmed: developer.zendesk.com, Ticketing API introduction, "Idempotency"). */
export const IDEMPOTENCY_KEY_TTL_MS = 2 * 60 * 60 * 1000;

interface Kept {
  /** The request's parameters, as compared with a repeat's. */
  parameters: string;
  reply: VendorReply;
  expiresAtMs: number;
}

/**
 * Ticket creations sent with an `Idempotency-Key`, as Zendesk documents them: a repeat with the
 * same key and parameters within 2 hours gets the first answer again (`x-idempotency-lookup: hit`,
 * nothing created); with other parameters it is refused (400). Modeled: only a creation that
 * succeeded is kept, so a refused one (422) may be corrected and sent again under its key.
 */
export class IdempotentCreates {
  readonly #kept = new Map<string, Kept>();

  /** What a request with `key` gets instead of running: the kept answer, a refusal, or nothing (run it). */
  repeat(key: string, parameters: string, nowMs: number): VendorReply | undefined {
    const kept = this.#kept.get(key);
    if (!kept || kept.expiresAtMs <= nowMs) {
      this.#kept.delete(key);
      return undefined;
    }
    if (kept.parameters !== parameters) return mismatch();
    return { ...kept.reply, headers: { ...kept.reply.headers, 'x-idempotency-lookup': 'hit' } };
  }

  /** Keeps a first answer under its key; returns it with `x-idempotency-lookup: miss`. */
  keep(key: string, parameters: string, reply: VendorReply, nowMs: number): VendorReply {
    if (reply.status >= 200 && reply.status < 300) this.#kept.set(key, { parameters, reply, expiresAtMs: nowMs + IDEMPOTENCY_KEY_TTL_MS });
    return { ...reply, headers: { ...reply.headers, 'x-idempotency-lookup': 'miss' } };
  }
}

/** The key reused with other parameters (Zendesk's error name; its description modeled). */
function mismatch(): VendorReply {
  return {
    status: 400,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: 'IdempotentRequestError', description: 'Request parameters do not match the original request with the same idempotency key' }),
  };
}
