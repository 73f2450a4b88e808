import type { GoToProduct, GoToProductContext } from '../product.js';
import { routedProduct } from '../product-router.js';
import { webinarLive } from './live.js';
import { registerWebinarRoutes, type WebinarState } from './routes.js';
import { generateWebinars } from './seed.js';
import { seedWebinarTeams } from './team.js';
import { registerWebinarDetailRoutes } from './detail-routes.js';
import { registerWebhookRoutes } from './webhook-routes.js';
import { deliverWebhook, webhookRegistry } from './webhooks.js';

/** GoToWebinar v2 under `/G2W/rest/v2`, with its webhooks. */
export function createWebinarProduct(ctx: GoToProductContext): GoToProduct {
  const { webinars, random } = generateWebinars(ctx.seed, ctx.account, ctx.clock.startTime.getTime());
  seedWebinarTeams(ctx.seed, ctx.account, webinars);
  const registry = webhookRegistry(ctx.live, ctx.options.gotoWebinarSecretKey);
  const state: WebinarState = {
    webinars,
    account: ctx.account,
    clock: ctx.clock,
    random,
    registry,
    emit: (payload) => deliverWebhook(ctx.live, registry, ctx.clock, payload),
  };
  const product = routedProduct(state, (router) => {
    registerWebhookRoutes(router);
    registerWebinarRoutes(router);
    registerWebinarDetailRoutes(router);
  });
  return { ...product, live: webinarLive(state) };
}
