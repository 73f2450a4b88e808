import type { GoToProduct, GoToProductContext } from '../product.js';
import { routedProduct } from '../product-router.js';
import { postCallback } from './callbacks.js';
import { registerModeledRoutes, registerSessionRoutes } from './routes.js';
import { generateAssist } from './seed.js';
import { sessionJson } from './serialize.js';
import { AssistState } from './state.js';

export { ASSIST_SEED_SIZES } from './seed.js';

/** GoToAssist Remote Support under `/G2A/rest/v1`, on the shared GoTo OAuth. */
export function createAssistProduct(ctx: GoToProductContext): GoToProduct {
  const state: AssistState = new AssistState(generateAssist(ctx.seed, ctx.account, ctx.clock.startTime.getTime()), ctx.account.accountKey, ctx.clock, (session) => {
    if (session.callbackUrl) postCallback(session.callbackUrl, sessionJson(state, session, false));
  });
  return routedProduct(state, (router) => {
    registerSessionRoutes(router);
    registerModeledRoutes(router);
  });
}
