import { Router } from '../core/router.js';
import { noSuchEndpoint } from './errors.js';
import type { GoToCaller } from './oauth.js';
import type { GoToProduct } from './product.js';

/** What a product's route handlers get: the product's state and who the token acts for. */
export interface ProductRouteContext<S> {
  state: S;
  caller: GoToCaller;
}

/** A product answering from a router over its state; unknown paths get GoTo's 404. */
export function routedProduct<S>(state: S, register: (router: Router<ProductRouteContext<S>>) => void): GoToProduct {
  const router = new Router<ProductRouteContext<S>>();
  register(router);
  return {
    handle(req, caller, path) {
      const match = router.match(req.method, path);
      return match ? match.handler(req, match.params, { state, caller }) : noSuchEndpoint();
    },
  };
}
