import { EntitySchema } from '@mikro-orm/core';

/** The four gateway roles, weakest first (the same list as server/roles.ts; the store sits below the server, so it keeps its own copy). */
export const DEV_KEY_ROLES = ['viewer', 'agent', 'manager', 'admin'] as const;
export type DevKeyRole = (typeof DEV_KEY_ROLES)[number];

/** A development API key that `serve` creates when no keys are configured: one per role. */
export interface DevKey {
  role: DevKeyRole;
  key: string;
  createdAt: Date;
}

export const DevKeySchema = new EntitySchema<DevKey>({
  name: 'DevKey',
  tableName: 'dev_keys',
  properties: {
    // The role is the primary key: at most one dev key per role, enforced by the database.
    role: { type: 'string', length: 16, primary: true },
    key: { type: 'string', length: 128, unique: 'dev_keys_key_unique' },
    createdAt: { type: 'datetime', fieldName: 'created_at' },
  },
});
