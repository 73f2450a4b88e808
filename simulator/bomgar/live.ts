import { AdminInputError } from '../core/admin-input.js';
import { choiceField, drawSessionEnd, drawStatus, ratingField, refField, textField } from '../core/scenarios/change-input.js';
import { liveVendor, type ChangeDetails, type ChangeRequest, type LiveVendor, type Mood, type StepKind } from '../core/scenarios/live-vendor.js';
import type { Prng } from '../core/prng.js';
import { FIRST_NAMES, LAST_NAMES } from '../zendesk/seed-words.js';
import type { BomgarRep, BomgarSession } from './model.js';
import type { OutboundRecipients } from './outbound.js';
import { readQueue } from './queue-param.js';
import { queueId, type BomgarState } from './state.js';
import { COMPANIES, FEEDBACK, ISSUES } from './words.js';

/** Rep presence as the Command API shows it: logged in or not, and showing on the rep list. */
const REP_STATUSES = ['available', 'away', 'offline'] as const;
type RepStatus = (typeof REP_STATUSES)[number] | 'busy';

/**
 * Bomgar's live-status hooks: reps log in and out or hide from the rep list (polled through
 * get_logged_in_reps: no outbound event exists for that), customers start sessions in queues,
 * reps accept them and sessions end, with the outbound events the appliance sends for each.
 * Busy is not set directly: a rep is busy while they own a running session.
 */
export function bomgarLive(state: BomgarState, recipients: OutboundRecipients): LiveVendor {
  return liveVendor({
    name: 'bomgar',
    handlers: {
      'agent-status': (request) => setStatus(state, request),
      'session-waiting': (request) => startWaiting(state, request),
      'session-start': (request) => acceptSession(state, request),
      'session-end': (request) => endSession(state, request),
    },
    draw: (kind, random, mood) => draw(state, kind, random, mood),
    settings: {
      'outbound-recipients': {
        read: () => ({ urls: recipients.urls }),
        write(body) {
          const urls = body.urls;
          if (!Array.isArray(urls) || urls.some((url) => typeof url !== 'string' || !/^https?:\/\//i.test(url))) {
            throw new AdminInputError('urls must be a list of absolute http(s) URLs');
          }
          recipients.urls.splice(0, recipients.urls.length, ...new Set(urls as string[]));
          return { urls: recipients.urls };
        },
      },
    },
  });
}

export function repStatus(state: BomgarState, rep: BomgarRep): RepStatus {
  if (rep.loggedInSince === null) return 'offline';
  if (state.activeFor(rep.id).length > 0) return 'busy';
  return rep.showingOnRepList ? 'available' : 'away';
}

function findRep(state: BomgarState, ref: string | undefined, field = 'agent'): BomgarRep {
  if (ref === undefined) throw new AdminInputError(`${field} is required (a rep's username or email, or id)`);
  const rep = /^\d+$/.test(ref) ? state.rep(Number(ref)) : state.repByUsername(ref);
  if (!rep) throw new AdminInputError(`${field} names no representative: ${ref}`);
  return rep;
}

function findSession(state: BomgarState, ref: string, live: boolean): BomgarSession {
  const session = state.session(ref);
  if (!session) throw new AdminInputError(`session names no session: ${ref}`);
  if (live && session.endTime !== null) throw new AdminInputError(`session ${ref} has already ended`);
  return session;
}

function setStatus(state: BomgarState, request: ChangeRequest): ChangeDetails {
  const rep = findRep(state, refField(request, 'agent'));
  const status = choiceField(request, 'status', REP_STATUSES);
  const from = repStatus(state, rep);
  if (status === 'offline') rep.loggedInSince = null;
  else {
    rep.loggedInSince ??= state.clock.nowMs();
    rep.showingOnRepList = status === 'available';
  }
  return { kind: 'agent-status', agent: rep.username, from, status: repStatus(state, rep) };
}

function startWaiting(state: BomgarState, request: ChangeRequest): ChangeDetails {
  const queueText = textField(request, 'queue') ?? 'general';
  // A team's code name works too, like the issue menu's `issue:CODE`.
  const queue = readQueue(/:|^general$/.test(queueText) ? queueText : `issue:${queueText}`, state);
  if ('error' in queue) throw new AdminInputError(`queue: ${queue.error.replace(/^Invalid queue_id: /, '')}`);
  const name = textField(request, 'customerName', { max: 100 }) ?? 'Customer';
  const session = state.startSession(queue, { name, company: textField(request, 'company', { max: 100 }) ?? '', issue: textField(request, 'issue', { max: 100 }) ?? '' }, '', state.sites[0]!.id);
  return { kind: 'session-waiting', session: session.lsid, queue: queueId(queue), customer: name };
}

function acceptSession(state: BomgarState, request: ChangeRequest): ChangeDetails {
  const ref = refField(request, 'session');
  const waiting = state.waiting();
  const session = ref === undefined ? waiting[0] : findSession(state, ref, true);
  if (!session) throw new AdminInputError('session: nobody is waiting');
  if (session.primaryRepId !== null) throw new AdminInputError(`session ${session.lsid} is not waiting (a rep owns it)`);
  const agentRef = refField(request, 'agent');
  const rep = agentRef === undefined ? repsFor(state, session).find((candidate) => repStatus(state, candidate) === 'available') : findRep(state, agentRef);
  if (!rep) throw new AdminInputError('agent: no available representative can take this session');
  if (rep.loggedInSince === null) throw new AdminInputError(`agent ${rep.username} is not logged in`);
  state.accept(session, rep);
  return { kind: 'session-start', session: session.lsid, agent: rep.username };
}

function endSession(state: BomgarState, request: ChangeRequest): ChangeDetails {
  const ref = refField(request, 'session');
  const running = state.sessions.filter((candidate) => candidate.endTime === null && candidate.primaryRepId !== null);
  const session = ref === undefined ? running[0] : findSession(state, ref, true);
  if (!session) throw new AdminInputError('session: no session is running');
  const rating = ratingField(request);
  const comment = textField(request, 'comment', { max: 1000 }) ?? '';
  const owner = session.primaryRepId === null ? undefined : state.rep(session.primaryRepId);
  state.terminate(session);
  if (rating !== undefined) state.customerSurvey(session, rating, comment);
  return { kind: 'session-end', session: session.lsid, agent: owner?.username ?? null, outcome: owner ? 'complete' : 'abandoned', rating: rating ?? null };
}

/** Reps who can take a session from its queue: the team's members, the named rep, anyone for the general queue. */
function repsFor(state: BomgarState, session: BomgarSession): BomgarRep[] {
  const queue = session.queue;
  if (queue.kind === 'team') return state.reps.filter((rep) => rep.teamIds.includes(queue.id));
  if (queue.kind === 'rep') return state.reps.filter((rep) => rep.id === queue.id);
  return state.reps;
}

function draw(state: BomgarState, kind: StepKind, random: Prng, mood: Mood): ChangeRequest | undefined {
  switch (kind) {
    case 'agent-status': {
      const target = drawStatus(random, mood);
      // Busy means owning a session: take a waiting customer if anyone can.
      if (target === 'busy') return draw(state, 'session-start', random, mood);
      const candidates = state.reps.filter((rep) => {
        const current = repStatus(state, rep);
        return current !== target && current !== 'busy';
      });
      return candidates.length === 0 ? undefined : { kind: 'agent-status', agent: random.pick(candidates).username, status: target };
    }
    case 'session-waiting': {
      const queue = random.chance(0.2) ? 'general' : `team:${random.pick(state.teams).id}`;
      return {
        kind: 'session-waiting',
        queue,
        customerName: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
        company: random.pick(COMPANIES),
        issue: random.pick(ISSUES),
      };
    }
    case 'session-start': {
      for (const session of state.waiting()) {
        const reps = repsFor(state, session).filter((rep) => repStatus(state, rep) === 'available');
        if (reps.length > 0) return { kind: 'session-start', session: session.lsid, agent: random.pick(reps).username };
      }
      return undefined;
    }
    case 'session-end': {
      const running = state.sessions.filter((session) => session.endTime === null && session.primaryRepId !== null);
      return drawSessionEnd(random, mood, state.waiting().map((session) => session.lsid), running.map((session) => session.lsid), FEEDBACK);
    }
    default:
      return undefined;
  }
}
