import type { VirtualClock } from '../core/clock.js';
import type { VendorReply } from '../core/reply.js';
import type { Site } from './constants.js';
import type { BomgarState } from './state.js';
import { withNamespace, xmlDocument, type XmlNode, text } from './xml.js';

/** What every API handler gets: the appliance state, the clock and the site the request came to. */
export interface ApiContext {
  state: BomgarState;
  clock: VirtualClock;
  site: Site;
  /** `scheme://host[:port]/bomgar[/sites/legacy]`: the public site's own URL. */
  siteUrl: string;
  /** The request's parameters: query and form body together (form wins). */
  params: URLSearchParams;
}

export type ApiName = 'command' | 'reporting';

/** A document of one API in the site's namespace spelling. */
export function apiDocument(ctx: Pick<ApiContext, 'site'>, api: ApiName, root: XmlNode, status = 200): VendorReply {
  return xmlDocument(withNamespace(root, `${ctx.site.namespaceBase}/${api}`), status);
}

/** `<error>` at the root, as the appliance answers a bad parameter (HTTP 200: see README). */
export function apiError(ctx: Pick<ApiContext, 'site'>, api: ApiName, message: string, status = 200): VendorReply {
  return apiDocument(ctx, api, text('error', message), status);
}
