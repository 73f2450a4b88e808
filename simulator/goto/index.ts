import type { SimRequest } from '../core/request.js';
import type { VendorContext, VendorInstance } from '../core/vendor.js';
import { generateGoToAccount } from './account.js';
import { invalidToken, noSuchEndpoint, statusFaultReply } from './errors.js';
import { TokenStore, tokenEndpoint, type TokenShape } from './oauth.js';
import type { GoToProduct, GoToProductContext } from './product.js';
import { gotoProducts } from './products.js';

export { GOTO_CREDENTIALS, ACCESS_TOKEN_TTL_SECONDS } from './credentials.js';
export { generateGoToAccount, ACCOUNT_SIZES } from './account.js';

/** The legacy token endpoint (`api.getgo.com`) and the current token server's (`authentication.logmeininc.com`). */
const TOKEN_PATHS: Record<string, TokenShape> = { '/oauth/v2/token': 'legacy', '/oauth/token': 'current' };

/**
 * The GoTo family under `/goto`: the OAuth server at `/oauth/v2/token` (and the current one's `/oauth/token`) and each product
 * (products.ts) under its prefix, every product call checked against the issued tokens.
 */
export function createGoTo(ctx: VendorContext): VendorInstance {
  const account = generateGoToAccount(ctx.seed, ctx.options.startTime);
  const tokens = new TokenStore(ctx.clock, account);
  const productCtx: GoToProductContext = { seed: ctx.seed, clock: ctx.clock, options: ctx.options, account, live: ctx.live };
  const mounted: { prefix: string; product: GoToProduct }[] = gotoProducts
    .map((definition) => ({ prefix: definition.prefix, product: definition.create(productCtx) }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const find = (path: string) => mounted.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));

  return {
    handle(req: SimRequest) {
      const shape = TOKEN_PATHS[req.path.replace(/\/$/, '')];
      if (shape) return req.method === 'POST' ? tokenEndpoint(req, tokens, account, shape) : noSuchEndpoint();
      const target = find(req.path);
      if (!target) return noSuchEndpoint();
      const caller = tokens.verify(req.headers.authorization);
      if (!caller) return invalidToken();
      return target.product.handle(req, caller, req.path.slice(target.prefix.length) || '/');
    },
    statusFaultReply: (status, retryAfter) => statusFaultReply(status, retryAfter),
    live: mounted.flatMap(({ product }) => (product.live ? [product.live] : [])),
  };
}
