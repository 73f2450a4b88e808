/**
 * The least role a field may be read or run by, as Pothos scope-auth reads it. Every field
 * in the schema declares one of these (test/auth.test.ts walks the schema to check).
 */
export const VIEWER = { viewer: true } as const;
export const AGENT = { agent: true } as const;
export const MANAGER = { manager: true } as const;
export const ADMIN = { admin: true } as const;
