import type { Context } from '../server/context.js';
import { contactsByEmail, type Contact } from './contacts.js';

/** Lookups already made in this request, so a list of attendees searches each email once. */
const asked = new WeakMap<Context, Map<string, Promise<Contact | null>>>();

/**
 * The helpdesk contact with this email (GoTo attendees and registrants join to contacts by
 * email, as the Mautic plugin joins them to leads). One Zendesk search per distinct email
 * per request: Zendesk has no batch lookup by email.
 */
export function contactForEmail(ctx: Context, email: string | null): Promise<Contact | null> {
  if (!email) return Promise.resolve(null);
  let memo = asked.get(ctx);
  if (!memo) asked.set(ctx, (memo = new Map()));
  const key = email.trim().toLowerCase();
  let found = memo.get(key);
  if (!found) memo.set(key, (found = contactsByEmail(ctx, key).then((contacts) => contacts[0] ?? null)));
  return found;
}
