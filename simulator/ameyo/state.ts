import { randomBytes } from 'node:crypto';
import type { VirtualClock } from '../core/clock.js';
import { Prng } from '../core/prng.js';
import type { AgentStateName, AmeyoCampaign, AmeyoSeedData, AmeyoUser } from './seed.js';

export interface AgentState {
  userId: string;
  state: AgentStateName;
  /** Virtual-clock ms of the last change. */
  sinceMs: number;
  /** Which change this was (0 for the seed's): breaks ties between changes in the same millisecond. */
  change: number;
}

/** The call types Ameyo names in its CRM push (`callType`). */
export type CallType =
  | 'inbound.call.dial'
  | 'transferred.to.campaign.dial'
  | 'click.to.call.dial'
  | 'outbound.callback.dial'
  | 'outbound.auto.dial'
  | 'outbound.auto.preview.dial'
  | 'outbound.manual.preview.dial'
  | 'outbound.manual.dial';

export interface PushResult {
  kind: 'connect' | 'post-call';
  /** HTTP status the CRM answered; 0 when it could not be reached. */
  status: number;
  error?: string;
}

export interface SimCall {
  crtObjectId: string;
  userCrtObjectId: string;
  customerId: string;
  /** The leg's id, sent in the post-call data. */
  callId: string;
  callType: CallType;
  campaignId: string;
  phone: string;
  dstPhone: string;
  srcPhone: string;
  /** '' when no agent took the call. */
  userId: string;
  /** Digits the caller typed in the IVR (a ticket id), or null. */
  ivrInput: string | null;
  connectedAtMs: number;
  ringingSeconds: number;
  ivrSeconds: number;
  holdSeconds: number;
  endedAtMs: number | null;
  hangupFirst: 'customer' | 'agent' | null;
  dispositionCode: string | null;
  pushes: PushResult[];
}

/** The one callback handler public integrations name (`callBackHandlerType`). */
export const CAMPAIGN_CALLBACK_HANDLER = 'voice.campaign.callback.handler';

export interface Callback {
  /** Ameyo's `customerCallbackId` (`xxxx-xxxxxxxx-cm-xxxxxxxx-N`, modeled on the documented example). */
  customerCallbackId: string;
  campaignId: string;
  phone: string;
  /** The agent a self callback goes to; null: any agent of the campaign. */
  userId: string | null;
  selfCallback: boolean;
  customerId: string | null;
  callbackAtMs: number;
  addedAtMs: number;
  handlerType: string;
}

/** A customer record uploaded into a campaign's lead (`uploadContacts`; modeled store). */
export interface UploadedCustomer {
  customerId: string;
  campaignId: string;
  leadId: number;
  phone: string;
  record: Record<string, unknown>;
}

/** The live Ameyo state of one seed: sessions, agent states, calls and scheduled callbacks. */
export class AmeyoState {
  readonly users: Map<string, AmeyoUser>;
  readonly campaigns: Map<string, AmeyoCampaign>;
  readonly agents = new Map<string, AgentState>();
  /** sessionId → userId (command and REST sessions alike). */
  readonly sessions = new Map<string, string>();
  readonly calls = new Map<string, SimCall>();
  /** Scheduled callbacks by customerCallbackId, in the order they were added. */
  readonly callbacks = new Map<string, Callback>();
  /** Uploaded customers by customerId. */
  readonly customers = new Map<string, UploadedCustomer>();
  readonly #random: Prng;
  #sequence = 0;
  #callbackSequence = 0;
  #stateChanges = 0;

  constructor(
    seed: AmeyoSeedData,
    readonly clock: VirtualClock,
    seedNumber: number,
  ) {
    this.users = new Map(seed.users.map((user) => [user.userId, user]));
    this.campaigns = new Map(seed.campaigns.map((campaign) => [campaign.campaignId, campaign]));
    const start = clock.nowMs();
    for (const [userId, state] of seed.states) this.agents.set(userId, { userId, state, sinceMs: start, change: 0 });
    this.#random = new Prng(seedNumber, 'ameyo-calls');
  }

  /**
   * Starts a session. An agent (Executive) works from one terminal, so a new session ends the
   * old; a Supervisor or integration account may hold several (modeled).
   */
  openSession(userId: string): string {
    if (this.users.get(userId)?.userType === 'Executive') {
      for (const [id, owner] of this.sessions) if (owner === userId) this.sessions.delete(id);
    }
    const sessionId = `${randomBytes(4).toString('hex')}-${randomBytes(8).toString('hex')}-${randomBytes(2).toString('hex')}`;
    this.sessions.set(sessionId, userId);
    const agent = this.agents.get(userId);
    if (agent?.state === 'offline') this.setState(userId, 'available');
    return sessionId;
  }

  /** True when an agent already has a session (only agents are limited to one). */
  hasSession(userId: string): boolean {
    if (this.users.get(userId)?.userType !== 'Executive') return false;
    return [...this.sessions.values()].includes(userId);
  }

  setState(userId: string, state: AgentStateName): void {
    const agent = this.agents.get(userId);
    if (agent && agent.state !== state) {
      agent.state = state;
      agent.sinceMs = this.clock.nowMs();
      agent.change = ++this.#stateChanges;
    }
  }

  /** The available agent idle longest, or undefined. */
  nextAvailableAgent(): string | undefined {
    // By change order, not by clock alone: two changes in one millisecond keep their order.
    return [...this.agents.values()].filter((a) => a.state === 'available').sort((a, b) => a.sinceMs - b.sinceMs || a.change - b.change || a.userId.localeCompare(b.userId))[0]?.userId;
  }

  /** A new call record with Ameyo-shaped ids (crtObjectId `xxxx-xxxxxxxx-vce-N`, modeled). */
  newCall(fields: Pick<SimCall, 'callType' | 'campaignId' | 'phone' | 'userId' | 'ivrInput'> & { dstPhone?: string }): SimCall {
    const n = ++this.#sequence;
    const hex = (digits: number): string => Array.from({ length: digits }, () => this.#random.int(0, 15).toString(16)).join('');
    // Unique across resets too (a gateway keeps calls by this id), so part of it is not seeded.
    const crtObjectId = `${hex(4)}-${randomBytes(4).toString('hex')}-vce-${n}`;
    const inbound = fields.callType === 'inbound.call.dial';
    const call: SimCall = {
      ...fields,
      crtObjectId,
      userCrtObjectId: `${hex(4)}-${hex(8)}-ucrt-${n}`,
      customerId: String(this.#random.int(100_000, 999_999)),
      callId: `${hex(8)}-${n}`,
      dstPhone: fields.dstPhone ?? (inbound ? '18005550100' : fields.phone),
      srcPhone: inbound ? fields.phone : '18005550100',
      connectedAtMs: this.clock.nowMs(),
      ringingSeconds: this.#random.int(2, 15),
      ivrSeconds: inbound ? this.#random.int(5, 40) : 0,
      holdSeconds: 0,
      endedAtMs: null,
      hangupFirst: null,
      dispositionCode: null,
      pushes: [],
    };
    this.calls.set(crtObjectId, call);
    return call;
  }

  /** Schedules a callback under a new `customerCallbackId`. */
  addCallback(fields: Omit<Callback, 'customerCallbackId' | 'addedAtMs'>): Callback {
    // Not drawn from the seeded PRNG: scheduling callbacks leaves the calls' ids as they were.
    const hex = (bytes: number): string => randomBytes(bytes).toString('hex');
    const customerCallbackId = `${hex(2)}-${hex(4)}-cm-${hex(4)}-${++this.#callbackSequence}`;
    const callback: Callback = { ...fields, customerCallbackId, addedAtMs: this.clock.nowMs() };
    this.callbacks.set(callback.customerCallbackId, callback);
    return callback;
  }

  /** Stores an uploaded customer under a new customerId (numeric text, as Ameyo's ids travel). */
  addCustomer(fields: Omit<UploadedCustomer, 'customerId'>): UploadedCustomer {
    const customer: UploadedCustomer = { ...fields, customerId: String(1_000_000 + this.customers.size + 1) };
    this.customers.set(customer.customerId, customer);
    return customer;
  }
}
