import type { VirtualClock } from '../../core/clock.js';
import { endedEvent, joinedEvent, waitingSession, type AssistExpert, type AssistPortal, type AssistSession, type ConnectionCode } from './model.js';
import type { generateAssist } from './seed.js';

/** Connection codes live this long unless cancelled (modeled). */
export const CODE_TTL_MS = 3_600_000;

/** GoToAssist's live data: seed records plus everything written through the API. */
export class AssistState {
  readonly experts: AssistExpert[];
  readonly portals: AssistPortal[];
  /** Oldest first. */
  readonly sessions: AssistSession[];
  readonly codes = new Map<string, ConnectionCode>();
  readonly #seed: ReturnType<typeof generateAssist>;

  constructor(
    seed: ReturnType<typeof generateAssist>,
    readonly accountKey: string,
    readonly clock: VirtualClock,
    /** POSTs a session record to its status callback URL. */
    readonly notify: (session: AssistSession) => void,
  ) {
    this.#seed = seed;
    this.experts = seed.experts;
    this.portals = seed.portals;
    this.sessions = seed.sessions;
  }

  expert(userKey: string): AssistExpert | undefined {
    return this.experts.find((expert) => expert.userKey === userKey);
  }

  session(id: string): AssistSession | undefined {
    return this.sessions.find((session) => session.sessionId === id);
  }

  /** The customer's link (customers join at fastsupport.com with the session's token). */
  joinUrl(session: AssistSession): string {
    return `https://www.fastsupport.com/${session.sessionStartToken}`;
  }

  createSession(fields: Pick<AssistSession, 'partnerObject' | 'partnerObjectUrl' | 'customerName' | 'customerEmail' | 'callbackUrl'>): AssistSession {
    const session = waitingSession({
      ...fields,
      sessionId: this.#seed.nextSessionId(),
      sessionStartToken: this.#seed.token(),
      createdAt: this.clock.nowMs(),
      expertUserKey: null,
      portalKey: this.portals[0]!.portalKey,
    });
    this.sessions.push(session);
    return session;
  }

  newCode(externalId: string, agentKey: string | null, sessionId: string | null): ConnectionCode {
    let code: string;
    do code = String(this.#seed.random.int(100_000_000, 999_999_999));
    while (this.codes.has(code));
    const entry = { code, externalId, agentKey, sessionId, expiresAt: this.clock.nowMs() + CODE_TTL_MS, cancelled: false };
    this.codes.set(code, entry);
    return entry;
  }

  /** The customer joined: the session goes active with its expert (or the portal's first available one). */
  customerJoined(session: AssistSession): void {
    const now = this.clock.nowMs();
    session.status = 'active';
    session.customerJoinedAt = now;
    if (!session.expertUserKey) session.expertUserKey = this.experts.find((expert) => expert.status === 'available')?.userKey ?? this.experts[0]!.userKey;
    const expert = this.expert(session.expertUserKey)!;
    expert.status = 'busy';
    session.events.push(joinedEvent(session, now));
    this.notify(session);
  }

  end(session: AssistSession): void {
    const now = this.clock.nowMs();
    session.status = session.customerJoinedAt === null ? 'abandoned' : 'complete';
    session.endedAt = now;
    const expert = session.expertUserKey ? this.expert(session.expertUserKey) : undefined;
    if (expert && !this.sessions.some((other) => other !== session && other.status === 'active' && other.expertUserKey === expert.userKey)) expert.status = 'available';
    session.events.push(endedEvent(now));
    this.notify(session);
  }

  transfer(session: AssistSession, to: { expertUserKey?: string; portalKey?: string }): void {
    const now = this.clock.nowMs();
    const from = session.expertUserKey ? this.expert(session.expertUserKey) : undefined;
    if (to.portalKey) {
      session.portalKey = to.portalKey;
      session.expertUserKey = null;
      if (session.status === 'active') session.status = 'waiting';
    }
    if (to.expertUserKey) {
      session.expertUserKey = to.expertUserKey;
      if (session.customerJoinedAt !== null) {
        session.status = 'active';
        this.expert(to.expertUserKey)!.status = 'busy';
      }
    }
    const target = to.expertUserKey ? this.expert(to.expertUserKey)!.name : this.portals.find((portal) => portal.portalKey === to.portalKey)!.name;
    session.events.push({ at: now, eventType: 'transfer', participantType: from ? 'expert' : 'system', participantName: from?.name ?? 'System', content: `Transferred to ${target}` });
  }
}
