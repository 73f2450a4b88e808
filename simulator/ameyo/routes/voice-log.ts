import type { VendorReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import type { AmeyoContext } from '../context.js';
import { ameyoError } from '../errors.js';
import { field, text } from '../input.js';
import { audioReply, recordingOf } from '../recording.js';
import { tokenAuthorised } from '../token-auth.js';
import { sessionUser, tokenRefused, type Command } from './command-kit.js';
import { withSession } from './with-session.js';

/**
 * `downloadVoiceLog` on the command API: `data={'crtObjectId':'…','targetFormat':'mp3'}` (confirmed,
 * single-quoted as integrations send it), authorised by the `hash-key`/`policy-name` headers or a
 * `sessionId` in `data`. Answers the audio; an empty body while the call has no recording yet
 * (running, or nobody answered); `null` for wrong credentials (observed behaviour).
 */
export const downloadVoiceLog: Command = (data, ctx, req) => {
  if (!tokenAuthorised(req) && sessionUser(data, ctx) === undefined) return tokenRefused();
  const crtObjectId = text(data, 'crtObjectId');
  const call = crtObjectId === undefined ? undefined : ctx.state.calls.get(crtObjectId);
  if (!call) return ameyoError('Invalid crtObjectId', 200, `no call ${crtObjectId ?? '(missing)'}`);
  const format = text(data, 'targetFormat') ?? 'mp3';
  if (format !== 'mp3') return ameyoError('Invalid targetFormat', 200, 'targetFormat must be mp3');
  const audio = recordingOf(call);
  return audio ? audioReply(call, audio) : { status: 200, headers: {}, body: '' };
};

/**
 * The REST form: `GET /ameyorestapi/cc/downloadVoiceLog?campaignId&crtObjectId&targetFormat&filters`,
 * header `sessionId` (confirmed, developer.exotel.com). `filters` (the leg's callId) is accepted and not
 * checked. Statuses for a missing parameter (400), an unknown call or no recording yet (404) are modeled.
 */
export function registerVoiceLogRoutes(router: Router<AmeyoContext>): void {
  router.add(
    'GET',
    '/ameyorestapi/cc/downloadVoiceLog',
    withSession((req, { state }): VendorReply => {
      const crtObjectId = field(req, 'crtObjectId');
      const campaignId = field(req, 'campaignId');
      if (crtObjectId === undefined || campaignId === undefined) return ameyoError('Missing parameter', 400, 'campaignId and crtObjectId are required');
      if ((field(req, 'targetFormat') ?? 'mp3') !== 'mp3') return ameyoError('Invalid targetFormat', 400, 'targetFormat must be mp3');
      const call = state.calls.get(crtObjectId);
      if (!call || call.campaignId !== campaignId) return ameyoError('Invalid crtObjectId', 404, `no call ${crtObjectId} in campaign ${campaignId}`);
      const audio = recordingOf(call);
      return audio ? audioReply(call, audio) : ameyoError('No voice log', 404, `call ${crtObjectId} has no recording yet`);
    }),
  );
}
