import type { Transport } from '../../transport/index.js';
import { decode, isoParam, send, segment, type GoToCallOptions } from '../decode.js';
import type { GoToSession } from '../oauth.js';
import { agentsSchema, codeSchema, createdSchema, eventsSchema, queuesSchema, sessionListSchema, sessionSchema } from './schemas.js';
import type { GoToAssistAgent, GoToAssistCode, GoToAssistCreated, GoToAssistEvent, GoToAssistQueue, GoToAssistSession } from './types.js';

export interface NewAssistSession {
  partnerObject: string;
  partnerObjectUrl?: string;
  customerName?: string;
  customerEmail?: string;
  /** Where GoToAssist POSTs the session record when the customer joins and when it ends. */
  sessionStatusCallbackUrl?: string;
}

export interface GoToAssistClient {
  readonly transport: Transport;
  /** The GoTo token endpoint's transport (shared by every GoTo product), for its breaker. */
  readonly tokenTransport: Transport;
  createSession(input: NewAssistSession, options?: GoToCallOptions): Promise<GoToAssistCreated>;
  /** Sessions created in the window (`fromTime`/`toTime`), as one list. */
  listSessions(window: { from: Date; to: Date }, options?: GoToCallOptions): Promise<GoToAssistSession[]>;
  getSession(sessionId: string, options?: GoToCallOptions): Promise<GoToAssistSession | null>;
  sessionEvents(sessionId: string, options?: GoToCallOptions): Promise<GoToAssistEvent[]>;
  /** Modeled: `PUT /sessions/{id} {partnerObject, partnerObjectUrl?}` (the URL goes with the object it points to). */
  setPartnerObject(sessionId: string, partner: { partnerObject: string; partnerObjectUrl?: string }, options?: GoToCallOptions): Promise<void>;
  /** Modeled: `PUT /sessions/{id} {status:"complete"}`. */
  endSession(sessionId: string, options?: GoToCallOptions): Promise<void>;
  /** Modeled: `POST /sessions/{id}/transfer {expertUserKey | portalKey}`. */
  transferSession(sessionId: string, to: { expertUserKey?: string; portalKey?: string }, options?: GoToCallOptions): Promise<void>;
  /** Modeled monitors. */
  agents(options?: GoToCallOptions): Promise<GoToAssistAgent[]>;
  queues(options?: GoToCallOptions): Promise<GoToAssistQueue[]>;
  /** Modeled Phone Mode: a 9-digit code for the ticket (`externalId`), optionally for an expert and session. */
  createConnectionCode(input: { externalId: string; agentKey?: string; sessionId?: string }, options?: GoToCallOptions): Promise<GoToAssistCode>;
  /** False when there is no such (live) code. */
  cancelConnectionCode(code: string, options?: GoToCallOptions): Promise<boolean>;
}

const BASE = '/G2A/rest/v1';
/** The one session type the Sessions API takes, spelled as it documents it. */
const SESSION_TYPE = 'SCREEN_SHARING';

export interface GoToAssistClientOptions {
  /**
   * Where GoToAssist POSTs the status of sessions this client creates, when a call gives none (the
   * gateway's `/webhooks/gotoassist?token=…`). Default none: no callbacks.
   */
  sessionStatusCallbackUrl?: string;
}

/** GoToAssist Remote Support on the account's GoTo session (shared OAuth token). */
export function createGoToAssistClient(session: GoToSession, options: GoToAssistClientOptions = {}): GoToAssistClient {
  const transport = session.productTransport('gotoassist', BASE);
  const shown = (method: string, path: string) => ({ method, path: `${BASE}${path}` });

  return {
    transport,
    tokenTransport: session.tokenTransport,

    async createSession(input, { signal } = {}) {
      const path = '/sessions';
      const callback = input.sessionStatusCallbackUrl ?? options.sessionStatusCallbackUrl;
      const json = { sessionType: SESSION_TYPE, ...input, ...(callback && { sessionStatusCallbackUrl: callback }) };
      const { body } = await send(transport, { method: 'POST', path, json, signal });
      const created = decode(transport, createdSchema, body, shown('POST', path));
      return { sessionId: created.sessionId, customerJoinUrl: created.customerJoinUrl, launchUrl: created.startScreenSharing.launchUrl };
    },

    async listSessions(window, { signal } = {}) {
      const path = '/sessions';
      const { body } = await send(transport, { method: 'GET', path, query: { sessionType: SESSION_TYPE, fromTime: isoParam(window.from), toTime: isoParam(window.to) }, signal });
      return decode(transport, sessionListSchema, body, shown('GET', path)).sessions;
    },

    async getSession(sessionId, { signal } = {}) {
      const path = `/sessions/${segment(sessionId)}`;
      const { status, body } = await send(transport, { method: 'GET', path, acceptStatus: [404], signal });
      return status === 404 ? null : decode(transport, sessionSchema, body, shown('GET', path));
    },

    async sessionEvents(sessionId, { signal } = {}) {
      const path = `/sessions/${segment(sessionId)}/events`;
      const { status, body } = await send(transport, { method: 'GET', path, acceptStatus: [404], signal });
      return status === 404 ? [] : decode(transport, eventsSchema, body, shown('GET', path));
    },

    async setPartnerObject(sessionId, partner, { signal } = {}) {
      await send(transport, { method: 'PUT', path: `/sessions/${segment(sessionId)}`, json: partner, signal });
    },

    async endSession(sessionId, { signal } = {}) {
      await send(transport, { method: 'PUT', path: `/sessions/${segment(sessionId)}`, json: { status: 'complete' }, idempotent: false, signal });
    },

    async transferSession(sessionId, to, { signal } = {}) {
      await send(transport, { method: 'POST', path: `/sessions/${segment(sessionId)}/transfer`, json: to, signal });
    },

    async agents({ signal } = {}) {
      const path = '/monitors/agents';
      const { body } = await send(transport, { method: 'GET', path, signal });
      return decode(transport, agentsSchema, body, shown('GET', path)).agents;
    },

    async queues({ signal } = {}) {
      const path = '/monitors/queues';
      const { body } = await send(transport, { method: 'GET', path, signal });
      return decode(transport, queuesSchema, body, shown('GET', path)).queues;
    },

    async createConnectionCode(input, { signal } = {}) {
      const path = '/connectionCodes';
      const { body } = await send(transport, { method: 'POST', path, json: input, signal });
      return decode(transport, codeSchema, body, shown('POST', path));
    },

    async cancelConnectionCode(code, { signal } = {}) {
      const { status } = await send(transport, { method: 'DELETE', path: `/connectionCodes/${segment(code)}`, acceptStatus: [404], signal });
      return status !== 404;
    },
  };
}
