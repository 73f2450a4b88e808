import type { GoToProduct, GoToProductContext } from '../product.js';
import { routedProduct } from '../product-router.js';
import { registerTrainingRoutes } from './routes.js';
import { generateTrainings } from './seed.js';

/** GoToTraining under `/G2T/rest`. */
export function createTrainingProduct(ctx: GoToProductContext): GoToProduct {
  const { trainings, random } = generateTrainings(ctx.seed, ctx.account, ctx.clock.startTime.getTime());
  return routedProduct({ trainings, account: ctx.account, clock: ctx.clock, random }, registerTrainingRoutes);
}
