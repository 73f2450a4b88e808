import { randomUUID } from 'node:crypto';
import { renewRequestBudget, withRequestBudget } from '../clients/transport/request-budget.js';
import type { CountryCode } from 'libphonenumber-js';
import type { Loaders } from '../adapters/index.js';
import type { Caller } from '../domain/caller.js';
import { ROLES, scopesFor, type Role } from '../domain/roles.js';
import type { VendorClients } from '../adapters/index.js';
import type { EntityManager, Store } from '../store/index.js';
import type { LivePubSub } from '../live/pubsub.js';
import type { LiveEngine } from '../live/engine.js';
import { RequestCache } from './request-cache.js';
import { lazyLoaders } from './lazy-loaders.js';
import { lazyFork } from './lazy-fork.js';
import { createIdempotencyKeys, type IdempotencyKeys } from './idempotency/idempotency-keys.js';
import { createStoreReadCache, type StoreReadCache } from '../store/read-cache.js';
import type { BackupService } from './backups/backup-service.js';

/** What every resolver receives. Built once per HTTP request and once per subscription operation. */
export interface Context {
  requestId: string;
  caller: Caller;
  /** The scope map scope-auth checks, derived from the caller's role. */
  scopes: Record<Role, boolean>;
  vendors: VendorClients;
  /** This request's (or subscription event's) loaders, made when a field first asks a vendor; renewed with `cache` by renewRequestState. */
  loaders: Loaders;
  /** Every per-request memo and the request's "now"; renewed with `loaders` by renewRequestState. */
  cache: RequestCache;
  /** Reads the clock for a new request or event (the request's "now" is `cache.now`). */
  clock: () => Date;
  /** A MikroORM fork for this request only, made when a field first uses it. */
  em: EntityManager;
  /** The region a phone number without a country code belongs to. */
  phoneRegion: CountryCode;
  /** Aborted when the caller goes away: vendor reads made for it are cancelled (writes run to completion). */
  signal: AbortSignal | undefined;
  /** Live events (incoming calls, ...) the subscriptions read. */
  pubsub: LivePubSub;
  /** The live-status engine: the board, its subscriptions and alert rules. */
  live: LiveEngine;
  /** Who callers are for the agent features: role or key label → email. */
  agentEmails: ReadonlyMap<string, string>;
  /** Zendesk's JWT SSO shared secret, when configured. Never leaves the gateway. */
  zendeskSsoSecret: string | undefined;
  /** Whether a ticket's remote-support sessions are read through the store's link index (resolvers/support/ticket-index.ts). */
  linkIndex: boolean;
  /** The creating mutations' `idempotencyKey`s (resolvers/idempotency), one store per gateway. */
  idempotency: IdempotencyKeys;
  /** Store reads shared across requests while the store is unchanged (resolvers/history/store-reads.ts), one per gateway. */
  storeReads: StoreReadCache;
  /** The vendors' configuration backups (resolvers/backups) by vendor id, one service each per gateway; none for a vendor this gateway does not use. */
  backups?: ReadonlyMap<string, BackupService>;
}

export interface ContextDeps {
  vendors: VendorClients;
  store: Store;
  phoneRegion: CountryCode;
  pubsub: LivePubSub;
  live: LiveEngine;
  agentEmails: ReadonlyMap<string, string>;
  zendeskSsoSecret: string | undefined;
  /** The clock each request and subscription event reads "now" from. Default: the system clock. */
  clock?: () => Date;
  /** SESSION_LINK_INDEX: read a ticket's sessions through the store's link index; default true (false: list every vendor since the ticket was created). */
  linkIndex?: boolean;
  /** REQUEST_DEADLINE_MS: the budget every vendor read of one operation (or subscription event) shares; default unbounded. */
  requestDeadlineMs?: number;
  /** The `idempotencyKey` store. Default: one on `store` with the system clock. */
  idempotency?: IdempotencyKeys;
  /** Store reads shared across requests. Default: one on `store`. */
  storeReads?: StoreReadCache;
  /** The configuration backups, by vendor id. Default none. */
  backups?: ReadonlyMap<string, BackupService>;
}

/** Each role's scope map, made once: scope-auth only reads it. */
const SCOPES = new Map<Role, Record<Role, boolean>>(ROLES.map((role) => [role, Object.freeze(scopesFor(role))]));

/**
 * The one context factory: yoga's HTTP handler and the graphql-ws server both call it. The
 * request state a field may never need (loaders, the store fork) is made on first use.
 */
export function createContextFactory(deps: ContextDeps) {
  const budgetMs = deps.requestDeadlineMs ?? Infinity;
  const idempotency = deps.idempotency ?? createIdempotencyKeys({ fork: () => deps.store.fork() });
  const storeReads = deps.storeReads ?? createStoreReadCache(deps.store);
  return (caller: Caller, requestId: string = randomUUID(), callerSignal?: AbortSignal): Context => {
    // Every read of the operation carries its budget on the signal (clients/transport/request-budget.ts).
    const signal = withRequestBudget(callerSignal, budgetMs);
    return {
      requestId,
      caller,
      scopes: SCOPES.get(caller.role) ?? scopesFor(caller.role),
      vendors: deps.vendors,
      loaders: lazyLoaders(deps.vendors, signal),
      cache: new RequestCache((deps.clock ?? systemClock)()),
      clock: deps.clock ?? systemClock,
      signal,
      em: lazyFork(deps.store),
      phoneRegion: deps.phoneRegion,
      pubsub: deps.pubsub,
      live: deps.live,
      agentEmails: deps.agentEmails,
      zendeskSsoSecret: deps.zendeskSsoSecret,
      linkIndex: deps.linkIndex ?? true,
      idempotency,
      storeReads,
      ...(deps.backups && { backups: deps.backups }),
    };
  };
}

export type ContextFactory = ReturnType<typeof createContextFactory>;

const systemClock = (): Date => new Date();

/**
 * Starts a request's state afresh: new loaders and a new request cache with a new "now". A
 * subscription calls it for every event, so nothing one event read (a vendor record, the people,
 * an agent's running sessions) or the time it read answers the next.
 */
export function renewRequestState(ctx: Context): void {
  // Each event has the whole REQUEST_DEADLINE_MS for its own reads.
  ctx.signal = renewRequestBudget(ctx.signal);
  ctx.loaders = lazyLoaders(ctx.vendors, ctx.signal);
  ctx.cache = new RequestCache(ctx.clock());
}
