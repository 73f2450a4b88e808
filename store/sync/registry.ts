import type { VendorFamily } from '../../domain/vendors.js';
import type { AmeyoClient } from '../../clients/ameyo/client.js';
import type { BomgarClient } from '../../clients/bomgar/client.js';
import type { GoToAssistClient } from '../../clients/goto/assist/client.js';
import type { GoToMeetingClient, GoToTrainingClient, GoToWebinarClient } from '../../clients/goto/index.js';
import type { ZendeskClient } from '../../clients/zendesk/client.js';
import { ameyoSyncs } from './ameyo/index.js';
import { bomgarSyncs } from './bomgar/index.js';
import { gotoSyncs, type GoToSyncOptions } from './goto/index.js';
import type { ResourceSync } from './types.js';
import { zendeskSyncs } from './zendesk/index.js';
import type { ZendeskTicketSyncOptions } from './zendesk/tickets.js';
import type { BomgarSessionSyncOptions } from './bomgar/sessions.js';
import type { AmeyoCallSyncOptions } from './ameyo/calls.js';

/** The vendor clients a sync reads through (the gateway's `VendorClients` fits). */
export interface SyncClients {
  zendesk?: ZendeskClient | undefined;
  gotomeeting?: GoToMeetingClient | undefined;
  gotowebinar?: GoToWebinarClient | undefined;
  gototraining?: GoToTrainingClient | undefined;
  gotoassist?: GoToAssistClient | undefined;
  bomgar?: BomgarClient | undefined;
  ameyo?: AmeyoClient | undefined;
}

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
