import type { VendorFamily } from '../../domain/vendors.js';
import type { VendorClients } from '../../adapters/index.js';
import { ameyoSyncs } from './ameyo/index.js';
import { bomgarSyncs } from './bomgar/index.js';
import { gotoSyncs, type GoToSyncOptions } from './goto/index.js';
import type { ResourceSync } from './types.js';
import { zendeskSyncs } from './zendesk/index.js';
import type { ZendeskTicketSyncOptions } from './zendesk/tickets.js';
import type { BomgarSessionSyncOptions } from './bomgar/sessions.js';
import type { AmeyoCallSyncOptions } from './ameyo/calls.js';

/** The vendor clients a sync reads through: the registry's clients (a test may hand some only). */
export type SyncClients = Partial<Omit<VendorClients, 'enabled'>>;

/** Tuning per resource (page sizes, windows, lookback); every option has a default. */
export interface SyncTuning {
  zendesk?: { tickets?: ZendeskTicketSyncOptions };
  goto?: GoToSyncOptions;
  bomgar?: { sessions?: BomgarSessionSyncOptions };
  ameyo?: { calls?: AmeyoCallSyncOptions };
}

/**
 * The one place vendors are registered for sync: what each `--vendor` reads, given its clients.
 * A vendor without clients is named with no resources (the run reports it as not configured).
 */
export function syncPlan(clients: SyncClients, vendors: readonly VendorFamily[], tuning: SyncTuning = {}): Map<VendorFamily, ResourceSync[] | null> {
  const { zendesk, gotomeeting, gotowebinar, gototraining, gotoassist, bomgar, ameyo } = clients;
  const build: Record<VendorFamily, () => ResourceSync[] | null> = {
    zendesk: () => (zendesk ? zendeskSyncs(zendesk, tuning.zendesk) : null),
    goto: () =>
      gotomeeting && gotowebinar && gototraining && gotoassist
        ? gotoSyncs({ meeting: gotomeeting, webinar: gotowebinar, training: gototraining, assist: gotoassist }, tuning.goto)
        : null,
    bomgar: () => (bomgar ? bomgarSyncs(bomgar, tuning.bomgar) : null),
    ameyo: () => (ameyo ? ameyoSyncs(ameyo, tuning.ameyo) : null),
  };
  return new Map(vendors.map((vendor) => [vendor, build[vendor]()]));
}
