import { ensureWebinarWebhooks } from '../../clients/goto/webinar-webhooks.js';
import { isUpstreamError } from '../../clients/transport/errors.js';
import type { LiveEngine } from '../../live/engine.js';
import type { LiveConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { VendorClients } from '../../adapters/index.js';
import { bomgarWebhook } from './bomgar.js';
import { gotoAssistWebhook } from './gotoassist.js';
import { gotoWebinarWebhook } from './gotowebinar.js';
import type { WebhookHandler } from './index.js';

export interface LiveWebhookOptions {
  live: LiveEngine;
  vendors: VendorClients;
  secrets: LiveConfig['webhookSecrets'];
  logger: Logger;
}

/** The live-status pushes, by their `/webhooks/<name>`: one entry per vendor. */
export function liveWebhooks(options: LiveWebhookOptions): Record<string, WebhookHandler> {
  const { live, vendors, secrets, logger } = options;
  return {
    bomgar: bomgarWebhook({ secret: secrets.bomgar, client: vendors.bomgar, live, logger }),
    gotoassist: gotoAssistWebhook({ secret: secrets.gotoassist, live }),
    gotowebinar: gotoWebinarWebhook({ secret: secrets.gotowebinar, live }),
  };
}

/**
 * A push handler whose successful pushes also ask the live engine for an early poll of the
 * vendor (Ameyo's call pushes: the agent who took the call is now busy; the queue moved).
 */
export function nudgingLive(live: LiveEngine, vendor: 'ameyo', handler: WebhookHandler): WebhookHandler {
  return async (request) => {
    const response = await handler(request);
    if (response.ok) await live.receive(vendor, { pollSoon: true });
    return response;
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

/**
 * Registers `<publicUrl>/webhooks/gotowebinar` for GoToWebinar's events through GoTo's webhook API
 * (reusing what an earlier start registered). A failure is logged, not fatal: the board then
 * simply shows no webinar activity. Returns whether the webhooks are in place.
 */
export async function registerWebinarWebhooks(options: WebinarRegistration): Promise<boolean> {
  const client = options.vendors.gotowebinar;
  if (!client || !options.secret || !options.publicUrl) return false;
  const log = options.logger.child({ component: 'webhook', vendor: 'gotowebinar' });
  try {
    const keys = await ensureWebinarWebhooks(client.transport, `${options.publicUrl}/webhooks/gotowebinar`);
    log.info({ webhooks: keys.length }, 'GoToWebinar webhooks registered');
    return true;
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    log.warn({ code: error.code, status: error.status }, 'could not register the GoToWebinar webhooks');
    return false;
  }
}
