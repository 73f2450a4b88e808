import { z } from 'zod';
import { unexpectedBodyError, type DecodedCall } from '../transport/index.js';

/** Ameyo writes ids as strings in one answer and numbers in another: read both as text. */
const id = z.union([z.string(), z.number()]).transform(String);
const nullableText = z.string().nullish().transform((value) => value ?? null);

export const envelopes = {
  session: z.looseObject({ sessionId: z.string().min(1) }),
  ping: z.looseObject({ alive: z.boolean() }),
  dial: z.looseObject({ crtObjectId: id, userCrtObjectId: id, customerId: id }),
  callback: z.looseObject({ customerCallbackId: id }),
  users: z.array(z.looseObject({ userId: id, userName: z.string(), userType: z.string(), emailId: nullableText })),
  agentStates: z.array(
    z.looseObject({
      userId: id,
      name: z.string(),
      state: z.enum(['available', 'ready', 'busy', 'break', 'offline']),
      campaignId: id,
      since: z.string(),
    }),
  ),
  queueStats: z.looseObject({ campaignId: id, waitingCalls: z.number(), longestWaitSeconds: z.number(), agentsAvailable: z.number() }),
  campaigns: z.array(z.looseObject({ campaignId: id, campaignName: z.string(), campaignType: z.string().nullish().transform((value) => value ?? null) })),
};

/**
 * Checks an answer's shape; a mismatch is the vendor's failure (UPSTREAM_UNAVAILABLE), or for a
 * command that may not be repeated (a dial) an unknown outcome (UPSTREAM_OUTCOME_UNKNOWN).
 */
export function decode<S extends z.ZodType>(schema: S, body: unknown, call: DecodedCall): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw unexpectedBodyError('ameyo', call, `an unexpected body (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'})`);
}

/** Ameyo's `{"status":"error","reason":...}`, which the command API sends with HTTP 200. */
export function ameyoFailure(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  if (record['status'] !== 'error') return undefined;
  return typeof record['reason'] === 'string' ? record['reason'] : 'error';
}
