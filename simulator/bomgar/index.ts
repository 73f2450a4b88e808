import { jsonReply, textReply, type VendorReply } from '../core/reply.js';
import type { SimRequest } from '../core/request.js';
import type { VendorContext, VendorInstance } from '../core/vendor.js';
import { apiError, type ApiContext, type ApiName } from './api-context.js';
import { authorised, issueToken } from './auth.js';
import { handleCommand } from './command.js';
import { commandXsd } from './command-xsd.js';
import { SITES, type Site } from './constants.js';
import { bomgarLive } from './live.js';
import { OutboundQueue, outboundRecipients as keptRecipients } from './outbound.js';
import { handleReporting } from './reporting.js';
import { generateBomgarSeed } from './seed.js';
import { handleStartSession } from './start-session.js';
import { BomgarState } from './state.js';
import { XML_CONTENT_TYPE } from './xml.js';

export { generateBomgarSeed, BOMGAR_SEED_SIZES } from './seed.js';
export { BOMGAR_CREDENTIALS, START_SESSION_LIMITS, SITES as BOMGAR_SITES } from './constants.js';
export type * from './model.js';

/** `.ns` is optional: older integrations call `/api/command.ns`, current ones `/api/command`. */
const API_PATH = /^\/api\/(command|reporting|backup|start_session)(\.ns)?\/?$/;

/** The Bomgar / BeyondTrust RS simulator: two sites (current and legacy) over one appliance. */
export function createBomgar(ctx: VendorContext): VendorInstance {
  const recipients = keptRecipients(ctx.live, ctx.options.bomgarOutboundRecipients);
  const outbound = new OutboundQueue(ctx.live, ctx.clock, recipients);
  const state = new BomgarState(generateBomgarSeed(ctx.seed, ctx.options.startTime, ctx.options.volume.bomgarSessions), ctx.clock, ctx.seed, (event) => outbound.send(event), recipients.urls);

  const siteOf = (req: SimRequest): { site: Site; path: string; siteUrl: string } => {
    const legacy = SITES.legacy.prefix;
    if (req.path === legacy || req.path.startsWith(`${legacy}/`)) {
      return { site: SITES.legacy, path: req.path.slice(legacy.length) || '/', siteUrl: `${req.baseUrl}${legacy}` };
    }
    return { site: SITES.current, path: req.path, siteUrl: req.baseUrl };
  };

  return {
    handle(req) {
      const { site, path, siteUrl } = siteOf(req);
      if (path === '/oauth2/token') return site.oauth ? issueToken(req, state) : notFound();
      const params = new URLSearchParams(req.query);
      if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
        for (const [key, value] of Object.entries(req.body as Record<string, unknown>)) if (typeof value === 'string') params.set(key, value);
      }
      const api: ApiContext = { state, clock: ctx.clock, site, siteUrl, params };
      if (path === '/download_customer_connector.ns') return handleStartSession(api, true);
      if (path === '/api/command.xsd') return commandXsd(site);
      // The appliance's HTTP probe: 200 while healthy (an outage answers 503 before this runs); no data.
      if (path === '/check_health') return textReply(200, 'Health check succeeded');
      const match = API_PATH.exec(path);
      if (!match) return path === '/login/outbound_events' ? outboundRecipients(req, api) : notFound();
      const name = match[1]!;
      if (name === 'start_session') return handleStartSession(api, false);
      const apiName: ApiName = name === 'reporting' ? 'reporting' : 'command';
      // Integrations send `username`/`password` to the `.ns` URLs: every site takes them there.
      if (!authorised(req, params, site, state, match[2] === '.ns')) return apiError(api, apiName, 'Unable to authenticate: invalid or missing credentials', 401);
      if (name === 'command') return handleCommand(api);
      if (name === 'reporting') return handleReporting(api);
      return backup(ctx.clock.nowMs());
    },
    statusFaultReply(status, retryAfter, req) {
      const { site } = siteOf(req);
      const reply = apiError({ site }, req.path.includes('reporting') ? 'reporting' : 'command', status === 429 ? 'Too many requests' : 'Service unavailable', status);
      return retryAfter === undefined ? reply : { ...reply, headers: { ...reply.headers, 'Retry-After': retryAfter } };
    },
    malformedContentType: XML_CONTENT_TYPE,
    live: [bomgarLive(state, recipients)],
  };
}

function notFound(): VendorReply {
  return textReply(404, 'Not Found');
}

function backup(now: number): VendorReply {
  const stamp = new Date(now).toISOString().slice(0, 10).replace(/-/g, '');
  return {
    status: 200,
    headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="bomgar-backup-${stamp}.nsb"` },
    body: Buffer.from(`BOMGAR-BACKUP simulated configuration ${stamp}\n`),
  };
}

/**
 * Modeled stand-in for the /login admin page where outbound event recipients are configured:
 * `POST /login/outbound_events` with `url=` (authenticated like the API) adds one; GET lists them.
 */
function outboundRecipients(req: SimRequest, api: ApiContext): VendorReply {
  if (!authorised(req, api.params, api.site, api.state)) return jsonReply(401, { error: 'unauthorized' });
  if (req.method === 'POST') {
    const url = api.params.get('url') ?? '';
    if (!/^https?:\/\//.test(url)) return jsonReply(400, { error: 'url must be an absolute http(s) URL' });
    if (!api.state.outboundRecipients.includes(url)) api.state.outboundRecipients.push(url);
  }
  return jsonReply(200, { recipients: api.state.outboundRecipients });
}
