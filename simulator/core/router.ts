import type { SimRequest } from './request.js';
import type { VendorReply } from './reply.js';

export type RouteParams = Record<string, string>;
export type RouteHandler<C> = (req: SimRequest, params: RouteParams, context: C) => VendorReply | Promise<VendorReply>;

interface Route<C> {
  method: string;
  /** The literal start of the pattern (up to its first `:param`): a cheap test before the regex. */
  prefix: string;
  pattern: RegExp;
  names: string[];
  handler: RouteHandler<C>;
}

export type RouteMatch<C> = { handler: RouteHandler<C>; params: RouteParams };

/**
 * Method + path routing for vendor modules. Patterns look like `/api/v2/tickets/:id`; a `.json`
 * suffix on the request is optional when the router is built with `optionalJsonSuffix` (Zendesk).
 * Routes are tried in the order added, so add literal segments (`show_many`) before `:id`.
 */
export class Router<C> {
  readonly #routes: Route<C>[] = [];
  readonly #optionalJsonSuffix: boolean;

  /** @param options.optionalJsonSuffix strip one trailing `.json` before matching (default false) */
  constructor(options: { optionalJsonSuffix?: boolean } = {}) {
    this.#optionalJsonSuffix = options.optionalJsonSuffix ?? false;
  }

  add(method: string, path: string, handler: RouteHandler<C>): this {
    const names: string[] = [];
    const source = path
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          names.push(segment.slice(1));
          return '([^/]+)';
        }
        return segment.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
      })
      .join('/');
    const literal = path.indexOf('/:');
    const prefix = literal === -1 ? path.replace(/\/+$/, '') : path.slice(0, literal + 1);
    this.#routes.push({ method: method.toUpperCase(), prefix, pattern: new RegExp(`^${source}/?$`), names, handler });
    return this;
  }

  /** The route for this request, or undefined when none matches path and method. */
  match(method: string, path: string): RouteMatch<C> | undefined {
    const normalised = this.#optionalJsonSuffix && path.endsWith('.json') ? path.slice(0, -5) : path;
    const upper = method.toUpperCase();
    for (const route of this.#routes) {
      if (route.method !== upper || !normalised.startsWith(route.prefix)) continue;
      const m = route.pattern.exec(normalised);
      if (!m) continue;
      const params: RouteParams = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? '');
      });
      return { handler: route.handler, params };
    }
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
