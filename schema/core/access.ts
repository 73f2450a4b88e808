/**
 * The least role a field may be read or run by, as Pothos scope-auth reads it. Every field has
 * one: a root field (query, mutation, subscription) names its own; any other field has its
 * type's (`authScopes` on the object type, checked once per object), and names its own only when
 * it is above its type's role (test/auth.test.ts walks the schema to check).
 */
export const VIEWER = { viewer: true } as const;
export const AGENT = { agent: true } as const;
export const MANAGER = { manager: true } as const;
export const ADMIN = { admin: true } as const;
