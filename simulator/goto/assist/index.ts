import type { GoToProduct, GoToProductContext } from '../product.js';
import { routedProduct } from '../product-router.js';
import { defaultCallback, postCallback } from './callbacks.js';
import { assistLive } from './live.js';
import { registerModeledRoutes, registerSessionRoutes } from './routes.js';
import { generateAssist } from './seed.js';
import { sessionJson } from './serialize.js';
import { AssistState } from './state.js';

export { ASSIST_SEED_SIZES } from './seed.js';

/** GoToAssist Remote Support under `/G2A/rest/v1`, on the shared GoTo OAuth. */
export function createAssistProduct(ctx: GoToProductContext): GoToProduct {
  const fallback = defaultCallback(ctx.live, ctx.options.gotoAssistCallbackUrl);
  const state: AssistState = new AssistState(generateAssist(ctx.seed, ctx.account, ctx.clock.startTime.getTime()), ctx.account.accountKey, ctx.clock, (session) => {
    const url = session.callbackUrl ?? fallback.url;
    if (url) postCallback(ctx.live, url, sessionJson(state, session, false));
  });
  const product = routedProduct(state, (router) => {
    registerSessionRoutes(router);
    registerModeledRoutes(router);
  });
  return { ...product, live: assistLive(state, ctx.account.people, fallback) };
}
