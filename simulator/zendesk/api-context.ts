import type { VendorReply } from '../core/reply.js';
import type { SimRequest } from '../core/request.js';
import { isObject, readId, type JsonObject } from './json-input.js';
import { invalidJson, parameterMissing } from './errors.js';
import type { ZendeskOAuthToken, ZendeskUser } from './model.js';
import type { ZendeskState } from './state.js';

/** What every authenticated API handler gets. */
export interface ApiContext {
  state: ZendeskState;
  /** The authenticated agent or admin. */
  actor: ZendeskUser;
  /** The caller's User-Agent (kept in comment metadata). */
  client: string | null;
  /** The OAuth token the request authenticated with, when it is one the account issued. */
  oauthToken?: ZendeskOAuthToken;
}

/** The `{"<key>": {...}}` object of a write request, or the error reply for a bad body. */
export function bodyObject(req: SimRequest, key: string): { input: JsonObject } | { reply: VendorReply } {
  if (req.bodyError !== undefined) return { reply: invalidJson(req.bodyError) };
  const inner = isObject(req.body) ? req.body[key] : undefined;
  return isObject(inner) ? { input: inner } : { reply: parameterMissing(key) };
}

/** A path id, or undefined when it is not a number (answered as 404, like the real API). */
export function pathId(raw: string | undefined): number | undefined {
  return readId(raw);
}

/** `ids=1,2,3` as numbers (unparseable entries dropped). */
export function idList(value: string | null): number[] {
  if (value === null || value.trim() === '') return [];
  return value.split(',').flatMap((part) => {
    const id = readId(part.trim());
    return id === undefined ? [] : [id];
  });
}
