import { textReply } from '../core/reply.js';
import type { ResolvedSimulatorOptions } from '../core/options.js';
import { Router } from '../core/router.js';
import type { VendorContext, VendorInstance } from '../core/vendor.js';
import { CallDesk, type CrmTarget } from './calls.js';
import type { AmeyoContext } from './context.js';
import { ameyoError } from './errors.js';
import { registerCommandRoutes } from './routes/command.js';
import { registerControlRoutes } from './routes/control.js';
import { registerDisposeRoutes } from './routes/dispose.js';
import { registerHistoryRoutes } from './routes/history.js';
import { registerRestRoutes } from './routes/rest.js';
import { registerVoiceCallbackRoutes } from './routes/voice-callbacks.js';
import { registerVoiceLogRoutes } from './routes/voice-log.js';
import { ameyoLive, type AmeyoBase } from './live.js';
import { generateAmeyoSeed } from './seed.js';
import { AmeyoState } from './state.js';

export { generateAmeyoSeed, AMEYO_PASSWORD, AMEYO_TOKEN_AUTH, INTEGRATION_USER, CAMPAIGNS, DISPOSITION_CODES } from './seed.js';

/**
 * The CRM URL is configuration, not seed data: one per simulator, kept across resets
 * (the options object is the simulator's own and outlives every vendor instance).
 */
const crmTargets = new WeakMap<ResolvedSimulatorOptions, CrmTarget>();

/** The Ameyo simulator: command API, REST API (callbacks, voice logs), disposition, and CRM pushes on call connect and end. */
export function createAmeyo(ctx: VendorContext): VendorInstance {
  let crm = crmTargets.get(ctx.options);
  if (!crm) {
    crm = { url: ctx.options.ameyoCrmUrl };
    crmTargets.set(ctx.options, crm);
  }
  const state = new AmeyoState(generateAmeyoSeed(ctx.seed, ctx.options.startTime), ctx.clock, ctx.seed);
  const context: AmeyoContext = { state, desk: new CallDesk(state, crm, ctx.live), crm };
  // Post-call data carries recording URLs under the simulator's address: the last request's (modeled default until one came).
  const base: AmeyoBase = { url: 'http://127.0.0.1/ameyo' };
  const router = new Router<AmeyoContext>();
  registerCommandRoutes(router);
  registerRestRoutes(router);
  registerDisposeRoutes(router);
  registerHistoryRoutes(router);
  registerVoiceCallbackRoutes(router);
  registerVoiceLogRoutes(router);
  registerControlRoutes(router);
  return {
    handle(req) {
      base.url = req.baseUrl;
      const match = router.match(req.method, req.path);
      return match ? match.handler(req, match.params, context) : textReply(404, 'Not Found');
    },
    statusFaultReply(status, retryAfter) {
      const reply = ameyoError(`simulated ${status}`, status);
      return retryAfter === undefined ? reply : { ...reply, headers: { ...reply.headers, 'Retry-After': retryAfter } };
    },
    live: [ameyoLive(state, context.desk, base)],
  };
}
