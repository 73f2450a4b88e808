import { ACCOUNT } from './constants.js';
import { DetailsCollector } from './details.js';
import { normaliseTags, type JsonObject } from './json-input.js';
import type { ErrorDetails } from './errors.js';
import { USER_ROLES, type UserRole, type ZendeskUser } from './model.js';
import type { ZendeskState } from './state.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Adds an end-user (ticket requesters and SSO sign-ins that do not exist yet). */
export function createEndUser(state: ZendeskState, fields: { name: string; email: string | null; externalId?: string | null }): ZendeskUser {
  const now = state.now();
  const user: ZendeskUser = {
    id: state.newUserId(),
    name: fields.name,
    email: fields.email,
    phone: null,
    role: 'end-user',
    externalId: fields.externalId ?? null,
    notes: '',
    details: '',
    tags: [],
    organizationId: null,
    defaultGroupId: null,
    timeZone: 'Eastern Time (US & Canada)',
    ianaTimeZone: 'America/New_York',
    verified: false,
    active: true,
    suspended: false,
    createdAt: now,
    updatedAt: now,
  };
  state.users.set(user.id, user);
  return user;
}

/**
 * Validates a `user` object for create (`existing` undefined) or update. Phone numbers are kept
 * exactly as given: that is what makes phone search format-sensitive.
 */
export function validateUser(input: JsonObject, state: ZendeskState, existing: ZendeskUser | undefined): ErrorDetails | undefined {
  const errors = new DetailsCollector();
  if (existing === undefined || 'name' in input) {
    if (typeof input.name !== 'string' || input.name.trim() === '') errors.add('name', 'Name: is too short (minimum is 1 characters)', 'BlankValue');
  }
  if (input.email !== undefined && input.email !== null) {
    if (typeof input.email !== 'string' || !EMAIL.test(input.email.trim())) {
      errors.add('email', `Email: ${String(input.email)} is not properly formatted`, 'InvalidFormat');
    } else {
      const owner = state.userByEmail(input.email);
      if (owner && owner.id !== existing?.id) errors.add('email', `Email: ${input.email.trim()} is already being used by another user`, 'DuplicateValue');
    }
  }
  if (input.role !== undefined && !(USER_ROLES as readonly unknown[]).includes(input.role)) errors.add('role', 'Role: is invalid', 'InvalidValue');
  if (input.external_id !== undefined && input.external_id !== null) {
    const owner = state.userByExternalId(String(input.external_id));
    if (owner && owner.id !== existing?.id) errors.add('external_id', `External: ${String(input.external_id)} has already been taken`, 'DuplicateValue');
  }
  if (input.phone !== undefined && input.phone !== null && typeof input.phone !== 'string') errors.add('phone', 'Phone: is invalid', 'InvalidValue');
  return errors.empty ? undefined : errors.details;
}

/**
 * Who `create_or_update` (and `create_or_update_many`) updates: the user with the same email
 * (case-insensitive), else the same `external_id`; undefined: a new user is created.
 */
export function upsertTarget(input: JsonObject, state: ZendeskState): ZendeskUser | undefined {
  const byEmail = typeof input.email === 'string' ? state.userByEmail(input.email) : undefined;
  const hasExternalId = input.external_id !== undefined && input.external_id !== null;
  return byEmail ?? (hasExternalId ? state.userByExternalId(String(input.external_id)) : undefined);
}

/** Creates a user from a validated `user` object. */
export function createUser(input: JsonObject, state: ZendeskState): ZendeskUser {
  const user = createEndUser(state, { name: String(input.name).trim(), email: null });
  applyUser(user, input, state, false);
  user.verified = input.verified === true;
  return user;
}

/** Applies a validated `user` object to a user. */
export function applyUser(user: ZendeskUser, input: JsonObject, state: ZendeskState, touch = true): void {
  if (typeof input.name === 'string') user.name = input.name.trim();
  if (typeof input.email === 'string') user.email = input.email.trim();
  if (input.email === null) user.email = null;
  if (typeof input.phone === 'string' || input.phone === null) user.phone = input.phone === '' ? null : input.phone;
  if (input.external_id !== undefined) user.externalId = input.external_id === null ? null : String(input.external_id);
  if (typeof input.notes === 'string') user.notes = input.notes;
  if (typeof input.details === 'string') user.details = input.details;
  if (typeof input.role === 'string') {
    user.role = input.role as UserRole;
    user.defaultGroupId = user.role === 'end-user' ? null : ACCOUNT.supportGroupId;
  }
  if (typeof input.suspended === 'boolean') user.suspended = input.suspended;
  if (typeof input.time_zone === 'string') user.timeZone = input.time_zone;
  const tags = normaliseTags(input.tags);
  if (tags !== undefined) user.tags = tags;
  if (touch) user.updatedAt = state.now();
}
