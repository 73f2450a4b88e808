import { randomUUID } from 'node:crypto';
import { scrubbingMasker } from './credential-scrubber.js';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { schema } from '../schema/index.js';
import { ensureDevKeys, openStore, type Store } from '../store/index.js';
import { createAuthenticator, type Authenticate } from './auth.js';
import type { Caller } from '../domain/caller.js';
import { useApiKeyAuth } from './auth-plugin.js';
import { createJwtVerifier } from './jwt.js';
import { useOperationLimits } from './limits/use-operation-limits.js';
import { loadTrustedDocuments, useTrustedDocuments } from './limits/trusted-documents.js';
import { createRateLimiter } from './rate-limit/create-limiter.js';
import { useRateLimit } from './rate-limit/use-rate-limit.js';
import { ConfigError } from '../domain/config-error.js';
import { isLoopback, type Config } from './config.js';
import { createContextFactory, type Context, type ContextFactory } from '../resolvers/context.js';
import { createIdempotencyKeys } from '../resolvers/idempotency/idempotency-keys.js';
import { createErrorMasker } from './errors.js';
import type { Role } from '../domain/roles.js';
import type { VendorClients } from '../adapters/index.js';
import { vendorClientsOf } from './vendor-settings.js';
import type { LivePubSub } from '../live/pubsub.js';
import { useWebhooks } from './webhooks/index.js';
import { useReportsCsv } from './reports-csv.js';
import { useDashboard } from './dashboard.js';
import { graphiqlOptions, renderGraphiQL } from './graphiql.js';
import { useCrossOrigin } from './plugins/use-cross-origin.js';
import { createLogger, type Logger } from './logger.js';
import type { DestinationStream } from 'pino';
import { Closers, type Closer } from './closers.js';
import { startSyncInterval } from './sync-job.js';
import { createObservability, isAdminOutcome, requestIdFor, yogaLogger, type Metrics } from './observability/index.js';
import { useTracing } from './observability/tracing/use-tracing.js';
import { ameyoWebhook } from './webhooks/ameyo.js';
import { zendeskWebhook } from './webhooks/zendesk.js';
import { createLiveEngine, type LiveEngine } from '../live/engine.js';
import type { Leadership } from '../live/leadership.js';
import { openScaleOut } from '../live/scale-out.js';
import type { LiveRedis } from '../live/redis-connections.js';
import { createSubscriptionSharing, type SubscriptionSharing } from './subscription-sharing.js';
import { createLiveSources, shareVendorReads } from '../adapters/index.js';
import type { LiveSource } from '../adapters/live-source.js';
import { createSharedReads } from '../adapters/shared-reads/shared-reads.js';
import { readAlertRules } from '../resolvers/live/alerts.js';
import { freshBoard } from '../resolvers/live/board.js';
import { liveWebhooks, nudgingLive, pushesInto, type LivePushes } from './webhooks/live.js';
import { createReplayGuard } from './webhooks/create-replay-guard.js';
import { createWebinarRegistrar, type WebinarRegistrar } from './webhooks/webinar-registration.js';
import { backgroundScope, inBackground } from './observability/request-id.js';
import { indexingPushes } from '../resolvers/support/index-pushes.js';
import { backupAlerts } from '../resolvers/backups/backup-alerts.js';
import { bomgarBackupService } from './bomgar-backup-service.js';
import { startBackupSchedule, type ScheduleWait } from './backup-schedule.js';

export const GRAPHQL_PATH = '/graphql';

export interface App {
  yoga: YogaServerInstance<Record<string, never>, Context>;
  authenticate: Authenticate;
  createContext: ContextFactory;
  vendors: VendorClients;
  store: Store;
  /** Live events for subscriptions. */
  pubsub: LivePubSub;
  /** The live-status engine: board, polling, alerts (`pollNow`, `board`, `subscribers`, `pollers`). */
  live: LiveEngine;
  /** Which instance runs the once-per-cluster jobs (a vendor's poll: `poll:<vendor>`). */
  leadership: Leadership;
  /** Identical graphql-ws subscriptions run once (server/subscription-sharing.ts): `members()`, `groups()`. */
  sharing: SubscriptionSharing;
  /** Live status's Redis connections (REDIS_URL); null for a single instance. Tests `kill()` them to play a crash. */
  redis: LiveRedis | null;
  /** The dev keys `serve` prints, when no keys were configured; null otherwise. */
  devKeys: Record<Role, string> | null;
  config: Config;
  /** JSON logs (pino; credentials redacted). Use `logger.child({ requestId })`, `child({ vendor })`. */
  logger: Logger;
  /** Prometheus metrics of this app (its own registry), served at /metrics. */
  metrics: Metrics;
  /** Registers something `close()` stops (pollers, timers, connections); see server/closers.ts. */
  onClose(name: string, close: Closer): void;
  /** Shutdown began: /ready answers 503 so load balancers stop sending requests. */
  drain(): void;
  /** GoToWebinar's webhook registration: `start(publicUrl)` once listening (serve does); retried with backoff, shown in /ready. */
  webinarWebhooks: WebinarRegistrar;
  /** Exports the spans ended so far, with tracing on (tests; shutdown does it itself); nothing otherwise. */
  flushTraces(): Promise<void>;
  /** Runs every registered closer, last registered first; the store closes last. The HTTP listener (if any) is closed by whoever opened it. */
  close(): Promise<void>;
}

export interface BuildOptions {
  /** Where JSON log lines go; default stdout. Tests pass a stream to read them. */
  logDestination?: DestinationStream;
  /** The gateway's clock (ms) that webhook replay windows and idempotency keys' 24 h are judged by; default Date.now. Tests move it with the simulator's. */
  now?: () => number;
  /** How the Bomgar backup schedule waits between runs (BOMGAR_BACKUP_INTERVAL); default real timers. Tests take the waits on the simulator's clock. */
  backupWait?: ScheduleWait;
}

/**
 * Builds the gateway without listening: tests and the CLI both call this, and only
 * the CLI (through server/listen.ts) opens a port.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<App> {
  const logger = createLogger(config, { destination: options.logDestination });
  const now = options.now ?? Date.now;
  const store = await openStore({ databaseUrl: config.databaseUrl });
  const closers = new Closers(logger, config.shutdownGraceMs);
  closers.add('store', () => store.close());
  try {
    // OTEL_EXPORTER_OTLP_ENDPOINT set: the SDK loads now (not at all otherwise) and exports until the end of close().
    const tracing = config.tracing && (await import('./observability/tracing/start-tracing.js')).startTracing(config.tracing, logger);
    if (tracing) closers.add('tracing', () => tracing.shutdown());
    await store.migrate();
    const devKeys = await resolveDevKeys(config, store);
    const keys = new Map<string, Role>(config.apiKeys);
    if (devKeys) for (const [role, key] of Object.entries(devKeys)) keys.set(key, role as Role);

    const authenticate = createAuthenticator(keys, config.jwt && createJwtVerifier(config.jwt));
    // Read at start: a stale or missing manifest stops start-up, naming `npm run codegen`.
    const trustedDocuments = config.trustedDocuments ? loadTrustedDocuments() : undefined;
    const rateLimiter = config.rateLimit && (await createRateLimiter(config.rateLimit, { redisUrl: config.redis.url, prefix: config.redis.prefix }));
    if (rateLimiter) closers.add('rate-limit', () => rateLimiter.close());
    // The live subscriptions: the deltas alike for all; liveBoard starts each subscriber with the whole board.
    const sharing = createSubscriptionSharing({
      fields: ['agentStatusChanged', 'queueChanged', 'sessionChanged', 'alerts'],
      startWith: { liveBoard: freshBoard },
      // Its own context, so no subscriber's request (an SSE one's abort signal) ends it (createContext is set below, before any subscription).
      groupContext: (first) => createContext(first.caller, `shared-${randomUUID()}`),
    });
    const observability = createObservability({
      logger,
      store,
      vendors: () => vendors,
      graphqlPath: GRAPHQL_PATH,
      metricsToken: config.metricsToken,
      isAdmin: async (authorization) => isAdminOutcome(await authenticate(authorization)),
      // Shared subscriptions hold one engine watcher per group: count their subscribers instead.
      subscribers: () => live.subscribers() - sharing.groups() + sharing.members(),
      webhooks: () => [webinarWebhooks.state()],
    });
    // The live polls ask the vendors themselves; requests share identical reads for a short TTL (adapters/shared-reads).
    const upstreamClients = vendorClientsOf(config, { onCall: observability.onUpstreamCall });
    const sharedReads = createSharedReads({ ...config.vendorCache, onRead: observability.metrics.sharedRead, onInvalidate: observability.metrics.sharedReadsInvalidated });
    closers.add('shared-reads', () => sharedReads.clear());
    const vendors = shareVendorReads(upstreamClients, sharedReads);
    // In memory, or with REDIS_URL: events through Redis, one poller per vendor across instances (a lease), shared snapshots.
    const scaleOut = await openScaleOut({ ...config.redis, logger });
    closers.add('scale-out', () => scaleOut.close());
    const { pubsub, leadership } = scaleOut;
    // The live engine's background work logs with ids of its own: `live:…` for the engine, `poll:<vendor>:…` for each poll's read.
    const liveScope = backgroundScope('live', logger);
    const live = createLiveEngine({
      pubsub,
      leadership,
      snapshots: scaleOut.snapshots,
      sources: createLiveSources(upstreamClients, { sessionLookbackMs: config.live.sessionLookbackMs }).map((source): LiveSource => ({
        vendor: source.vendor,
        read: (previous, signal) => inBackground(`poll:${source.vendor}`, logger, () => source.read(previous, signal)),
      })),
      alertRules: () => readAlertRules(store.fork(), config.live.alertRules),
      intervalMs: config.live.pollIntervalMs,
      maxBackoffMs: config.live.maxBackoffMs,
      subscriberBuffer: config.live.subscriberBuffer,
      logger,
    });
    // Closes before leadership (its pollers stop first) and the store.
    closers.add('live', () => live.close());
    // Vendor history into the store (SYNC_INTERVAL_MS), on one instance; leadership's close stops it before the store closes.
    if (config.syncIntervalMs > 0) leadership.lead('sync', () => startSyncInterval({ config, store, intervalMs: config.syncIntervalMs, logger }).stop);
    // Bomgar configuration backups (docs/backups.md): admins list and run them; on BOMGAR_BACKUP_INTERVAL one instance saves them (a lease).
    const onBackup = backupAlerts({ live, onError: (err) => logger.error({ err }, 'could not raise the backup alert') });
    const bomgarBackups = bomgarBackupService(config, { now, onOutcome: onBackup });
    const backupEvery = config.bomgarBackup.intervalMs;
    if (bomgarBackups && backupEvery > 0) {
      leadership.lead('backup:bomgar', () => startBackupSchedule({ backups: bomgarBackups, intervalMs: backupEvery, now, ...(options.backupWait && { wait: options.backupWait }), logger }).stop);
    }
    const createContext = createContextFactory({
      vendors,
      store,
      phoneRegion: config.phoneRegion,
      pubsub,
      live,
      agentEmails: config.agentEmails,
      zendeskSsoSecret: config.zendeskSsoSecret,
      linkIndex: config.sessionLinkIndex,
      requestDeadlineMs: config.upstream.requestDeadlineMs,
      // Keys expire 24 h after their first request, by the gateway's clock (tests move it).
      idempotency: createIdempotencyKeys({ fork: () => store.fork(), now: () => new Date(now()) }),
      ...(bomgarBackups && { backups: new Map([['bomgar', bomgarBackups]]) }),
    });
    const callers = new WeakMap<Request, Caller>();
    const webinarWebhooks = createWebinarRegistrar({ vendors, secret: config.live.webhookSecrets.gotowebinar, logger });
    closers.add('webinar-webhooks', () => webinarWebhooks.stop());
    // Signed pushes' event ids, so a repeat is applied once (through Redis when scaled out).
    const replays = createReplayGuard({
      windowMs: config.webhooks.replayWindowMs,
      now,
      redis: scaleOut.redis,
      onError: (err) => logger.warn({ err }, 'webhook replay check in Redis failed: judged by this instance alone'),
    });

    // A push is applied in its request; the early poll it asks for starts in the live engine's scope, never the push's.
    const applied = pushesInto(indexingPushes(live, { store, logger }), liveScope);
    // Every vendor push comes through here: what its vendor's reads shared is stale from the moment it pushed.
    const livePushes: LivePushes = {
      receive: (vendor, push) => {
        sharedReads.invalidate(vendor);
        return applied.receive(vendor, push);
      },
    };

    const yoga = createYoga<Record<string, never>, Context>({
      schema,
      graphqlEndpoint: GRAPHQL_PATH,
      landingPage: false,
      logging: yogaLogger(logger),
      maskedErrors: { maskError: scrubbingMasker(createErrorMasker(config.env === 'development', { traceIds: tracing !== null }), config.credentials) },
      // LIMIT_MAX_BODY_BYTES is enforced by useOperationLimits, declared or streamed: yoga's own
      // limit would copy every body through a limiting stream, even one whose length is declared.
      maxRequestBodySize: false,
      // Yoga's own CORS reflects any origin with credentials: useCrossOrigin answers for CORS_ORIGINS instead.
      cors: false,
      // With trusted documents GraphiQL could run nothing: its page is refused with the reason.
      graphiql: !trustedDocuments && graphiqlOptions(devKeys?.admin),
      // Its assets inline, from the package: the page works offline (yoga's own loads them from a CDN).
      renderGraphiQL,
      plugins: [
        // With tracing on, first of all: the caller's traceparent and the operation's span cover every other plugin.
        tracing ? useTracing(GRAPHQL_PATH) : {},
        // First: its request scope and timing cover every other plugin.
        observability.plugin,
        // Before auth: a CORS preflight carries no credentials.
        useCrossOrigin(config.http.corsOrigins),
        // Then, in order: who calls, how often, how big the operation is, and which operations may run.
        useApiKeyAuth(authenticate, callers, GRAPHQL_PATH, ({ reason, detail }) => logger.info({ reason, detail }, 'credential refused')),
        rateLimiter
          ? useRateLimit({
              policy: config.rateLimit!,
              limiter: rateLimiter,
              endpoint: GRAPHQL_PATH,
              callerOf: (request) => callers.get(request),
              onError: (err) => logger.warn({ err }, 'rate limiter unavailable: requests are let through'),
            })
          : {},
        useOperationLimits(config.limits, GRAPHQL_PATH),
        trustedDocuments ? useTrustedDocuments(trustedDocuments, GRAPHQL_PATH) : {},
        useReportsCsv({ authenticate, createContext, onError: (err) => logger.error({ err }, 'report failed') }),
        useDashboard(),
        // Last: every admission plugin above has let the subscription in before it joins a shared execution.
        sharing.plugin,
        useWebhooks(
          {
            ameyo: nudgingLive(livePushes, 'ameyo', ameyoWebhook({ secret: config.ameyo.webhookSecret, campaignHours: config.ameyo.campaignHours, createContext, limits: config.webhooks })),
            ...liveWebhooks({ live: livePushes, vendors, secrets: config.live.webhookSecrets, limits: config.webhooks, replayWindowMs: config.webhooks.replayWindowMs, replays, now, logger }),
            zendesk: zendeskWebhook({
              secret: config.zendeskWebhookSecret,
              invalidate: (resources) => (resources ? resources.forEach((resource) => sharedReads.invalidate('zendesk', resource)) : sharedReads.invalidate('zendesk')),
              limits: config.webhooks,
              replayWindowMs: config.webhooks.replayWindowMs,
              now,
              logger,
            }),
          },
          config.webhooks,
        ),
      ],
      context: ({ request }) => {
        const caller = callers.get(request);
        // The auth plugin ends every request without a caller before it gets here.
        if (!caller) throw new Error('request reached execution without a caller');
        return createContext(caller, requestIdFor(request), request.signal);
      },
    });

    // Pollers run from here until close (automatic polls only with LIVE_POLL_INTERVAL_MS > 0).
    await liveScope(() => live.start());

    return {
      yoga,
      authenticate,
      createContext,
      vendors,
      store,
      pubsub,
      live,
      leadership,
      sharing,
      redis: scaleOut.redis,
      devKeys,
      config,
      logger,
      metrics: observability.metrics,
      onClose: (name, close) => closers.add(name, close),
      drain: observability.drain,
      webinarWebhooks,
      flushTraces: () => tracing?.flush() ?? Promise.resolve(),
      close: () => closers.closeAll(),
    };
  } catch (error) {
    await closers.closeAll();
    throw error;
  }
}

async function resolveDevKeys(config: Config, store: Store): Promise<Record<Role, string> | null> {
  if (config.apiKeys.size > 0) return null;
  // Signing in with JWTs only is a complete setup where dev keys may not be issued.
  if (config.jwt && (config.env === 'production' || !isLoopback(config.host))) return null;
  if (config.env === 'production') {
    throw new ConfigError([{ variable: 'SWITCHBOARD_API_KEYS', message: 'required in production (dev keys are not issued there)' }]);
  }
  // GraphiQL hands the admin dev key to whoever loads it, so only a loopback listener gets one.
  if (!isLoopback(config.host)) {
    throw new ConfigError([
      { variable: 'SWITCHBOARD_API_KEYS', message: `required when HOST (${config.host}) is not a loopback address` },
    ]);
  }
  return ensureDevKeys(store.fork());
}
