import { randomBytes } from 'node:crypto';
import type { VirtualClock } from '../core/clock.js';
import { Prng } from '../core/prng.js';
import { TOKEN_TTL_SECONDS } from './constants.js';
import type { BomgarRep, BomgarSeedData, BomgarSession, BomgarSessionKey, BomgarTeam, QueueRef, SessionCustomer, SessionEvent } from './model.js';

/** An outbound event as the appliance POSTs it (form fields). */
export type OutboundEvent = Record<string, string>;

/** The appliance's live data: seed records plus everything written through the API. */
export class BomgarState {
  readonly sites;
  readonly teams: BomgarTeam[];
  readonly reps: BomgarRep[];
  /** Oldest first. */
  readonly sessions: BomgarSession[];
  readonly keys = new Map<string, BomgarSessionKey>();
  readonly #tokens = new Map<string, number>();
  readonly #byLsid = new Map<string, BomgarSession>();
  readonly #random: Prng;

  constructor(
    data: BomgarSeedData,
    readonly clock: VirtualClock,
    seed: number,
    /** Queues an outbound event for the recipients (outbound.ts). */
    readonly emit: (event: OutboundEvent) => void = () => undefined,
    /** Outbound event recipients (URLs): configuration kept across resets, set through /_sim or the modeled /login endpoint. */
    readonly outboundRecipients: string[] = [],
  ) {
    this.sites = data.sites;
    this.teams = data.teams;
    this.reps = data.reps;
    this.sessions = data.sessions;
    for (const session of this.sessions) this.#byLsid.set(session.lsid, session);
    this.#random = new Prng(seed, 'bomgar-runtime');
  }

  issueToken(): { token: string; expiresIn: number } {
    const token = randomBytes(20).toString('base64url');
    this.#tokens.set(token, this.clock.nowMs() + TOKEN_TTL_SECONDS * 1000);
    return { token, expiresIn: TOKEN_TTL_SECONDS };
  }

  tokenValid(token: string): boolean {
    const expires = this.#tokens.get(token);
    return expires !== undefined && expires > this.clock.nowMs();
  }

  rep(id: number): BomgarRep | undefined {
    return this.reps.find((rep) => rep.id === id);
  }

  repByUsername(username: string): BomgarRep | undefined {
    return this.reps.find((rep) => rep.username.toLowerCase() === username.toLowerCase());
  }

  team(id: number): BomgarTeam | undefined {
    return this.teams.find((team) => team.id === id);
  }

  session(lsid: string): BomgarSession | undefined {
    return this.#byLsid.get(lsid);
  }

  /** Sessions that started in [from, to) (ms), oldest first. */
  sessionsStartedBetween(from: number, to: number): BomgarSession[] {
    return this.sessions.filter((session) => session.startTime >= from && session.startTime < to);
  }

  /** Sessions waiting in a queue now. */
  waiting(): BomgarSession[] {
    return this.sessions.filter((session) => session.endTime === null && session.primaryRepId === null);
  }

  /** Sessions a rep takes part in now. */
  activeFor(repId: number): BomgarSession[] {
    return this.sessions.filter((session) => session.endTime === null && session.primaryRepId === repId);
  }

  generateKey(queue: QueueRef, externalKey: string, ttlSeconds: number, customAttributes: Record<string, string> = {}): BomgarSessionKey {
    let shortKey: string;
    do shortKey = String(this.#random.int(1_000_000, 9_999_999));
    while (this.keys.has(shortKey));
    const key = { shortKey, expires: this.clock.nowMs() + ttlSeconds * 1000, queue, externalKey, customAttributes, lsid: null };
    this.keys.set(shortKey, key);
    return key;
  }

  /** A customer starts a session (start_session): it waits in `queue` until a rep accepts it. */
  startSession(queue: QueueRef, customer: Partial<SessionCustomer>, externalKey: string, publicSiteId: number): BomgarSession {
    const now = this.clock.nowMs();
    const lsid = Array.from({ length: 4 }, () => (Math.floor(this.#random.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0')).join('');
    const name = customer.name || 'Customer';
    const session: BomgarSession = {
      lsid,
      lseq: this.sessions.length + 1,
      startTime: now,
      endTime: null,
      publicSiteId,
      queue,
      externalKey,
      customAttributes: externalKey ? { external_key: externalKey } : {},
      customer: {
        gsnumber: 1,
        name,
        company: customer.company ?? '',
        companyCode: customer.companyCode ?? '',
        issue: customer.issue ?? '',
        details: customer.details ?? '',
        username: 'customer',
        hostname: 'CUSTOMER-PC',
        os: 'Windows 11 Pro (x64)',
        publicIp: '203.0.113.200',
        privateIp: '10.0.0.20',
      },
      reps: [],
      primaryRepId: null,
      events: [{ at: now, type: 'Session Start', performedBy: { kind: 'customer', gsnumber: 1, name } }],
      custSurvey: null,
      repSurvey: null,
      recorded: false,
    };
    this.sessions.push(session);
    this.#byLsid.set(lsid, session);
    this.emit({ event: 'support_conference_begin', lsid, external_key: externalKey, queue_id: queueId(queue) });
    return session;
  }

  setExternalKey(session: BomgarSession, key: string): void {
    session.externalKey = key;
    if (key) session.customAttributes.external_key = key;
    else delete session.customAttributes.external_key;
  }

  /** Moves a running session to another queue; a rep queue makes that rep the owner. */
  transfer(session: BomgarSession, queue: QueueRef): void {
    const now = this.clock.nowMs();
    const from = session.primaryRepId === null ? undefined : this.rep(session.primaryRepId);
    const actor = from ? { kind: 'representative' as const, gsnumber: this.#gsnumber(session, from.id), name: from.displayName } : { kind: 'system' as const, gsnumber: 0, name: 'System' };
    session.queue = queue;
    const event: SessionEvent = { at: now, type: 'Session Transferred', performedBy: actor, data: { queue: queueId(queue) } };
    if (queue.kind === 'rep') {
      const to = this.rep(queue.id)!;
      if (!session.reps.some((entry) => entry.repId === to.id)) session.reps.push({ gsnumber: session.reps.length + 2, repId: to.id, secondsInvolved: 0 });
      session.primaryRepId = to.id;
      event.type = 'Conference Owner Changed';
      event.destination = { kind: 'representative', gsnumber: this.#gsnumber(session, to.id), name: to.displayName };
      event.data = { from: from?.displayName ?? '', to: to.displayName };
      this.emit({ event: 'support_conference_owner_changed', lsid: session.lsid, external_key: session.externalKey, ...repFields(to) });
    } else {
      session.primaryRepId = null;
    }
    session.events.push(event);
  }

  /**
   * A rep takes a waiting session from its queue: they join the conference (`Conference Member
   * Added`) and own it; outbound `support_conference_member_added` then `..._owner_changed`.
   */
  accept(session: BomgarSession, rep: BomgarRep): void {
    const now = this.clock.nowMs();
    const gsnumber = session.reps.length + 2;
    session.reps.push({ gsnumber, repId: rep.id, secondsInvolved: 0 });
    session.primaryRepId = rep.id;
    session.queue = { kind: 'rep', id: rep.id };
    session.events.push({ at: now, type: 'Conference Member Added', performedBy: { kind: 'representative', gsnumber, name: rep.displayName }, data: { representative: rep.displayName } });
    const fields = { lsid: session.lsid, external_key: session.externalKey, ...repFields(rep) };
    this.emit({ event: 'support_conference_member_added', ...fields, type: 'representative' });
    this.emit({ event: 'support_conference_owner_changed', ...fields });
  }

  /** The customer's exit survey (rating 1–5, optional comment): kept for reporting and sent as `customer_exit_survey_completed`. */
  customerSurvey(session: BomgarSession, rating: number, comment: string): void {
    session.custSurvey = [{ id: 1, name: 'rating', label: 'How would you rate this support session?', type: 'radio', answer: String(rating) }];
    if (comment) session.custSurvey.push({ id: 2, name: 'comments', label: 'Comments', type: 'text', answer: comment });
    this.emit({ event: 'customer_exit_survey_completed', lsid: session.lsid, external_key: session.externalKey, rating: String(rating), comments: comment });
  }

  terminate(session: BomgarSession): void {
    const now = this.clock.nowMs();
    session.events.push({ at: now, type: 'Session End', performedBy: { kind: 'system', gsnumber: 0, name: 'System' } });
    session.endTime = now;
    for (const entry of session.reps) entry.secondsInvolved = Math.round((now - session.startTime) / 1000 / session.reps.length);
    this.emit({ event: 'support_conference_end', lsid: session.lsid, external_key: session.externalKey });
  }

  #gsnumber(session: BomgarSession, repId: number): number {
    return session.reps.find((entry) => entry.repId === repId)?.gsnumber ?? 0;
  }
}

/** The rep fields outbound events carry (`username` modeled: the rep's login, an email here). */
function repFields(rep: BomgarRep): OutboundEvent {
  return { user_id: String(rep.id), username: rep.username, display_name: rep.displayName };
}

/** `general`, `team:ID`, `rep:ID`: the Command API's queue_id. */
export function queueId(queue: QueueRef): string {
  return queue.kind === 'general' ? 'general' : `${queue.kind}:${queue.id}`;
}
