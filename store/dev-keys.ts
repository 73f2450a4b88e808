import { randomBytes } from 'node:crypto';
import { DEV_KEY_ROLES, DevKeySchema, type DevKey, type DevKeyRole } from './entities/index.js';
import type { EntityManager } from './sql-types.js';

/** A fresh random dev key: `sb_dev_<role>_<32 hex digits>` (128 bits of randomness). */
export function generateDevKey(role: DevKeyRole): string {
  return `sb_dev_${role}_${randomBytes(16).toString('hex')}`;
}

/** Every stored dev key, weakest role first. */
export async function listDevKeys(em: EntityManager): Promise<DevKey[]> {
  const rows = await em.find(DevKeySchema, {});
  return rows.sort((a, b) => DEV_KEY_ROLES.indexOf(a.role) - DEV_KEY_ROLES.indexOf(b.role));
}

/**
 * Returns the dev key of every role, creating only the missing ones with `generate`.
 * Idempotent, and safe when several processes call it at once: each insert yields to a
 * row another caller already stored (the role is the primary key), and the answer is
 * re-read from the database, so every caller sees the same four keys.
 */
export async function ensureDevKeys(
  em: EntityManager,
  generate: (role: DevKeyRole) => string = generateDevKey,
): Promise<Record<DevKeyRole, string>> {
  let stored = await readKeys(em);
  const missing = DEV_KEY_ROLES.filter((role) => !stored.has(role));
  if (missing.length > 0) {
    const createdAt = new Date();
    const rows = missing.map((role) => ({ role, key: checkedKey(role, generate(role)), createdAt }));
    await em.createQueryBuilder(DevKeySchema).insert(rows).onConflict('role').ignore().execute();
    stored = await readKeys(em);
  }
  return Object.fromEntries(
    DEV_KEY_ROLES.map((role) => {
      const key = stored.get(role);
      // Unreachable unless a row is deleted between our insert and the re-read.
      if (key === undefined) throw new Error(`dev key for role ${role} is missing after creation`);
      return [role, key];
    }),
  ) as Record<DevKeyRole, string>;
}

async function readKeys(em: EntityManager): Promise<Map<DevKeyRole, string>> {
  // Straight from the database, not the identity map: another process may have written.
  const rows = await em.find(DevKeySchema, {}, { disableIdentityMap: true });
  return new Map(rows.map((row) => [row.role, row.key]));
}

/** The server rejects API keys shorter than 16 characters; refuse to store one. */
function checkedKey(role: DevKeyRole, key: string): string {
  if (typeof key !== 'string' || key.length < 16) {
    throw new Error(`generated dev key for role ${role} must be a string of at least 16 characters`);
  }
  return key;
}
