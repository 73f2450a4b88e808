import type { Context } from '../context.js';
import type { Contact } from '../../domain/contacts.js';
import { contactsByEmail } from './contacts.js';

/**
 * The helpdesk contact with this email (GoTo attendees and registrants join to contacts by
 * email, as the Mautic plugin joins them to leads). The emails of a whole list of attendees
 * are looked up together, a few searches in all (see `usersByEmail` in the Zendesk loaders).
 */
export async function contactForEmail(ctx: Context, email: string | null): Promise<Contact | null> {
  if (!email) return null;
  return (await contactsByEmail(ctx, email))[0] ?? null;
}
