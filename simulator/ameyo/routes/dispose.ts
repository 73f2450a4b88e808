import { jsonReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import type { AmeyoContext } from '../context.js';
import { ameyoError, INVALID_SESSION } from '../errors.js';

/**
 * `GET /dacx/dispose?phone&campaignId&crtObjectId&userCrtObjectId&customerId&dispositionCode&sessionId`:
 * closes a call with a disposition code of its campaign; the post-call data is then pushed.
 */
export function registerDisposeRoutes(router: Router<AmeyoContext>): void {
  router.add('GET', '/dacx/dispose', (req, _params, { state, desk }) => {
    const q = (name: string): string => req.query.get(name) ?? '';
    if (!state.sessions.has(q('sessionId'))) return ameyoError(INVALID_SESSION);
    const call = state.calls.get(q('crtObjectId'));
    if (!call || call.campaignId !== q('campaignId')) return ameyoError('Invalid crtObjectId');
    if (call.dispositionCode !== null) return ameyoError('Call is already disposed');
    const code = q('dispositionCode');
    if (!state.campaigns.get(call.campaignId)?.dispositionCodes.includes(code)) return ameyoError(`Invalid dispositionCode ${code}`);
    void desk.dispose(call, code, req.baseUrl);
    return jsonReply(200, { status: 'success', crtObjectId: call.crtObjectId, dispositionCode: code });
  });
}
