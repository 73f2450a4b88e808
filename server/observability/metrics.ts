import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CallEvent } from '../../clients/transport/index.js';
import type { SharedReadOutcome } from '../../adapters/shared-reads/shared-reads.js';
import type { BreakerReading, TokenBreakerReading } from './breakers.js';
import type { SyncLagReading } from './sync-lag.js';

/** Where the gauges read their values at scrape time; each may be missing (nothing is reported). */
export interface MetricSources {
  /** Each vendor transport's circuit breaker. */
  breakers?: () => BreakerReading[];
  /** Each token endpoint's circuit breaker (GoTo OAuth, Bomgar /oauth2/token), once each. */
  tokenBreakers?: () => TokenBreakerReading[];
  /** Open live subscriptions on this instance. */
  subscribers?: () => number;
  /** Age of each synced resource's history (may query the store). */
  syncLag?: () => Promise<SyncLagReading[]>;
}

export interface MetricsOptions {
  /** Process metrics (CPU, heap, event loop lag, GC); default true. */
  processMetrics?: boolean;
  /**
   * Distinct operation names kept as label values; later new names count as `other`, so a
   * client inventing names cannot grow the series without bound. Default 200.
   */
  maxOperationNames?: number;
}

export type OperationType = 'query' | 'mutation' | 'subscription' | 'unknown';

/** One GraphQL HTTP request, as recorded when its response leaves. */
export interface RequestRecord {
  operation: string | undefined;
  type: OperationType;
  status: number;
  seconds: number;
}

const BREAKER_STATES = ['closed', 'half-open', 'open'] as const;
/** Upstream latency buckets: vendor calls run from tens of ms to the 15 s deadline. */
const UPSTREAM_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];
/** Request buckets: a request may wait on several vendor calls. */
const REQUEST_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

/**
 * The gateway's Prometheus metrics, in a registry of its own (never prom-client's global
 * one), so several apps in one process (tests) do not clash.
 */
export function createMetrics(sources: MetricSources, options: MetricsOptions = {}) {
  const registry = new Registry();
  const registers = [registry];
  const maxNames = options.maxOperationNames ?? 200;
  const names = new Set<string>();

  const requests = new Counter({
    name: 'http_requests_total',
    help: 'GraphQL HTTP requests, per operation name and type and HTTP status',
    labelNames: ['operation', 'type', 'status'] as const,
    registers,
  });
  const requestSeconds = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'GraphQL HTTP request time until the response starts (a streamed subscription: until its headers), per operation',
    labelNames: ['operation', 'type'] as const,
    buckets: REQUEST_BUCKETS,
    registers,
  });
  const upstream = new Counter({
    name: 'upstream_requests_total',
    help: 'Vendor call attempts, per vendor and HTTP status (or the outcome when no response came: timeout, connection_error, breaker_open, refused, aborted)',
    labelNames: ['vendor', 'status', 'outcome'] as const,
    registers,
  });
  const upstreamSeconds = new Histogram({
    name: 'upstream_request_duration_seconds',
    help: 'Vendor call attempt time (attempts actually sent), per vendor',
    labelNames: ['vendor'] as const,
    buckets: UPSTREAM_BUCKETS,
    registers,
  });
  const sharedReads = new Counter({
    name: 'vendor_cache_reads_total',
    help: 'Vendor reads shared across requests (VENDOR_CACHE_TTL_MS), per vendor, resource and outcome: hit (a fresh entry), miss (a vendor call), join (waited for an identical call in flight)',
    labelNames: ['vendor', 'resource', 'outcome'] as const,
    registers,
  });
  const sharedInvalidations = new Counter({
    name: 'vendor_cache_invalidations_total',
    help: "Shared vendor reads dropped by a gateway write or a vendor push, per vendor and resource (`all`: every resource of the vendor)",
    labelNames: ['vendor', 'resource'] as const,
    registers,
  });
  breakerGauge(
    'upstream_breaker_state',
    "1 for each vendor transport's current circuit breaker state (closed, half-open, open), 0 for the others",
    () => sources.breakers?.() ?? [],
    registers,
  );
  breakerGauge(
    'upstream_token_breaker_state',
    "1 for each token endpoint's current circuit breaker state (closed, half-open, open), 0 for the others: open, it fails its vendors' calls without a request",
    () => sources.tokenBreakers?.() ?? [],
    registers,
  );
  new Gauge({
    name: 'live_subscribers',
    help: 'Open live subscriptions on this instance',
    registers,
    collect() {
      this.set(sources.subscribers?.() ?? 0);
    },
  });
  new Gauge({
    name: 'sync_lag_seconds',
    help: 'Seconds since each synced resource last caught up with its vendor (or, before any complete run, since its last committed page)',
    labelNames: ['vendor', 'resource'] as const,
    registers,
    async collect() {
      this.reset();
      for (const { vendor, resource, seconds } of (await sources.syncLag?.()) ?? []) this.set({ vendor, resource }, seconds);
    },
  });
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });

  /** The label value for an operation name: as sent when sane and among the first `maxNames`, else `other`. */
  const operationLabel = (name: string | undefined): string => {
    if (!name) return 'anonymous';
    if (!/^[_A-Za-z]\w{0,99}$/.test(name)) return 'other';
    if (names.has(name)) return name;
    if (names.size >= maxNames) return 'other';
    names.add(name);
    return name;
  };

  return {
    registry,
    /** Records one finished GraphQL HTTP request. */
    request({ operation, type, status, seconds }: RequestRecord): void {
      const label = operationLabel(operation);
      requests.inc({ operation: label, type, status: String(status) });
      requestSeconds.observe({ operation: label, type }, seconds);
    },
    /** The transport's `onCall` hook: one event per vendor call attempt. */
    upstreamCall(event: CallEvent): void {
      upstream.inc({ vendor: event.vendor, status: event.status === undefined ? event.outcome : String(event.status), outcome: event.outcome });
      // A refusal sent nothing: its zero duration would only drag the latency down.
      if (event.outcome !== 'breaker_open' && event.outcome !== 'refused') {
        upstreamSeconds.observe({ vendor: event.vendor }, event.durationMs / 1000);
      }
    },
    /** One shared vendor read (adapters/shared-reads `onRead`). */
    sharedRead({ vendor, resource, outcome }: { vendor: string; resource: string; outcome: SharedReadOutcome }): void {
      sharedReads.inc({ vendor, resource, outcome });
    },
    /** Shared vendor reads invalidated (adapters/shared-reads `onInvalidate`); no resource: all of the vendor's. */
    sharedReadsInvalidated(vendor: string, resource: string | undefined): void {
      sharedInvalidations.inc({ vendor, resource: resource ?? 'all' });
    },
    /** Prometheus text exposition of every metric. */
    scrape: (): Promise<string> => registry.metrics(),
    contentType: registry.contentType,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** A gauge with 1 for each breaker's current state and 0 for its others, read at scrape time. */
function breakerGauge(name: string, help: string, read: () => readonly { vendor: string; state: string }[], registers: Registry[]): void {
  new Gauge({
    name,
    help,
    labelNames: ['vendor', 'state'] as const,
    registers,
    collect() {
      this.reset();
      for (const { vendor, state } of read()) {
        for (const candidate of BREAKER_STATES) this.set({ vendor, state: candidate }, candidate === state ? 1 : 0);
      }
    },
  });
}
