import type { VendorClients } from './vendor-clients.js';
import { ameyoLiveSource } from './ameyo/live-poll.js';
import { bomgarLiveSource } from './bomgar/live-poll.js';
import { gotoAssistLiveSource } from './gotoassist/live-poll.js';
import type { LiveSource, LiveSourceOptions } from './live-source.js';

/** The polled vendors this gateway has a client for: one line per vendor. */
export function createLiveSources(vendors: VendorClients, options: LiveSourceOptions): LiveSource[] {
  return [
    vendors.gotoAssist && gotoAssistLiveSource(vendors.gotoAssist, options),
    vendors.bomgar && bomgarLiveSource(vendors.bomgar, options),
    vendors.ameyo && ameyoLiveSource(vendors.ameyo),
  ].filter((source): source is LiveSource => Boolean(source));
}
