import type { GoToProduct, GoToProductContext } from '../product.js';
import { routedProduct } from '../product-router.js';
import { registerWebinarRoutes } from './routes.js';
import { generateWebinars } from './seed.js';

/** GoToWebinar v2 under `/G2W/rest/v2`. */
export function createWebinarProduct(ctx: GoToProductContext): GoToProduct {
  const { webinars, random } = generateWebinars(ctx.seed, ctx.account, ctx.clock.startTime.getTime());
  return routedProduct({ webinars, account: ctx.account, clock: ctx.clock, random }, registerWebinarRoutes);
}
