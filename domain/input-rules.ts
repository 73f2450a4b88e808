import { z } from 'zod';

/** Field rules shared by the services' input schemas. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);

export const email = z.email('must be an email address');

export const tagList = z
  .array(z.string().regex(/^[\w:/.-]+$/, 'tags are single words (letters, digits, _ - : / .)'))
  .max(50, 'at most 50 tags');
