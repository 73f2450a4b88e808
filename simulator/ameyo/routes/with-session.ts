import type { VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { RouteHandler, RouteParams } from '../../core/router.js';
import type { AmeyoContext } from '../context.js';
import { ameyoError, INVALID_SESSION } from '../errors.js';

type Handler = (req: SimRequest, ctx: AmeyoContext, params: RouteParams) => VendorReply | Promise<VendorReply>;

/**
 * A REST handler that needs a live session in the `sessionId` header; without one it answers
 * 401 `{"status":"error","reason":"Invalid session Id",...}` (modeled status).
 */
export function withSession(handler: Handler): RouteHandler<AmeyoContext> {
  return (req, params, ctx) => {
    const sessionId = req.headers['sessionid'];
    if (typeof sessionId !== 'string' || !ctx.state.sessions.has(sessionId)) return ameyoError(INVALID_SESSION, 401);
    return handler(req, ctx, params);
  };
}
