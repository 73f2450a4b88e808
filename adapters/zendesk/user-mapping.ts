import { buildUserSearchQuery } from '../../clients/zendesk/search-query.js';
import type { ZendeskUser, ZendeskUserInput } from '../../clients/zendesk/types.js';
import type { Contact, NewContact } from '../../domain/contacts.js';

/** A Zendesk user as a contact; a user without a role is an end-user, Zendesk's default. */
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

/**
 * A new (validated) contact as the body of a Zendesk user create or create_or_update: always an
 * end-user; the phone as given (callers normalise it first); empty fields are left out.
 */
export function toZendeskNewUser(contact: NewContact): ZendeskUserInput {
  return {
    name: contact.name,
    role: 'end-user',
    ...(contact.email && { email: contact.email }),
    ...(contact.phone && { phone: contact.phone }),
    ...(contact.externalId && { external_id: contact.externalId }),
  };
}

/**
 * The user search (`users/search.json?query=`) for every spelling of one phone number:
 * `phone:"a" phone:"b"`, which Zendesk ORs.
 */
export function userSearchByPhones(spellings: readonly string[]): string {
  return buildUserSearchQuery('phone', spellings);
}
