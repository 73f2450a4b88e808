import type { BreakerState } from '../../clients/transport/index.js';
import type { VendorClients } from '../../adapters/index.js';
import { VENDOR_IDS } from '../../domain/vendors.js';

/** One vendor transport's circuit breaker, as /ready and the metrics report it. */
export interface BreakerReading {
  /** The upstream name (`zendesk`, `gotowebinar`, ...), as errors and `unavailableVendors` name it. */
  vendor: string;
  state: BreakerState;
}

/** Every configured vendor client's breaker (GoTo's products each have their own). */
export function readBreakers(vendors: VendorClients): BreakerReading[] {
  const readings: BreakerReading[] = [];
  for (const id of VENDOR_IDS) {
    const transport = vendors[id]?.transport;
    if (transport) readings.push({ vendor: transport.vendor, state: transport.breakerState() });
  }
  return readings;
}
