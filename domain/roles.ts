/** Roles in ascending order of power: each role can do everything the roles before it can. */
export const ROLES = ['viewer', 'agent', 'manager', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** True when `role` is at least `required`. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

/** The scope map Pothos scope-auth checks: `{ viewer: true, agent: true, manager: false, admin: false }` for an agent. */
export function scopesFor(role: Role | null): Record<Role, boolean> {
  return Object.fromEntries(ROLES.map((r) => [r, role !== null && roleAtLeast(role, r)])) as Record<Role, boolean>;
}
