import { z } from 'zod';

/** Field rules shared by the services' input schemas. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);

export const email = z.email('must be an email address');

export const tagList = z
  .array(z.string().regex(/^[\w:/.-]+$/, 'tags are single words (letters, digits, _ - : / .)'))
  .max(50, 'at most 50 tags');

/**
 * The longest string, in characters (UTF-16 code units), each kind of input may be. Every String
 * and ID argument and input field of the schema is bounded by one of these (the table in
 * schema/core/string-bounds.ts; docs/api.md lists them), checked before any service sees it.
 */
export const MAX_LENGTH = {
  /** RFC 5321's longest forward path. */
  email: 254,
  /** A phone number as a person types it, spaces, dashes and extension included. */
  phone: 40,
  /** A person's, company's or team's name. */
  name: 255,
  /** A ticket or meeting subject (Zendesk's own limit, 150, is checked by the ticket service). */
  subject: 255,
  /** Free text: a ticket description, a comment body, a customer's details, a search text. */
  text: 65_000,
  /** A short code or key: a campaign, a disposition code, a connection code, an external id, a tag, a group key. */
  code: 255,
  /** Any record id: a global id or a vendor's own id. */
  id: 512,
  /** A connection's `after` / `before` cursor. */
  cursor: 2_048,
  /** A URL or path. */
  url: 2_048,
  /** A mutation's `idempotencyKey`. */
  idempotencyKey: 128,
} as const;

/** What a caller may send as `idempotencyKey`: 1 to 128 letters, digits, `_ . : -` (a UUID fits). */
export const idempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]+$/, 'use letters, digits and _ . : - only (a UUID fits)')
  .min(1, 'must not be empty')
  .max(MAX_LENGTH.idempotencyKey, `must be at most ${MAX_LENGTH.idempotencyKey} characters`);
