import type { Store } from '../../store/index.js';
import type { Logger } from '../logger.js';
import type { VendorClients } from '../../adapters/index.js';
import { readBreakers, readTokenBreakers } from './breakers.js';
import type { WebhookReading } from './endpoints.js';
import { createMetrics, type Metrics } from './metrics.js';
import { useObservability } from './plugin.js';
import { readSyncLag } from './sync-lag.js';

export { yogaLogger } from './yoga-logger.js';
export { requestIdFor } from './request-id.js';
export { checkReadiness, isAdminOutcome, type Readiness } from './endpoints.js';
export type { Metrics } from './metrics.js';

export interface ObservabilityOptions {
  logger: Logger;
  store: Store;
  /** The vendor clients (read lazily: they are created with this module's upstream hook). */
  vendors: () => VendorClients;
  graphqlPath: string;
  /** METRICS_TOKEN. */
  metricsToken: string | undefined;
  /** Whether an Authorization header names an admin caller (admins may scrape /metrics). */
  isAdmin: (authorization: string | null) => Promise<boolean>;
  /** Open live subscriptions (the live engine's count); default none reported. */
  subscribers?: () => number;
  /** Process metrics; default true. */
  processMetrics?: boolean;
  /** Where the vendor webhook registrations stand, for /ready; default none listed. */
  webhooks?: () => WebhookReading[];
}

/**
 * Everything buildApp needs for observability: the metrics registry, the transport hook
 * that counts vendor calls, the yoga plugin (request ids, access log, /ready, /metrics),
 * and the draining flag shutdown sets so /ready turns 503.
 */
export function createObservability(options: ObservabilityOptions) {
  const state = { draining: false };
  const breakers = () => readBreakers(options.vendors());
  const metrics: Metrics = createMetrics(
    { breakers, tokenBreakers: () => readTokenBreakers(options.vendors()), subscribers: options.subscribers, syncLag: () => readSyncLag(options.store) },
    { processMetrics: options.processMetrics },
  );
  const plugin = useObservability({
    logger: options.logger,
    metrics,
    graphqlPath: options.graphqlPath,
    readiness: { store: options.store, breakers, draining: () => state.draining, webhooks: options.webhooks },
    metricsAccess: { token: options.metricsToken, isAdmin: options.isAdmin },
  });
  return {
    metrics,
    plugin,
    /** For the vendor transports' `onCall`. */
    onUpstreamCall: metrics.upstreamCall,
    /** Marks the instance as shutting down: /ready answers 503 from now on. */
    drain: () => {
      state.draining = true;
    },
    get draining() {
      return state.draining;
    },
  };
}

export type Observability = ReturnType<typeof createObservability>;
