import { ensureWebinarWebhooks } from '../../clients/goto/webinar-webhooks.js';
import { isUpstreamError } from '../../clients/transport/errors.js';
import type { LiveConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { VendorClients } from '../../adapters/index.js';
import { bomgarWebhook } from './bomgar.js';
import { gotoAssistWebhook } from './gotoassist.js';
import { gotoWebinarWebhook } from './gotowebinar.js';
import type { WebhookHandler } from './index.js';
import type { LivePushes } from './live-pushes.js';
import type { WebhookBodyLimits } from './read-body.js';
import type { ReplayGuard } from './replay-guard.js';

export { nudgingLive, pushesInto, type LivePushes } from './live-pushes.js';

export interface LiveWebhookOptions {
  /** The live engine as pushes reach it (see pushesInto). */
  live: LivePushes;
  vendors: VendorClients;
  secrets: LiveConfig['webhookSecrets'];
  /** WEBHOOK_MAX_BODY_BYTES and REQUEST_BODY_TIMEOUT_MS. */
  limits: WebhookBodyLimits;
  /** WEBHOOK_REPLAY_WINDOW_MS. */
  replayWindowMs: number;
  /** Event ids applied lately (shared through Redis when scaled out). */
  replays: ReplayGuard;
  /** The gateway's clock (ms). */
  now: () => number;
  logger: Logger;
}

/** The live-status pushes, by their `/webhooks/<name>`: one entry per vendor. */
export function liveWebhooks(options: LiveWebhookOptions): Record<string, WebhookHandler> {
  const { live, vendors, secrets, limits, logger } = options;
  return {
    bomgar: bomgarWebhook({ secret: secrets.bomgar, client: vendors.bomgar, live, limits, logger }),
    gotoassist: gotoAssistWebhook({ secret: secrets.gotoassist, live, limits }),
    gotowebinar: gotoWebinarWebhook({ secret: secrets.gotowebinar, live, limits, replayWindowMs: options.replayWindowMs, replays: options.replays, now: options.now, logger }),
  };
}

export interface WebinarRegistration {
  vendors: VendorClients;
  /** GOTO_WEBINAR_WEBHOOK_SECRET (the account's webhook secret key value); without it nothing is registered. */
  secret: string | undefined;
  /** Where GoTo reaches this gateway (SWITCHBOARD_PUBLIC_URL); without it nothing is registered. */
  publicUrl: string | undefined;
  logger: Logger;
}

/** How one registration attempt went: registered, not attempted (`off`), or failed with the vendor's typed code. */
export type WebinarRegistrationOutcome = { outcome: 'registered'; webhooks: number } | { outcome: 'off' } | { outcome: 'failed'; code: string; status: number | undefined };

/**
 * One attempt at registering `<publicUrl>/webhooks/gotowebinar` for GoToWebinar's events through
 * GoTo's webhook API (reusing what an earlier start registered). A vendor failure is logged and
 * answered, not thrown (webinar-registration.ts retries it).
 */
export async function attemptWebinarRegistration(options: WebinarRegistration): Promise<WebinarRegistrationOutcome> {
  const client = options.vendors.gotowebinar;
  if (!client || !options.secret || !options.publicUrl) return { outcome: 'off' };
  const log = options.logger.child({ component: 'webhook', vendor: 'gotowebinar' });
  try {
    const keys = await ensureWebinarWebhooks(client.transport, `${options.publicUrl}/webhooks/gotowebinar`);
    log.info({ webhooks: keys.length }, 'GoToWebinar webhooks registered');
    return { outcome: 'registered', webhooks: keys.length };
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    log.warn({ code: error.code, status: error.status }, 'could not register the GoToWebinar webhooks');
    return { outcome: 'failed', code: error.code, status: error.status };
  }
}

/** One registration attempt; returns whether the webhooks are in place (see attemptWebinarRegistration). */
export async function registerWebinarWebhooks(options: WebinarRegistration): Promise<boolean> {
  return (await attemptWebinarRegistration(options)).outcome === 'registered';
}
