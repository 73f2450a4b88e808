import type { z } from 'zod';
import { InputError } from './errors.js';

/**
 * Validates a mutation's input inside the service, after the caller's role was checked
 * (Pothos maps arguments before authorisation runs, so the schema layer would tell a
 * caller without the role what was wrong with their input). Issues name the field by
 * its path from `root`: `input.requester.email`.
 */
export function validInput<T extends z.ZodType>(schema: T, value: unknown, root = 'input'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(
    result.error.issues.map((issue) => ({
      field: [root, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}
