import type { BreakerState, Transport } from '../../clients/transport/index.js';
import type { VendorClients } from '../../adapters/index.js';
import { VENDOR_IDS } from '../../domain/vendors.js';

/** One vendor transport's circuit breaker, as /ready and the metrics report it. */
export interface BreakerReading {
  /** The upstream name (`zendesk`, `gotowebinar`, ...), as errors and `unavailableVendors` name it. */
  vendor: string;
  state: BreakerState;
  /**
   * The breaker of the token endpoint the vendor's calls need first (GoTo's OAuth, shared by
   * its products; Bomgar's `/oauth2/token`), when the vendor has one. Open, it fails the
   * vendor's calls without a request even while `state` says closed.
   */
  token?: BreakerState;
}

/** One token endpoint's breaker, once however many vendor clients share it. */
export interface TokenBreakerReading {
  /** The token endpoint's upstream name (`goto`, `bomgar`). */
  vendor: string;
  state: BreakerState;
}

/** Every configured vendor client's breaker (GoTo's products each have their own), with its token endpoint's. */
export function readBreakers(vendors: VendorClients): BreakerReading[] {
  const readings: BreakerReading[] = [];
  for (const id of VENDOR_IDS) {
    const client = vendors[id];
    if (!client) continue;
    const token = tokenTransportOf(client);
    readings.push({ vendor: client.transport.vendor, state: client.transport.breakerState(), ...(token && { token: token.breakerState() }) });
  }
  return readings;
}

/** The token endpoints' breakers, each once (GoTo's products share one). */
export function readTokenBreakers(vendors: VendorClients): TokenBreakerReading[] {
  const seen = new Set<Transport>();
  for (const id of VENDOR_IDS) {
    const client = vendors[id];
    const token = client && tokenTransportOf(client);
    if (token) seen.add(token);
  }
  return [...seen].map((transport) => ({ vendor: transport.vendor, state: transport.breakerState() }));
}

function tokenTransportOf(client: { transport: Transport }): Transport | undefined {
  return 'tokenTransport' in client ? (client.tokenTransport as Transport | undefined) : undefined;
}
