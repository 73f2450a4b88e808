import { vendorClient } from '../../adapters/vendor-client.js';
import { z } from 'zod';
import { buildUserSearchQuery } from '../../clients/zendesk/search-query.js';
import type { ZendeskUser } from '../../clients/zendesk/types.js';
import type { Context } from '../context.js';
import { email, requiredText } from '../../domain/input-rules.js';
import { phoneSpellings, phoneText, regionOf, toE164 } from '../../domain/phone.js';
import { validInput } from '../../domain/validate.js';
import { withVendorFieldNames } from '../../adapters/zendesk/field-names.js';

/** A person the helpdesk knows: a Zendesk user (end-user or staff). */
export interface Contact {
  vendor: 'zendesk';
  vendorId: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: string;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewContact {
  name: string;
  email?: string | null;
  phone?: string | null;
  externalId?: string | null;
}

export function toContact(user: ZendeskUser): Contact {
  return {
    vendor: 'zendesk',
    vendorId: user.id,
    name: user.name,
    email: user.email ?? null,
    phone: user.phone ?? null,
    role: user.role ?? 'end-user',
    externalId: user.external_id ?? null,
    createdAt: user.created_at,
    updatedAt: user.updated_at,
  };
}

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

function remember(ctx: Context, users: ZendeskUser[]): Contact[] {
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
  const results = await client.searchUsers(buildUserSearchQuery('phone', spellings), { signal: ctx.signal });
  const unique = new Map<string, ZendeskUser>();
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

export async function createContact(ctx: Context, raw: NewContact): Promise<Contact> {
  const client = vendorClient(ctx.vendors, 'zendesk');
  const input = validInput(newContactRules, raw);
  const phone = input.phone ? (toE164(input.phone, ctx.phoneRegion) ?? input.phone) : undefined;
  const user = await withVendorFieldNames(CONTACT_FIELDS, () =>
    client.createUser({
      name: input.name,
      role: 'end-user',
      ...(input.email && { email: input.email }),
      ...(phone && { phone }),
      ...(input.externalId && { external_id: input.externalId }),
    }),
  );
  return remember(ctx, [user])[0]!;
}
