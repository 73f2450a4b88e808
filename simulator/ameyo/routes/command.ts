import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import type { AmeyoContext } from '../context.js';
import { ameyoError, INVALID_SESSION } from '../errors.js';
import { field, jsonObject, text } from '../input.js';
import { AMEYO_PASSWORD } from '../seed.js';
import { addCallback } from './callback-command.js';
import { campaignOf, PHONE, PHONE_RULE, sessionUser, type Command, type Data } from './command-kit.js';
import { uploadContactAndAddCallback, uploadContacts } from './contact-commands.js';
import { downloadVoiceLog } from './voice-log.js';

/**
 * The web-access command API: `POST /ameyowebaccess/command?command=<name>` with a form field
 * `data` holding a JSON object (a GET with `data` in the query works too). Answers are JSON
 * with HTTP 200; a failure is `{"status":"error","reason":...}` in the body.
 */
export function registerCommandRoutes(router: Router<AmeyoContext>): void {
  const handle = (req: SimRequest, _params: unknown, ctx: AmeyoContext): VendorReply => {
    const name = req.query.get('command') ?? field(req, 'command');
    const command = name === undefined ? undefined : COMMANDS[name];
    if (!command) return ameyoError(`Unknown command ${name ?? '(none)'}`, 400);
    const raw = field(req, 'data');
    const data = jsonObject(raw);
    if (raw !== undefined && data === undefined) return ameyoError('data must be a JSON object');
    return command(data, ctx, req);
  };
  router.add('POST', '/ameyowebaccess/command', handle).add('GET', '/ameyowebaccess/command', handle);
}

function login(force: boolean): Command {
  return (data, { state }) => {
    const userId = text(data, 'userId');
    const user = userId === undefined ? undefined : state.users.get(userId);
    if (!user || text(data, 'password') !== AMEYO_PASSWORD) return ameyoError('Invalid Credentials');
    if (!force && state.hasSession(user.userId)) return ameyoError('User is already logged in; use force-login');
    const sessionId = state.openSession(user.userId);
    return jsonReply(200, { sessionId, userId: user.userId, userType: user.userType, terminal: text(data, 'terminal') ?? null });
  };
}

/** The session's user, a campaign of this account and a phone number: what `manual-dial` needs. */
function dialTarget(data: Data, ctx: AmeyoContext): { sessionUserId: string; campaignId: string; phone: string } | { reply: VendorReply } {
  const sessionUserId = sessionUser(data, ctx);
  if (sessionUserId === undefined) return { reply: ameyoError(INVALID_SESSION) };
  const campaignId = campaignOf(data, ctx);
  if (typeof campaignId !== 'string') return { reply: campaignId };
  const phone = text(data, 'phone');
  if (phone === undefined || !PHONE.test(phone)) return { reply: ameyoError('Invalid phone number', 200, `phone ${PHONE_RULE}`) };
  return { sessionUserId, campaignId, phone };
}

const COMMANDS: Record<string, Command> = {
  login: login(false),
  'force-login': login(true),
  'ping-session': (data, ctx) =>
    sessionUser(data, ctx) === undefined ? ameyoError(INVALID_SESSION) : jsonReply(200, { alive: true, serverTime: ctx.state.clock.nowMs() }),
  logout: (data, ctx) => {
    const userId = sessionUser(data, ctx);
    if (userId === undefined) return ameyoError(INVALID_SESSION);
    ctx.state.sessions.delete(text(data, 'sessionId')!);
    ctx.state.setState(userId, 'offline');
    return jsonReply(200, { status: 'success' });
  },
  'manual-dial': (data, ctx) => {
    const target = dialTarget(data, ctx);
    if ('reply' in target) return target.reply;
    const { sessionUserId, campaignId, phone } = target;
    // Modeled: a Supervisor session may dial on an agent's behalf by naming `userId`.
    const userId = text(data, 'userId') ?? sessionUserId;
    const agent = ctx.state.agents.get(userId);
    if (!ctx.state.users.has(userId)) return ameyoError(`Unknown userId ${userId}`);
    if (agent && agent.state !== 'available' && agent.state !== 'ready') return ameyoError(`User ${userId} is not available (${agent.state})`);
    const { call } = ctx.desk.connect({ callType: 'outbound.manual.dial', campaignId, phone, userId, ivrInput: null });
    return jsonReply(200, { status: 'success', crtObjectId: call.crtObjectId, userCrtObjectId: call.userCrtObjectId, customerId: call.customerId });
  },
  addCallback,
  uploadContacts,
  uploadContactAndAddCallback,
  downloadVoiceLog,
};
