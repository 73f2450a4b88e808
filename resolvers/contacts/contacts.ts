import { vendorClient } from '../../adapters/vendor-client.js';
import { z } from 'zod';
import type { Context } from '../context.js';
import type { Contact, NewContact } from '../../domain/contacts.js';
import { email, requiredText } from '../../domain/input-rules.js';
import { phoneSpellings, phoneText, regionOf, toE164 } from '../../domain/phone.js';
import { validInput } from '../../domain/validate.js';
import { InputError, type FieldIssue } from '../../domain/errors.js';
import { withVendorFieldNames } from '../../adapters/zendesk/field-names.js';
import { toContact, toZendeskNewUser, userSearchByPhones } from '../../adapters/zendesk/user-mapping.js';

/** A user as the helpdesk client reads it (and the loaders hold it). */
type UserRecord = Parameters<typeof toContact>[0];

export async function contactsById(ctx: Context, ids: readonly string[]): Promise<(Contact | null)[]> {
  const users = await ctx.loaders.zendesk.users.loadMany(ids);
  return users.map((user) => {
    if (user instanceof Error) throw user;
    return user && toContact(user);
  });
}

export async function contactById(ctx: Context, id: string): Promise<Contact | null> {
  const [contact] = await contactsById(ctx, [id]);
  return contact ?? null;
}

function remember(ctx: Context, users: UserRecord[]): Contact[] {
  for (const user of users) ctx.loaders.zendesk.users.prime(user.id, user);
  return users.map(toContact);
}

/** Contacts with this email; lookups made in the same tick share one Zendesk search. */
export async function contactsByEmail(ctx: Context, email: string): Promise<Contact[]> {
  return remember(ctx, await ctx.loaders.zendesk.usersByEmail.load(email.trim().toLowerCase()));
}

/**
 * Finds contacts by phone however the helpdesk stored the number: one search asks for every
 * spelling (`phone:"a" phone:"b"`, ORed by Zendesk), and only users whose stored number is
 * the same number are kept.
 */
export async function contactsByPhone(ctx: Context, phone: string): Promise<Contact[]> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  const target = toE164(phone, ctx.phoneRegion);
  const spellings = phoneSpellings(phone, ctx.phoneRegion);
  // A stored "020 7946 0958" is a London number when London is what we were asked for.
  const region = regionOf(phone, ctx.phoneRegion);
  const results = await client.searchUsers(userSearchByPhones(spellings), { signal: ctx.signal });
  const unique = new Map<string, UserRecord>();
  for (const user of results) {
    const stored = user.phone ? toE164(user.phone, region) : null;
    const same = target ? stored === target : user.phone?.trim() === phone.trim();
    if (same) unique.set(user.id, user);
  }
  return remember(ctx, [...unique.values()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })));
}

const CONTACT_FIELDS = {
  name: 'input.name',
  email: 'input.email',
  phone: 'input.phone',
  external_id: 'input.externalId',
  base: 'input',
};

const newContactRules = z.object({
  name: requiredText(255),
  email: email.nullish(),
  phone: phoneText.nullish(),
  externalId: z.string().max(255, 'must be at most 255 characters').nullish(),
});

/**
 * Creates a contact in Zendesk. A number another contact already has is refused, naming them:
 * a call from it would pop one of the two (see `callerContact` in resolvers/calls/inbound.ts).
 * Two creations racing with one number can both pass the check; Zendesk itself does not refuse it.
 */
export async function createContact(ctx: Context, raw: NewContact): Promise<Contact> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  const input = validInput(newContactRules, raw);
  const phone = input.phone ? (toE164(input.phone, ctx.phoneRegion) ?? input.phone) : undefined;
  if (input.phone) await refuseTakenNumber(ctx, input.phone, input.email);
  const user = await withVendorFieldNames(CONTACT_FIELDS, () =>
    client.createUser(toZendeskNewUser({ name: input.name, email: input.email, phone, externalId: input.externalId })),
  );
  return remember(ctx, [user])[0]!;
}

/** Refuses a number a contact already has, naming them; a taken email is named too, so one answer lists both. */
async function refuseTakenNumber(ctx: Context, phone: string, email: string | null | undefined): Promise<void> {
  const [holder] = await contactsByPhone(ctx, phone);
  if (!holder) return;
  const issues: FieldIssue[] = [{ field: 'input.phone', message: `is already the number of ${holder.name} (Zendesk user ${holder.vendorId})` }];
  const [emailHolder] = email ? await contactsByEmail(ctx, email) : [];
  if (emailHolder) issues.push({ field: 'input.email', message: `is already the email of ${emailHolder.name} (Zendesk user ${emailHolder.vendorId})` });
  throw new InputError(issues);
}
