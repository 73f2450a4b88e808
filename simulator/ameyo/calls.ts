import type { LiveHub } from '../core/scenarios/live-hub.js';
import type { AmeyoState, CallType, SimCall } from './state.js';
import { connectParams, postCallParams, push, type CrmSender } from './crm-push.js';

/** Where calls are pushed; set by the `ameyoCrmUrl` option or the simulator's control endpoint. */
export interface CrmTarget {
  url: string | undefined;
}

/** Calls in progress: placing them, ending them, disposing them, each with its CRM push. */
export class CallDesk {
  /** The latest push of each call, so a caller can wait until it has landed. */
  readonly #pending = new Map<string, Promise<unknown>>();

  constructor(
    private readonly state: AmeyoState,
    private readonly crm: CrmTarget,
    /** Sends, logs and tracks the pushes (admin calls wait for them; an outage sends nothing). */
    private readonly live?: LiveHub,
  ) {}

  /** Pushes go through the LiveHub when there is one (the simulator always gives one). */
  get #send(): CrmSender | undefined {
    const live = this.live;
    return live ? (url, kind) => live.send({ vendor: 'ameyo', event: kind === 'connect' ? 'call.connect' : 'call.post-call', url, method: 'GET' }) : undefined;
  }

  /** A call connects: the agent goes busy and the CRM URL is invoked with Ameyo's parameters. */
  connect(
    fields: { callType: CallType; campaignId: string; phone: string; userId: string; ivrInput: string | null },
  ): { call: SimCall; pushed: Promise<unknown> } {
    const call = this.state.newCall(fields);
    if (call.userId !== '') this.state.setState(call.userId, 'busy');
    return { call, pushed: this.#pushConnect(call) };
  }

  /**
   * A queued call (no agent took it) reaches an agent: the agent goes busy and the CRM URL is
   * invoked again, now with the agent's userId (modeled: Ameyo pushes when a call connects to an agent).
   */
  answer(call: SimCall, userId: string): Promise<unknown> {
    call.userId = userId;
    this.state.setState(userId, 'busy');
    return this.#pushConnect(call);
  }

  #pushConnect(call: SimCall): Promise<unknown> {
    const sessionId = [...this.state.sessions].find(([, owner]) => owner === call.userId)?.[0] ?? '';
    return this.#track(call, push(this.crm.url, call, 'connect', connectParams(call, sessionId), this.#send));
  }

  /** The call ends: the agent wraps up (`ready`, modeled) and the post-call data is pushed. */
  hangup(call: SimCall, by: 'customer' | 'agent', holdSeconds: number, baseUrl: string): Promise<unknown> {
    call.endedAtMs = this.state.clock.nowMs();
    call.hangupFirst = by;
    call.holdSeconds = holdSeconds;
    if (call.userId !== '') this.state.setState(call.userId, 'ready');
    return this.#track(call, push(this.crm.url, call, 'post-call', postCallParams(call, baseUrl), this.#send));
  }

  /** The agent disposes the call: it is over for good, the agent is available again, and the post-call data goes out with the code. */
  dispose(call: SimCall, code: string, baseUrl: string): Promise<unknown> {
    call.endedAtMs ??= this.state.clock.nowMs();
    call.hangupFirst ??= 'agent';
    call.dispositionCode = code;
    if (call.userId !== '') this.state.setState(call.userId, 'available');
    return this.#track(call, push(this.crm.url, call, 'post-call', postCallParams(call, baseUrl), this.#send));
  }

  /** Resolves once every push made so far for this call has been answered (or failed). */
  settled(crtObjectId: string): Promise<unknown> {
    return this.#pending.get(crtObjectId) ?? Promise.resolve();
  }

  #track(call: SimCall, pushed: Promise<unknown>): Promise<unknown> {
    const previous = this.#pending.get(call.crtObjectId) ?? Promise.resolve();
    const chained = Promise.all([previous, pushed]);
    this.#pending.set(call.crtObjectId, chained);
    return chained;
  }
}
