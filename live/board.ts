import { identityKey, mergeIdentities, type Agent } from '../domain/agents.js';
import type { AgentIdentity, SupportSession, UnavailableVendor } from '../domain/support.js';
import { isActive, isPolledVendor, RECENTLY_ENDED_KEPT, type LiveBoard, type LiveChangeBatch, type LiveQueue, type PolledVendor, type VendorSnapshot, type VendorStatus } from '../domain/live.js';

/** A person whose merged record one batch changed (identities added, removed or changed). */
export interface PersonChange {
  key: string;
  before: Agent | null;
  after: Agent | null;
}

/** A batch as this instance's board applied it: what subscribers are told. */
export interface BoardUpdate {
  batch: LiveChangeBatch;
  people: PersonChange[];
}

/** The vendors that do not answer, as listings name them (`unavailableVendors`). */
export function unavailableVendors(statuses: readonly VendorStatus[]): UnavailableVendor[] {
  return statuses
    .filter((status) => !status.reachable)
    .map((status) => ({ vendor: status.vendor, code: status.code ?? 'UPSTREAM_UNAVAILABLE', message: status.message ?? `${status.vendor} did not answer` }));
}

export function emptySnapshot(vendor: PolledVendor, at: string): VendorSnapshot {
  return { vendor, at, status: null, identities: [], queues: [], sessions: [], ended: [] };
}

/**
 * One instance's board: each polled vendor's latest snapshot, kept current by applying every
 * change batch the instance hears (its own included), in order. Applying is idempotent.
 */
export class Board {
  readonly #vendors = new Map<PolledVendor, VendorSnapshot>();
  #view: LiveBoard | null = null;
  #at = new Date(0).toISOString();

  /** Takes a stored snapshot for a vendor the board has nothing of yet (an instance starting up). */
  load(snapshot: VendorSnapshot): void {
    if (this.#vendors.has(snapshot.vendor)) return;
    this.#vendors.set(snapshot.vendor, structuredClone({ ...snapshot, ended: snapshot.ended ?? [] }));
    this.#touch(snapshot.at);
  }

  vendor(vendor: PolledVendor): VendorSnapshot | null {
    return this.#vendors.get(vendor) ?? null;
  }

  view(): LiveBoard {
    this.#view ??= this.#build();
    return this.#view;
  }

  apply(batch: LiveChangeBatch): BoardUpdate {
    if (!isPolledVendor(batch.vendor)) return { batch, people: [] };
    const snapshot = this.#vendors.get(batch.vendor) ?? emptySnapshot(batch.vendor, batch.at);
    const touched = new Set<string>();
    for (const change of batch.changes) {
      if (change.kind === 'identity') {
        for (const identity of [change.before, change.after]) if (identity) touched.add(identityKey(identity));
      }
    }
    const before = this.#people(touched);
    for (const change of batch.changes) {
      switch (change.kind) {
        case 'identity': {
          const id = (change.after ?? change.before)!.vendorId;
          snapshot.identities = snapshot.identities.filter((identity) => identity.vendorId !== id);
          if (change.after) snapshot.identities.push(change.after);
          break;
        }
        case 'queue': {
          const id = (change.after ?? change.before)!.vendorId;
          snapshot.queues = snapshot.queues.filter((queue) => queue.vendorId !== id);
          if (change.after) snapshot.queues.push(change.after);
          break;
        }
        case 'session': {
          const session = (change.after ?? change.before)!;
          snapshot.sessions = snapshot.sessions.filter((known) => known.vendorId !== session.vendorId);
          snapshot.ended = snapshot.ended.filter((known) => known.vendorId !== session.vendorId);
          if (change.after && isActive(change.after)) snapshot.sessions.push(change.after);
          else snapshot.ended = [...snapshot.ended, session].slice(-RECENTLY_ENDED_KEPT);
          break;
        }
        case 'vendor':
          snapshot.status = change.after;
          break;
        case 'webinar':
          break;
      }
    }
    snapshot.at = batch.at;
    this.#vendors.set(batch.vendor, snapshot);
    this.#touch(batch.at);
    const after = this.#people(touched);
    const people = [...touched]
      .map((key) => ({ key, before: before.get(key) ?? null, after: after.get(key) ?? null }))
      .filter((change) => change.before !== null || change.after !== null);
    return { batch, people };
  }

  #touch(at: string) {
    this.#view = null;
    if (at > this.#at) this.#at = at;
  }

  /** The merged people with these keys, as the board stands. */
  #people(keys: ReadonlySet<string>): Map<string, Agent> {
    if (keys.size === 0) return new Map();
    const agents = this.view().agents.filter((agent) => keys.has(agent.key));
    return new Map(agents.map((agent) => [agent.key, agent]));
  }

  #build(): LiveBoard {
    const snapshots = [...this.#vendors.values()].sort((a, b) => a.vendor.localeCompare(b.vendor));
    const vendors = snapshots.flatMap((snapshot) => (snapshot.status ? [snapshot.status] : []));
    const unavailable = unavailableVendors(vendors);
    const identities: AgentIdentity[] = snapshots.flatMap((snapshot) => snapshot.identities);
    return {
      at: this.#at,
      agents: mergeIdentities(identities, unavailable),
      queues: snapshots.flatMap((snapshot) => [...snapshot.queues].sort((a, b) => a.name.localeCompare(b.name) || a.vendorId.localeCompare(b.vendorId))),
      sessions: snapshots.flatMap((snapshot) => [...snapshot.sessions].sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? '') || a.vendorId.localeCompare(b.vendorId))),
      vendors,
    };
  }
}
