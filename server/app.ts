import { randomUUID } from 'node:crypto';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { schema } from '../schema/index.js';
import { ensureDevKeys, openStore, type Store } from '../store/index.js';
import { createAuthenticator, type Authenticate, type Caller } from './auth.js';
import { useApiKeyAuth } from './auth-plugin.js';
import { ConfigError, isLoopback, type Config } from './config.js';
import { createContextFactory, type Context, type ContextFactory } from './context.js';
import { createErrorMasker } from './errors.js';
import type { Role } from './roles.js';
import { createVendorClients, type VendorClients } from './vendors.js';
import { createLivePubSub, type LivePubSub } from '../live/pubsub.js';
import { useWebhooks } from './webhooks/index.js';
import { ameyoWebhook } from './webhooks/ameyo.js';

export const GRAPHQL_PATH = '/graphql';

export interface App {
  yoga: YogaServerInstance<Record<string, never>, Context>;
  authenticate: Authenticate;
  createContext: ContextFactory;
  vendors: VendorClients;
  store: Store;
  /** Live events for subscriptions. */
  pubsub: LivePubSub;
  /** The dev keys `serve` prints, when no keys were configured; null otherwise. */
  devKeys: Record<Role, string> | null;
  config: Config;
  /** Closes the store. The HTTP listener (if any) is closed by whoever opened it. */
  close(): Promise<void>;
}

/**
 * Builds the gateway without listening: tests and the CLI both call this, and only
 * the CLI (through server/listen.ts) opens a port.
 */
export async function buildApp(config: Config): Promise<App> {
  const store = await openStore({ databaseUrl: config.databaseUrl });
  try {
    await store.migrate();
    const devKeys = await resolveDevKeys(config, store);
    const keys = new Map<string, Role>(config.apiKeys);
    if (devKeys) for (const [role, key] of Object.entries(devKeys)) keys.set(key, role as Role);

    const authenticate = createAuthenticator(keys);
    const vendors = createVendorClients(config);
    const pubsub = createLivePubSub();
    const createContext = createContextFactory({
      vendors,
      store,
      phoneRegion: config.phoneRegion,
      pubsub,
      agentEmails: config.agentEmails,
      zendeskSsoSecret: config.zendeskSsoSecret,
    });
    const callers = new WeakMap<Request, Caller>();

    const yoga = createYoga<Record<string, never>, Context>({
      schema,
      graphqlEndpoint: GRAPHQL_PATH,
      landingPage: false,
      logging: config.env === 'test' ? false : 'info',
      maskedErrors: { maskError: createErrorMasker(config.env === 'development') },
      graphiql: {
        title: 'Switchboard',
        subscriptionsProtocol: 'WS',
        headers: devKeys ? JSON.stringify({ Authorization: `Bearer ${devKeys.admin}` }) : undefined,
      },
      plugins: [
        useApiKeyAuth(authenticate, callers, GRAPHQL_PATH),
        useWebhooks({ ameyo: ameyoWebhook({ secret: config.ameyo.webhookSecret, campaignHours: config.ameyo.campaignHours, createContext }) }),
      ],
      context: ({ request }) => {
        const caller = callers.get(request);
        // The auth plugin ends every request without a caller before it gets here.
        if (!caller) throw new Error('request reached execution without a caller');
        return createContext(caller, requestIdOf(request), request.signal);
      },
    });

    return {
      yoga,
      authenticate,
      createContext,
      vendors,
      store,
      pubsub,
      devKeys,
      config,
      close: () => store.close(),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** The caller's `X-Request-Id` when it is a sane token, so logs line up across systems; else a new one. */
function requestIdOf(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

async function resolveDevKeys(config: Config, store: Store): Promise<Record<Role, string> | null> {
  if (config.apiKeys.size > 0) return null;
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
