import type { VendorReply } from '../core/reply.js';
import { apiDocument, apiError, type ApiContext } from './api-context.js';
import { API_VERSION, SESSION_KEY_TTL } from './constants.js';
import { CUSTOM_ATTRIBUTE_LIMITS, readCustomAttributes } from './custom-attributes.js';
import { checkHealth } from './health.js';
import type { BomgarRep, BomgarTeam } from './model.js';
import { readQueue } from './queue-param.js';
import { el, text } from './xml.js';

type Action = (ctx: ApiContext) => VendorReply;

const ACTIONS: Record<string, Action> = {
  get_logged_in_reps: loggedInReps,
  get_support_teams: supportTeams,
  generate_session_key: generateSessionKey,
  set_session_attributes: setSessionAttributes,
  get_session_attributes: getSessionAttributes,
  transfer_session: transferSession,
  terminate_session: terminateSession,
  get_api_info: apiInfo,
  check_health: checkHealth,
};

/** `/api/command?action=...` (GET, or POST as a form). */
export function handleCommand(ctx: ApiContext): VendorReply {
  const action = ctx.params.get('action');
  if (!action) return apiError(ctx, 'command', 'Missing required parameter: action');
  const run = ACTIONS[action];
  return run ? run(ctx) : apiError(ctx, 'command', `Invalid action: ${action}`);
}

const seconds = (ms: number): number => Math.floor(ms / 1000);
const iso = (ms: number): string => new Date(seconds(ms) * 1000).toISOString().replace('.000Z', 'Z');

function loggedInReps(ctx: ApiContext): VendorReply {
  const reps = ctx.state.reps.filter((rep) => rep.loggedInSince !== null).map((rep) => repElement(ctx, rep));
  return apiDocument(ctx, 'command', el('logged_in_reps', {}, ...reps));
}

function repElement(ctx: ApiContext, rep: BomgarRep): string {
  const sessions = ctx.state.activeFor(rep.id).length;
  return el(
    'rep',
    { id: rep.id },
    text('display_name', rep.displayName),
    text('public_display_name', rep.publicDisplayName),
    text('private_display_name', rep.privateDisplayName),
    text('username', rep.username),
    text('type', 'normal'),
    text('direct_link', `${ctx.siteUrl}/?id=${rep.id}&name=${encodeURIComponent(rep.publicDisplayName)}`),
    text('logged_in_since', iso(rep.loggedInSince!), { timestamp: seconds(rep.loggedInSince!) }),
    text('support_session_count', sessions),
    text('presentation_count', 0),
    text('showing_on_rep_list', rep.showingOnRepList ? 1 : 0),
  );
}

function supportTeams(ctx: ApiContext): VendorReply {
  const showMembers = ctx.params.get('showmembers') === '1';
  const teams = ctx.state.teams.map((team) => teamElement(ctx, team, showMembers));
  return apiDocument(ctx, 'command', el('support_teams', {}, ...teams, queueElement('general_queue', ctx, (session) => session.queue.kind === 'general')));
}

/** Modeled: who waits in a queue and for how long (`<queue>` per team, `<general_queue>` once). */
function queueElement(name: string, ctx: ApiContext, inQueue: (session: ReturnType<ApiContext['state']['waiting']>[number]) => boolean): string {
  const now = ctx.clock.nowMs();
  const waiting = ctx.state.waiting().filter(inQueue);
  const longest = waiting.reduce((max, session) => Math.max(max, now - session.startTime), 0);
  return el(name, { waiting_count: waiting.length, longest_wait_seconds: seconds(longest) });
}

function teamElement(ctx: ApiContext, team: BomgarTeam, showMembers: boolean): string {
  const members = ctx.state.reps
    .filter((rep) => rep.teamIds.includes(team.id))
    .map((rep) => el('representative', { id: rep.id }, text('username', rep.username), text('display_name', rep.displayName)));
  return el(
    'support_team',
    { id: team.id },
    text('name', team.name),
    text('code_name', team.codeName),
    showMembers && el('members', {}, ...members),
    queueElement('queue', ctx, (session) => session.queue.kind === 'team' && session.queue.id === team.id),
  );
}

function generateSessionKey(ctx: ApiContext): VendorReply {
  const type = ctx.params.get('type');
  if (type !== 'support') return apiError(ctx, 'command', 'Invalid type: only support session keys are generated here');
  const queue = readQueue(ctx.params.get('queue_id'), ctx.state);
  if ('error' in queue) return apiError(ctx, 'command', queue.error);
  // `session.custom.external_key` (current API guide) or the older `external_key` parameter.
  const custom = readCustomAttributes(ctx.params);
  if ('error' in custom) return apiError(ctx, 'command', custom.error);
  const { external_key: customExternalKey, ...attributes } = custom.attributes;
  const externalKey = customExternalKey ?? ctx.params.get('external_key') ?? '';
  if (externalKey.length > CUSTOM_ATTRIBUTE_LIMITS.each) return apiError(ctx, 'command', `external_key must be at most ${CUSTOM_ATTRIBUTE_LIMITS.each} characters`);
  const ttlRaw = ctx.params.get('ttl');
  const ttl = ttlRaw === null ? SESSION_KEY_TTL.defaultSeconds : Number(ttlRaw);
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > SESSION_KEY_TTL.maxSeconds) {
    return apiError(ctx, 'command', `Invalid ttl: must be between 60 and ${SESSION_KEY_TTL.maxSeconds} seconds`);
  }
  const key = ctx.state.generateKey(queue, externalKey, ttl, attributes);
  const url = `${ctx.siteUrl}/?ak=${key.shortKey}`;
  return apiDocument(
    ctx,
    'command',
    el(
      'session_key',
      {},
      text('short_key', key.shortKey),
      text('expires', iso(key.expires), { timestamp: seconds(key.expires) }),
      text('key_url', url),
      text('mail_subject', 'Support session invitation'),
      text('mail_body', `To start the support session, go to ${url} or enter the key ${key.shortKey} at ${ctx.siteUrl}.`),
    ),
  );
}

/** The session an `lsid` names, or the `<error>` reply. */
function sessionParam(ctx: ApiContext) {
  const lsid = ctx.params.get('lsid');
  if (!lsid) return { reply: apiError(ctx, 'command', 'Missing required parameter: lsid') };
  const session = ctx.state.session(lsid);
  return session ? { session } : { reply: apiError(ctx, 'command', `Invalid lsid: no session ${lsid}`) };
}

function setSessionAttributes(ctx: ApiContext): VendorReply {
  const found = sessionParam(ctx);
  if (!found.session) return found.reply;
  const custom = readCustomAttributes(ctx.params);
  if ('error' in custom) return apiError(ctx, 'command', custom.error);
  const { external_key: external, ...attributes } = custom.attributes;
  if (external !== undefined) ctx.state.setExternalKey(found.session, external);
  Object.assign(found.session.customAttributes, attributes);
  return apiDocument(ctx, 'command', text('success', 'Successfully set session attributes'));
}

function getSessionAttributes(ctx: ApiContext): VendorReply {
  const found = sessionParam(ctx);
  if (!found.session) return found.reply;
  const attributes = Object.entries(found.session.customAttributes).map(([code, value]) =>
    text('custom_attribute', value, { code_name: code, display_name: code === 'external_key' ? 'External Key' : code }),
  );
  return apiDocument(ctx, 'command', el('custom_attributes', {}, ...attributes));
}

function transferSession(ctx: ApiContext): VendorReply {
  const found = sessionParam(ctx);
  if (!found.session) return found.reply;
  if (found.session.endTime !== null) return apiError(ctx, 'command', 'Session has already ended');
  const queue = readQueue(ctx.params.get('queue_id'), ctx.state);
  if ('error' in queue) return apiError(ctx, 'command', queue.error);
  ctx.state.transfer(found.session, queue);
  return apiDocument(ctx, 'command', text('success', 'Successfully transferred'));
}

function terminateSession(ctx: ApiContext): VendorReply {
  const found = sessionParam(ctx);
  if (!found.session) return found.reply;
  if (found.session.endTime !== null) return apiError(ctx, 'command', 'Session has already ended');
  ctx.state.terminate(found.session);
  return apiDocument(ctx, 'command', text('success', 'Successfully terminated'));
}

function apiInfo(ctx: ApiContext): VendorReply {
  const now = ctx.clock.nowMs();
  return apiDocument(
    ctx,
    'command',
    el(
      'api_information',
      {},
      text('api_version', API_VERSION),
      text('timestamp', seconds(now)),
      el('permissions', {}, text('perm_command', 'full_access'), text('perm_reporting_session', 'full_access'), text('perm_backup', 1)),
    ),
  );
}
