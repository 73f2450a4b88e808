import { AdminInputError, optionalInteger } from '../core/admin-input.js';
import type { Prng } from '../core/prng.js';
import { choiceField, drawStatus, refField, textField } from '../core/scenarios/change-input.js';
import { liveVendor, type ChangeDetails, type ChangeRequest, type LiveVendor, type Mood, type StepKind } from '../core/scenarios/live-vendor.js';
import type { CallDesk } from './calls.js';
import type { AgentStateName } from './seed.js';
import type { AmeyoState, SimCall } from './state.js';

const STATES = ['available', 'ready', 'busy', 'break', 'offline'] as const satisfies readonly AgentStateName[];

/** Where the simulator is reached, for post-call recording URLs (the last request's base URL). */
export interface AmeyoBase {
  url: string;
}

/**
 * Ameyo's live hooks: agent states (polled: agentStates, queueStats) and calls through the
 * existing call desk, so every ring, answer and hang-up invokes the CRM URL as usual.
 */
export function ameyoLive(state: AmeyoState, desk: CallDesk, base: AmeyoBase): LiveVendor {
  return liveVendor({
    name: 'ameyo',
    handlers: {
      'agent-status': (request) => setState(state, request),
      'call-ring': (request) => ring(state, desk, request),
      'call-answer': (request) => answer(state, desk, request),
      'call-end': (request) => hangUp(state, desk, request, base.url),
    },
    draw: (kind, random, mood) => draw(state, kind, random, mood),
  });
}

/** An agent by userId or email (any case). */
function findAgent(state: AmeyoState, ref: string | undefined): string {
  if (ref === undefined) throw new AdminInputError("agent is required (an agent's userId or email)");
  const user = state.users.get(ref) ?? [...state.users.values()].find((candidate) => candidate.emailId.toLowerCase() === ref.toLowerCase());
  if (!user || !state.agents.has(user.userId)) throw new AdminInputError(`agent names no agent: ${ref}`);
  return user.userId;
}

const liveCalls = (state: AmeyoState) => [...state.calls.values()].filter((call) => call.endedAtMs === null);
const queued = (state: AmeyoState) => liveCalls(state).filter((call) => call.userId === '');

function findCall(state: AmeyoState, ref: string): SimCall {
  const call = state.calls.get(ref);
  if (!call) throw new AdminInputError(`call names no call: ${ref}`);
  if (call.endedAtMs !== null) throw new AdminInputError(`call ${ref} has already ended`);
  return call;
}

function setState(state: AmeyoState, request: ChangeRequest): ChangeDetails {
  const userId = findAgent(state, refField(request, 'agent'));
  const status = choiceField(request, 'status', STATES);
  const from = state.agents.get(userId)!.state;
  state.setState(userId, status);
  return { kind: 'agent-status', agent: userId, from, status };
}

function ring(state: AmeyoState, desk: CallDesk, request: ChangeRequest): ChangeDetails {
  const phone = textField(request, 'phone') ?? '14155550100';
  if (!/^\+?\d{5,16}$/.test(phone)) throw new AdminInputError('phone must be digits, optionally with a leading +');
  const campaignId = textField(request, 'campaignId') ?? '3';
  if (!state.campaigns.has(campaignId)) throw new AdminInputError(`campaignId must be one of ${[...state.campaigns.keys()].join(', ')}`);
  const ivr = textField(request, 'ivrTicketId') ?? null;
  if (ivr !== null && !/^\d{1,20}$/.test(ivr)) throw new AdminInputError('ivrTicketId must be the digits the caller typed');
  const agentRef = refField(request, 'agent');
  const wanted = agentRef === undefined ? undefined : findAgent(state, agentRef);
  if (wanted !== undefined && state.agents.get(wanted)!.state !== 'available') throw new AdminInputError(`agent ${wanted} is not available`);
  // Nobody available: the call waits in the campaign's queue (pushed with an empty userId).
  const userId = wanted ?? state.nextAvailableAgent() ?? '';
  const { call } = desk.connect({ callType: 'inbound.call.dial', campaignId, phone: phone.replace(/^\+/, ''), userId, ivrInput: ivr });
  return { kind: 'call-ring', call: call.crtObjectId, phone: call.phone, campaignId, agent: userId || null };
}

function answer(state: AmeyoState, desk: CallDesk, request: ChangeRequest): ChangeDetails {
  const ref = refField(request, 'call');
  const call = ref === undefined ? queued(state)[0] : findCall(state, ref);
  if (!call) throw new AdminInputError('call: no call is waiting');
  if (call.userId !== '') throw new AdminInputError(`call ${call.crtObjectId} is already with agent ${call.userId}`);
  const agentRef = refField(request, 'agent');
  const userId = agentRef === undefined ? state.nextAvailableAgent() : findAgent(state, agentRef);
  if (userId === undefined || state.agents.get(userId)!.state !== 'available') throw new AdminInputError('agent: no available agent can take the call');
  void desk.answer(call, userId);
  return { kind: 'call-answer', call: call.crtObjectId, phone: call.phone, agent: userId };
}

function hangUp(state: AmeyoState, desk: CallDesk, request: ChangeRequest, baseUrl: string): ChangeDetails {
  const ref = refField(request, 'call');
  const call = ref === undefined ? liveCalls(state).find((candidate) => candidate.userId !== '') : findCall(state, ref);
  if (!call) throw new AdminInputError('call: no call is connected');
  const holdSeconds = optionalInteger(request, 'holdSeconds', { min: 0 }) ?? 0;
  const by = request.by === undefined || call.userId === '' ? 'customer' : choiceField(request, 'by', ['customer', 'agent'] as const);
  void desk.hangup(call, by, holdSeconds, baseUrl);
  return { kind: 'call-end', call: call.crtObjectId, phone: call.phone, agent: call.userId || null, outcome: call.userId === '' ? 'abandoned' : 'complete' };
}

/** Phones drawn for scenario callers: fictional 555-01xx numbers. */
function drawPhone(random: Prng): string {
  return `1415555${String(random.int(100, 199)).padStart(4, '0')}`;
}

function draw(state: AmeyoState, kind: StepKind, random: Prng, mood: Mood): ChangeRequest | undefined {
  switch (kind) {
    case 'agent-status': {
      const target = drawStatus(random, mood);
      // Busy means on a call: ring one through to an available agent.
      if (target === 'busy') return state.nextAvailableAgent() ? { kind: 'call-ring', phone: drawPhone(random), campaignId: random.pick(['3', '7']) } : undefined;
      const wanted: AgentStateName = target === 'away' ? 'break' : target;
      // Agents wrapping up (ready) go back to available first.
      const wrapping = [...state.agents.values()].filter((agent) => agent.state === 'ready');
      const pool = wanted === 'available' && wrapping.length > 0 ? wrapping : [...state.agents.values()].filter((agent) => agent.state !== wanted && agent.state !== 'busy');
      return pool.length === 0 ? undefined : { kind: 'agent-status', agent: random.pick(pool).userId, status: wanted };
    }
    case 'session-waiting':
      return { kind: 'call-ring', phone: drawPhone(random), campaignId: random.pick(['3', '7']) };
    case 'session-start':
      return queued(state).length > 0 && state.nextAvailableAgent() ? { kind: 'call-answer', call: queued(state)[0]!.crtObjectId } : undefined;
    case 'session-end': {
      const waiting = queued(state);
      if (waiting.length > 0 && random.chance(Math.min(0.5, 0.05 * waiting.length))) return { kind: 'call-end', call: random.pick(waiting).crtObjectId };
      const connected = liveCalls(state).filter((call) => call.userId !== '');
      return connected.length === 0 ? undefined : { kind: 'call-end', call: random.pick(connected).crtObjectId, by: random.pick(['customer', 'agent']) };
    }
    default:
      return undefined;
  }
}
