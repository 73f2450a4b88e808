import { randomUUID } from 'node:crypto';
import type { CountryCode } from 'libphonenumber-js';
import { createLoaders, type Loaders } from '../adapters/index.js';
import type { Caller } from '../domain/caller.js';
import { scopesFor, type Role } from '../domain/roles.js';
import type { VendorClients } from '../adapters/index.js';
import type { EntityManager, Store } from '../store/index.js';
import type { LivePubSub } from '../live/pubsub.js';
import type { LiveEngine } from '../live/engine.js';
import { RequestCache } from './request-cache.js';

/** What every resolver receives. Built once per HTTP request and once per subscription operation. */
export interface Context {
  requestId: string;
  caller: Caller;
  /** The scope map scope-auth checks, derived from the caller's role. */
  scopes: Record<Role, boolean>;
  vendors: VendorClients;
  /** This request's (or subscription event's) loaders; renewed with `cache` by renewRequestState. */
  loaders: Loaders;
  /** Every per-request memo and the request's "now"; renewed with `loaders` by renewRequestState. */
  cache: RequestCache;
  /** Reads the clock for a new request or event (the request's "now" is `cache.now`). */
  clock: () => Date;
  /** A MikroORM fork for this request only. */
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
}

/** The one context factory: yoga's HTTP handler and the graphql-ws server both call it. */
export function createContextFactory(deps: ContextDeps) {
  return (caller: Caller, requestId: string = randomUUID(), signal?: AbortSignal): Context => ({
    requestId,
    caller,
    scopes: scopesFor(caller.role),
    vendors: deps.vendors,
    loaders: createLoaders(deps.vendors, signal),
    cache: new RequestCache((deps.clock ?? systemClock)()),
    clock: deps.clock ?? systemClock,
    signal,
    em: deps.store.fork(),
    phoneRegion: deps.phoneRegion,
    pubsub: deps.pubsub,
    live: deps.live,
    agentEmails: deps.agentEmails,
    zendeskSsoSecret: deps.zendeskSsoSecret,
  });
}

export type ContextFactory = ReturnType<typeof createContextFactory>;

const systemClock = (): Date => new Date();

/**
 * Starts a request's state afresh: new loaders and a new request cache with a new "now". A
 * subscription calls it for every event, so nothing one event read (a vendor record, the people,
 * an agent's running sessions) or the time it read answers the next.
 */
export function renewRequestState(ctx: Context): void {
  ctx.loaders = createLoaders(ctx.vendors, ctx.signal);
  ctx.cache = new RequestCache(ctx.clock());
}
