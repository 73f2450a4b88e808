import { jsonReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import type { AmeyoContext } from '../context.js';
import { postCallParams } from '../crm-push.js';
import { ameyoError } from '../errors.js';
import { withSession } from './with-session.js';

/** `yyyy-MM-dd HH:mm:ss` (UTC, Ameyo's form) to epoch ms. */
function readTime(value: string | null): number | undefined {
  if (value === null || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value)) return undefined;
  const ms = Date.parse(`${value.replace(' ', 'T')}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Modeled call history (Ameyo publishes no report API): `GET /ameyorestapi/cc/callHistory?fromTime=&toTime=`
 * (`yyyy-MM-dd HH:mm:ss`, UTC; calls that connected in [fromTime, toTime)), header `sessionId`. Each call
 * is its post-call data (the confirmed field names) plus `callType`; `callEndTime` is '' while it runs.
 */
export function registerHistoryRoutes(router: Router<AmeyoContext>): void {
  router.add(
    'GET',
    '/ameyorestapi/cc/callHistory',
    withSession((req, { state }) => {
      const from = readTime(req.query.get('fromTime'));
      const to = readTime(req.query.get('toTime'));
      if (from === undefined || to === undefined) return ameyoError('fromTime and toTime are required (yyyy-MM-dd HH:mm:ss)', 400);
      const calls = [...state.calls.values()]
        .filter((call) => call.connectedAtMs >= from && call.connectedAtMs < to)
        .sort((a, b) => a.connectedAtMs - b.connectedAtMs);
      return jsonReply(
        200,
        calls.map((call) => ({ ...postCallParams(call, req.baseUrl), callType: call.callType, ...(call.endedAtMs === null && { callEndTime: '', hangupFirst: '' }) })),
      );
    }),
  );
}
