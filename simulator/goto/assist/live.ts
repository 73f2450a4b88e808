import { AdminInputError } from '../../core/admin-input.js';
import type { Prng } from '../../core/prng.js';
import { choiceField, drawSessionEnd, drawStatus, ratingField, refField, textField } from '../../core/scenarios/change-input.js';
import { liveVendor, type ChangeDetails, type ChangeRequest, type LiveVendor, type Mood, type StepKind } from '../../core/scenarios/live-vendor.js';
import type { GoToPerson } from '../account.js';
import type { DefaultCallback } from './callbacks.js';
import type { AssistExpert, AssistPortal, AssistSession, ExpertStatus } from './model.js';
import type { AssistState } from './state.js';

const STATUSES = ['available', 'busy', 'away', 'offline'] as const satisfies readonly ExpertStatus[];
const FEEDBACK = ['Great help!', 'Took a while to connect.', 'Fixed fast.', 'Still broken afterwards.'];

/**
 * GoToAssist's live-status hooks: expert status (seen through the monitors), customers waiting in
 * a portal's queue (monitors), joining and ending sessions (the status callback goes out for both).
 */
export function assistLive(state: AssistState, people: readonly GoToPerson[], fallback: DefaultCallback): LiveVendor {
  return liveVendor({
    name: 'gotoassist',
    handlers: {
      'agent-status': (request) => setStatus(state, request),
      'session-waiting': (request) => addWaiting(state, request),
      'session-start': (request) => join(state, request),
      'session-end': (request) => end(state, request),
    },
    draw: (kind, random, mood) => draw(state, people, kind, random, mood),
    settings: {
      'callback-url': {
        read: () => ({ url: fallback.url ?? null }),
        write(body) {
          const url = body.url;
          if (url !== null && (typeof url !== 'string' || !/^https?:\/\//i.test(url))) throw new AdminInputError('url must be an absolute http(s) URL or null');
          fallback.url = url ?? undefined;
          return { url: fallback.url ?? null };
        },
      },
    },
  });
}

/** An expert by email (any case) or userKey. */
function findExpert(state: AssistState, ref: string | undefined): AssistExpert {
  if (ref === undefined) throw new AdminInputError("agent is required (an expert's email or userKey)");
  const expert = state.expert(ref) ?? state.experts.find((candidate) => candidate.email.toLowerCase() === ref.toLowerCase());
  if (!expert) throw new AdminInputError(`agent names no expert: ${ref}`);
  return expert;
}

function findSession(state: AssistState, ref: string): AssistSession {
  const session = state.session(ref);
  if (!session) throw new AdminInputError(`session names no session: ${ref}`);
  return session;
}

function findPortal(state: AssistState, ref: string | undefined): AssistPortal {
  if (ref === undefined) return state.portals[0]!;
  const portal = state.portals.find((candidate) => candidate.portalKey === ref || candidate.name.toLowerCase() === ref.toLowerCase());
  if (!portal) throw new AdminInputError(`queue names no portal: ${ref} (portalKey or name: ${state.portals.map((p) => p.name).join(', ')})`);
  return portal;
}

const waitingSessions = (state: AssistState) => state.sessions.filter((session) => session.status === 'waiting');
const activeSessions = (state: AssistState) => state.sessions.filter((session) => session.status === 'active');

function setStatus(state: AssistState, request: ChangeRequest): ChangeDetails {
  const expert = findExpert(state, refField(request, 'agent'));
  const status = choiceField(request, 'status', STATUSES);
  const from = expert.status;
  expert.status = status;
  return { kind: 'agent-status', agent: expert.email, from, status };
}

function addWaiting(state: AssistState, request: ChangeRequest): ChangeDetails {
  const portal = findPortal(state, refField(request, 'queue'));
  const customerName = textField(request, 'customerName', { max: 128 }) ?? 'Customer';
  const session = state.createSession({
    partnerObject: '',
    partnerObjectUrl: '',
    customerName,
    customerEmail: textField(request, 'customerEmail', { max: 254 }) ?? '',
    callbackUrl: null,
  });
  session.portalKey = portal.portalKey;
  return { kind: 'session-waiting', session: session.sessionId, queue: portal.name, customer: customerName };
}

function join(state: AssistState, request: ChangeRequest): ChangeDetails {
  const ref = refField(request, 'session');
  const session = ref === undefined ? waitingSessions(state)[0] : findSession(state, ref);
  if (!session) throw new AdminInputError('session: nobody is waiting');
  if (session.status !== 'waiting') throw new AdminInputError(`session ${session.sessionId} is ${session.status}, not waiting`);
  const agentRef = refField(request, 'agent');
  if (agentRef !== undefined) {
    const expert = findExpert(state, agentRef);
    if (expert.status === 'offline') throw new AdminInputError(`agent ${expert.email} is offline`);
    session.expertUserKey = expert.userKey;
  }
  state.customerJoined(session);
  return { kind: 'session-start', session: session.sessionId, agent: state.expert(session.expertUserKey!)!.email };
}

function end(state: AssistState, request: ChangeRequest): ChangeDetails {
  const ref = refField(request, 'session');
  const session = ref === undefined ? activeSessions(state)[0] : findSession(state, ref);
  if (!session) throw new AdminInputError('session: no session is active');
  if (session.endedAt !== null) throw new AdminInputError(`session ${session.sessionId} has already ended`);
  const rating = ratingField(request);
  const comment = textField(request, 'comment', { max: 1000 });
  const resolution = request.resolution === undefined ? undefined : choiceField(request, 'resolution', ['resolved', 'unresolved'] as const);
  const joined = session.customerJoinedAt !== null;
  // Rating and resolution are on the record before the end callback, so it carries them.
  if (joined) {
    if (rating !== undefined) session.rating = rating;
    if (comment !== undefined) session.feedback = comment;
    session.resolution = resolution ?? (rating !== undefined && rating <= 2 ? 'unresolved' : 'resolved');
  }
  const agent = session.expertUserKey ? (state.expert(session.expertUserKey)?.email ?? null) : null;
  state.end(session);
  return { kind: 'session-end', session: session.sessionId, agent, outcome: session.status, rating: session.rating };
}

function draw(state: AssistState, people: readonly GoToPerson[], kind: StepKind, random: Prng, mood: Mood): ChangeRequest | undefined {
  switch (kind) {
    case 'agent-status': {
      const status = drawStatus(random, mood);
      const candidates = state.experts.filter((expert) => expert.status !== status && !(status === 'offline' && hasActive(state, expert)));
      return candidates.length === 0 ? undefined : { kind: 'agent-status', agent: random.pick(candidates).email, status };
    }
    case 'session-waiting': {
      const person = random.pick(people);
      return { kind: 'session-waiting', queue: random.pick(state.portals).portalKey, customerName: `${person.firstName} ${person.lastName}`.trim(), customerEmail: person.email };
    }
    case 'session-start': {
      for (const session of waitingSessions(state)) {
        const experts = state.experts.filter((expert) => expert.status === 'available' && expert.portalKeys.includes(session.portalKey));
        if (experts.length > 0) return { kind: 'session-start', session: session.sessionId, agent: random.pick(experts).email };
      }
      return undefined;
    }
    case 'session-end':
      return drawSessionEnd(random, mood, waitingSessions(state).map((session) => session.sessionId), activeSessions(state).map((session) => session.sessionId), FEEDBACK);
    default:
      return undefined;
  }
}

function hasActive(state: AssistState, expert: AssistExpert): boolean {
  return state.sessions.some((session) => session.status === 'active' && session.expertUserKey === expert.userKey);
}
