import type { AgentIdentity, AgentStatus, UnavailableVendor } from './support.js';

/** One person across vendors: every identity with the same email, or a lone identity without one. */
export interface Agent {
  /** The lower-cased email, or `<vendor>-<vendorId>` for an identity without one. */
  key: string;
  name: string;
  email: string | null;
  status: AgentStatus;
  identities: AgentIdentity[];
  /**
   * Vendors whose agents could not be read when this agent was put together: the person may
   * have an account there that `identities` lacks, and `status` does not count it.
   */
  unavailable: UnavailableVendor[];
}

/** Busy anywhere is busy; otherwise available anywhere is available; then away; offline only when offline everywhere. */
const STATUS_ORDER: AgentStatus[] = ['BUSY', 'AVAILABLE', 'AWAY', 'OFFLINE'];

export function combinedStatus(identities: readonly AgentIdentity[]): AgentStatus {
  return STATUS_ORDER.find((status) => identities.some((identity) => identity.status === status)) ?? 'OFFLINE';
}

export function identityKey(identity: Pick<AgentIdentity, 'vendor' | 'vendorId' | 'email'>): string {
  return identity.email ?? `${identity.vendor}-${identity.vendorId}`;
}

/**
 * Groups identities into people by email (identities without an email stay alone), ordered by
 * name. Every person carries the vendors that could not be read: any of them may hold one of
 * the person's accounts.
 */
export function mergeIdentities(identities: readonly AgentIdentity[], unavailable: UnavailableVendor[]): Agent[] {
  const people = new Map<string, AgentIdentity[]>();
  for (const identity of identities) {
    const key = identityKey(identity);
    people.set(key, [...(people.get(key) ?? []), identity]);
  }
  return [...people.entries()]
    .map(([key, members]) => ({
      key,
      name: members.find((member) => member.name)?.name ?? key,
      email: members[0]!.email,
      status: combinedStatus(members),
      identities: members,
      unavailable,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}
