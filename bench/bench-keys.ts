/** The API keys a bench's gateway is started with: one random key per role. */
import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../domain/roles.js';

export type BenchKeys = Record<Role, string>;

/** One random key per role, labelled (`<label>_<role>_<hex>`) so logs tell whose it is. */
export function benchKeys(label: string): BenchKeys {
  return Object.fromEntries(ROLES.map((role) => [role, `${label}_${role}_${randomBytes(12).toString('hex')}`])) as BenchKeys;
}
