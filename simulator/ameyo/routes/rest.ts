import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { AmeyoContext } from '../context.js';
import { ameyoError } from '../errors.js';
import { field, text } from '../input.js';
import { AMEYO_PASSWORD } from '../seed.js';
import { ameyoTime } from '../crm-push.js';
import { withSession } from './with-session.js';

/** The REST API under `/ameyorestapi`: login, users, and the modeled agent states and queue stats. */
export function registerRestRoutes(router: Router<AmeyoContext>): void {
  const campaignOf = (req: SimRequest, ctx: AmeyoContext): string | VendorReply => {
    const campaignId = field(req, 'campaignId');
    if (campaignId === undefined || !ctx.state.campaigns.has(campaignId)) return ameyoError('Invalid campaignId', 400);
    return campaignId;
  };

  router
    .add('POST', '/ameyorestapi/userLogin/login', (req, _params, { state }) => {
      const body = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : undefined;
      const userId = text(body, 'userId');
      const user = userId === undefined ? undefined : state.users.get(userId);
      if (!user || text(body, 'token') !== AMEYO_PASSWORD) return ameyoError('Invalid Credentials', 401);
      if (body?.['forceLogin'] !== true && body?.['forceLogin'] !== 'true' && state.hasSession(user.userId)) {
        return ameyoError('User is already logged in; set forceLogin', 409);
      }
      return jsonReply(200, { sessionId: state.openSession(user.userId), userId: user.userId, domain: text(body, 'domain') ?? null });
    })
    .add(
      'GET',
      '/ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers',
      withSession((_req, { state }) => jsonReply(200, [...state.users.values()])),
    )
    .add(
      'GET',
      '/ameyorestapi/cc/campaigns',
      // Modeled: the campaigns whose agentStates / queueStats a dashboard reads; types are Ameyo's campaign type names.
      withSession((_req, { state }) =>
        jsonReply(200, [...state.campaigns.values()].map(({ campaignId, campaignName, campaignType }) => ({ campaignId, campaignName, campaignType }))),
      ),
    )
    .add(
      'GET',
      '/ameyorestapi/cc/agentStates',
      withSession((req, ctx) => {
        // Modeled: without a campaignId, every agent (each under the first campaign listed).
        const campaignId = field(req, 'campaignId') === undefined ? [...ctx.state.campaigns.keys()][0]! : campaignOf(req, ctx);
        if (typeof campaignId !== 'string') return campaignId;
        const agents = [...ctx.state.agents.values()].map((agent) => ({
          userId: agent.userId,
          name: ctx.state.users.get(agent.userId)?.userName ?? agent.userId,
          state: agent.state,
          campaignId,
          since: ameyoTime(agent.sinceMs),
        }));
        return jsonReply(200, agents);
      }),
    )
    .add(
      'GET',
      '/ameyorestapi/cc/queueStats',
      withSession((req, ctx) => {
        const campaignId = campaignOf(req, ctx);
        if (typeof campaignId !== 'string') return campaignId;
        const now = ctx.state.clock.nowMs();
        // Waiting: inbound calls no agent has taken and nobody has hung up.
        const waiting = [...ctx.state.calls.values()].filter((c) => c.campaignId === campaignId && c.userId === '' && c.endedAtMs === null);
        const longest = waiting.reduce((max, c) => Math.max(max, Math.round((now - c.connectedAtMs) / 1000)), 0);
        const agentsAvailable = [...ctx.state.agents.values()].filter((a) => a.state === 'available').length;
        return jsonReply(200, { campaignId, waitingCalls: waiting.length, longestWaitSeconds: longest, agentsAvailable });
      }),
    );
}
