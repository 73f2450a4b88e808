import { createZendeskClient, type ZendeskClient } from '../clients/zendesk/client.js';
import { createAmeyoClient, type AmeyoClient } from '../clients/ameyo/client.js';
import { createBomgarClient, type BomgarClient } from '../clients/bomgar/client.js';
import { createGoToAssistClient, type GoToAssistClient } from '../clients/goto/assist/client.js';
import {
  createGoToMeetingClient,
  createGoToSession,
  createGoToTrainingClient,
  createGoToWebinarClient,
  type GoToMeetingClient,
  type GoToTrainingClient,
  type GoToWebinarClient,
} from '../clients/goto/index.js';
import { UpstreamError } from '../clients/transport/errors.js';
import type { CallEvent } from '../clients/transport/index.js';
import { VendorDisabledError } from '../domain/errors.js';
import type { Config, VendorName } from '../server/config.js';

/**
 * The vendor clients this gateway talks to. A vendor SWITCHBOARD_VENDORS leaves out is absent
 * (and not in `enabled`); so is an enabled one without configuration, which only a gateway
 * built without `serve`'s checks can have.
 */
export interface VendorClients {
  /** The vendors SWITCHBOARD_VENDORS enables. */
  enabled: readonly VendorName[];
  zendesk?: ZendeskClient;
  /** GoToMeeting, GoToWebinar, GoToTraining: one GoTo OAuth session shared by all three. */
  gotoMeeting?: GoToMeetingClient;
  gotoWebinar?: GoToWebinarClient;
  gotoTraining?: GoToTrainingClient;
  ameyo?: AmeyoClient;
  bomgar?: BomgarClient;
  /** GoToAssist Remote Support, on the same GoTo session. */
  gotoAssist?: GoToAssistClient;
}

/** What the gateway observes of every vendor call. */
export interface VendorHooks {
  /** Called after every call attempt (metrics); see TransportOptions.onCall. Default: none. */
  onCall?: (event: CallEvent) => void;
  /** Longest `Retry-After` a call waits out itself; longer ones fail at once with `retryAfterSeconds`. Default the transport's (30 s). */
  maxRetryAfterMs?: number;
}

/** The one place vendors are registered: one line per vendor. */
export function createVendorClients(config: Config, hooks: VendorHooks = {}): VendorClients {
  const { upstream } = config;
  const transport = {
    onCall: hooks.onCall,
    ...(hooks.maxRetryAfterMs !== undefined && { maxRetryAfterMs: hooks.maxRetryAfterMs }),
    timeoutMs: upstream.timeoutMs,
    retries: upstream.retries,
    deadlineMs: upstream.deadlineMs,
    breaker: { consecutiveFailures: upstream.breakerFailures, halfOpenAfterMs: upstream.breakerCooldownMs },
  };
  const { zendesk, ameyo, bomgar, goto } = config.vendors;
  const gotoSession =
    goto && createGoToSession({ baseUrl: goto.url, clientId: goto.clientId, clientSecret: goto.clientSecret, refreshToken: goto.refreshToken, transport });
  return {
    enabled: config.enabledVendors,
    gotoMeeting: gotoSession && createGoToMeetingClient(gotoSession),
    gotoWebinar: gotoSession && createGoToWebinarClient(gotoSession),
    gotoTraining: gotoSession && createGoToTrainingClient(gotoSession),
    zendesk: zendesk && createZendeskClient({ baseUrl: zendesk.url, email: zendesk.email, token: zendesk.token, transport }),
    gotoAssist: gotoSession && createGoToAssistClient(gotoSession, { sessionStatusCallbackUrl: assistCallbackUrl(config) }),
    bomgar: bomgar && createBomgarClient({ ...bomgar, baseUrl: bomgar.url, transport }),
    ameyo: ameyo && createAmeyoClient({ baseUrl: ameyo.url, userId: ameyo.userId, password: ameyo.password, transport }),
  };
}

/** Where GoToAssist reports the sessions the gateway starts: its live-status webhook, when reachable and configured. */
function assistCallbackUrl(config: Config): string | undefined {
  const { publicUrl, webhookSecrets } = config.live;
  return publicUrl && webhookSecrets.gotoassist ? `${publicUrl}/webhooks/gotoassist?token=${encodeURIComponent(webhookSecrets.gotoassist)}` : undefined;
}

export type ClientKey = Exclude<keyof VendorClients, 'enabled'>;

/** Each client's upstream name (as errors and `unavailableVendors` give it) and its SWITCHBOARD_VENDORS entry. */
const CLIENT_VENDORS: Record<ClientKey, { upstream: string; vendor: VendorName }> = {
  zendesk: { upstream: 'zendesk', vendor: 'zendesk' },
  gotoMeeting: { upstream: 'gotomeeting', vendor: 'goto' },
  gotoWebinar: { upstream: 'gotowebinar', vendor: 'goto' },
  gotoTraining: { upstream: 'gototraining', vendor: 'goto' },
  gotoAssist: { upstream: 'gotoassist', vendor: 'goto' },
  bomgar: { upstream: 'bomgar', vendor: 'bomgar' },
  ameyo: { upstream: 'ameyo', vendor: 'ameyo' },
};

/** The SWITCHBOARD_VENDORS entry an upstream (`gotowebinar`, as sources and errors name it) belongs to. */
export function vendorOfUpstream(upstream: string): VendorName | undefined {
  return Object.values(CLIENT_VENDORS).find((entry) => entry.upstream === upstream)?.vendor;
}

/**
 * Why a client is absent, as the typed error its fields fail with: VendorDisabledError when
 * SWITCHBOARD_VENDORS leaves the vendor out (cross-vendor listings skip it silently), else the
 * UPSTREAM_UNAVAILABLE a down vendor gives (listings name it).
 */
export function absentClientError(vendors: VendorClients, key: ClientKey): Error {
  const { upstream, vendor } = CLIENT_VENDORS[key];
  if (!vendors.enabled.includes(vendor)) return new VendorDisabledError(upstream, vendor);
  return new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: upstream, message: `${upstream} is not configured` });
}

/** The vendor's client, or the typed error saying why this gateway has none. The one place that decides. */
export function vendorClient<K extends ClientKey>(vendors: VendorClients, key: K): NonNullable<VendorClients[K]> {
  const client = vendors[key];
  if (!client) throw absentClientError(vendors, key);
  return client as NonNullable<VendorClients[K]>;
}
