import { jsonReply, textReply, type VendorReply } from '../core/reply.js';
import type { SimRequest } from '../core/request.js';
import { Router } from '../core/router.js';
import type { VendorContext, VendorInstance } from '../core/vendor.js';
import type { ApiContext } from './api-context.js';
import { authenticate } from './auth.js';
import { ACCOUNT } from './constants.js';
import { invalidEndpoint, outOfScope, statusReply, tooManyRequests, unauthorized } from './errors.js';
import { EndpointLimits } from './endpoint-limits.js';
import { RateLimiter } from './rate-limit.js';
import { accountRateHeaders, endpointRateHeader } from './rate-limit-headers.js';
import { scopesAllow } from './oauth-scopes.js';
import { registerAuditRoutes } from './routes/audits.js';
import { registerBulkRoutes } from './routes/bulk.js';
import { registerCommentRoutes } from './routes/comments.js';
import { registerCountRoutes } from './routes/counts.js';
import { registerGroupRoutes } from './routes/groups.js';
import { registerIncrementalRoutes } from './routes/incremental.js';
import { registerJobStatusRoutes } from './routes/job-statuses.js';
import { registerOAuthGrantRoutes } from './routes/oauth-grants.js';
import { registerOAuthRoutes } from './routes/oauth.js';
import { registerOrganizationRoutes } from './routes/organizations.js';
import { registerTagRoutes } from './routes/tags.js';
import { registerTicketFieldRoutes } from './routes/ticket-fields.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerSsoRoutes, type WebContext } from './routes/sso.js';
import { registerTicketRoutes } from './routes/tickets.js';
import { registerUserRoutes } from './routes/users.js';
import { generateZendeskSeed } from './seed.js';
import { anonymousUserJson } from './serialize.js';
import { ZendeskState } from './state.js';

export { generateZendeskSeed, SEED_SIZES } from './seed.js';
export { CREDENTIALS, FIXED_STAFF } from './constants.js';
export type * from './model.js';

/** The Zendesk simulator: Support API v2 under `/api/v2`, JWT SSO under `/access/jwt`. */
export function createZendesk(ctx: VendorContext): VendorInstance {
  const state = new ZendeskState(generateZendeskSeed(ctx.seed, ctx.options.startTime, ctx.options.volume.zendeskTickets), ctx.clock);
  // Without rate limits (benchmarks) the account's budget is unbounded and no endpoint has its own.
  const limiter = new RateLimiter(ctx.options.rateLimits ? ACCOUNT.rateLimitPerMinute : Number.MAX_SAFE_INTEGER, ctx.clock);
  const endpointLimits = ctx.options.rateLimits ? new EndpointLimits(ctx.clock) : undefined;
  const api = new Router<ApiContext>({ optionalJsonSuffix: true });
  // Literal paths (`tickets/count`, `tickets/create_many`) before the `:id` routes they would match.
  registerCountRoutes(api);
  registerBulkRoutes(api);
  registerJobStatusRoutes(api);
  registerTagRoutes(api);
  registerAuditRoutes(api);
  registerOrganizationRoutes(api);
  registerGroupRoutes(api);
  registerTicketFieldRoutes(api);
  registerOAuthRoutes(api);
  registerTicketRoutes(api);
  registerCommentRoutes(api);
  registerUserRoutes(api);
  registerSearchRoutes(api);
  registerIncrementalRoutes(api);
  const web = new Router<WebContext>({ optionalJsonSuffix: true });
  registerSsoRoutes(web);
  registerOAuthGrantRoutes(web);

  const handleApi = async (req: SimRequest): Promise<VendorReply> => {
    // Bulk jobs do their work as the virtual clock passes; bring them up to now before answering.
    state.jobs.settle(ctx.clock.nowMs());
    const auth = authenticate(req.headers.authorization, state);
    if (!('user' in auth)) {
      // /users/me serves anonymous Help Center visitors: no credentials or a wrong password get the
      // anonymous user (200); a refused API token is a 401 like anywhere else (2026 live probe).
      const isMe = req.method === 'GET' && /^\/api\/v2\/users\/me(\.json)?\/?$/.test(req.path);
      const anonymous = isMe && (auth.failed === 'none' || auth.failed === 'password');
      return anonymous ? jsonReply(200, { user: anonymousUserJson() }) : unauthorized();
    }
    const match = api.match(req.method, req.path);
    if (!match) return invalidEndpoint();
    if (auth.oauthToken && !scopesAllow(auth.oauthToken.scopes, req.method, req.path)) return outOfScope();
    const userAgent = req.headers['user-agent'];
    const client = typeof userAgent === 'string' ? userAgent : null;
    const run = (): Promise<VendorReply> | VendorReply =>
      match.handler(req, match.params, { state, actor: auth.user, client, ...(auth.oauthToken ? { oauthToken: auth.oauthToken } : {}) });
    const budget = endpointLimits?.budgetFor(req.method, req.path);
    if (!budget) return run();
    const decision = budget.limiter.take();
    const header = endpointRateHeader(budget.name, decision);
    return withHeaders(decision.allowed ? await run() : budget.limited(decision.resetInSeconds), header);
  };

  return {
    async handle(received) {
      // Repeated slashes are one (`/api/v2//tickets.json`, as zendesk-node-api sends every call):
      // Zendesk's Rails router squeezes them (see README, "Paths").
      const req = received.path.includes('//') ? { ...received, path: received.path.replace(/\/{2,}/g, '/') } : received;
      if (req.path === '/api/v2' || req.path.startsWith('/api/v2/')) {
        const decision = limiter.take();
        const headers = accountRateHeaders(decision);
        if (!decision.allowed) return withHeaders(tooManyRequests(decision.resetInSeconds), headers);
        return withHeaders(await handleApi(req), headers);
      }
      const match = web.match(req.method, req.path);
      if (match) return match.handler(req, match.params, { state, ssoSecret: ctx.options.zendeskSsoSecret, logoutUrl: ctx.options.zendeskSsoLogoutUrl });
      return textReply(404, 'The page you were looking for does not exist.');
    },
    statusFaultReply(status, retryAfter) {
      return withHeaders(statusReply(status, retryAfter), accountRateHeaders(limiter.peek()));
    },
  };
}

function withHeaders(reply: VendorReply, headers: Record<string, string | number>): VendorReply {
  return { ...reply, headers: { ...reply.headers, ...headers } };
}
