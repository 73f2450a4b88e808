import { createTransport, UpstreamError, type HttpMethod, type QueryParams, type Transport, type TransportOptions } from '../transport/index.js';
import { ameyoFailure, decode, envelopes } from './envelopes.js';
import { ameyoTime, callHistory, type AmeyoCallRecord } from './call-history.js';
import type { AmeyoAgentState, AmeyoCampaign, AmeyoDialResult, AmeyoDispose, AmeyoQueueStats, AmeyoUser } from './types.js';

export interface AmeyoClientOptions {
  /** The app server, e.g. `https://cc.example.com:8888` or `http://127.0.0.1:4010/ameyo`. */
  baseUrl: string;
  /** The integration account (a Supervisor) the gateway signs in as. */
  userId: string;
  password: string;
  /** Transport tuning (timeout, retries, breaker, ...); vendor, base URL and auth are set here. */
  transport?: Partial<Omit<TransportOptions, 'vendor' | 'baseUrl' | 'auth' | 'decodeError' | 'onAuthRejected'>>;
}

export interface AmeyoCallOptions {
  signal?: AbortSignal;
}

export interface AmeyoClient {
  readonly baseUrl: string;
  readonly transport: Transport;
  /** True when the current session is alive (`ping-session`); signs in first when there is none. */
  ping(options?: AmeyoCallOptions): Promise<boolean>;
  /** Ends the session (`logout`), if there is one. */
  logout(options?: AmeyoCallOptions): Promise<void>;
  /** Click to call (`manual-dial`); `userId` names the agent who dials (the session's own user when omitted). */
  manualDial(input: { campaignId: string; phone: string; userId?: string }, options?: AmeyoCallOptions): Promise<AmeyoDialResult>;
  /**
   * Schedules a callback (`addCallback`): a self callback for `userId` when given, else a callback any
   * agent of the campaign takes. `callbackId` is Ameyo's `customerCallbackId`.
   */
  addCallback(
    input: { campaignId: string; phone: string; callbackAt: Date; userId?: string; customerId?: string },
    options?: AmeyoCallOptions,
  ): Promise<{ callbackId: string }>;
  /** Removes a scheduled callback (`DELETE /ameyorestapi/voice/customerCallbacks/{id}`); false when Ameyo has no such callback. */
  deleteCallback(callbackId: string, options?: AmeyoCallOptions): Promise<boolean>;
  /** A call's recording (`GET /ameyorestapi/cc/downloadVoiceLog`), or null when it has none (yet). */
  downloadVoiceLog(input: { campaignId: string; crtObjectId: string }, options?: AmeyoCallOptions): Promise<{ contentType: string; bytes: Uint8Array } | null>;
  /** Disposes a call (`/dacx/dispose`). */
  dispose(input: AmeyoDispose, options?: AmeyoCallOptions): Promise<void>;
  /** Every contact-centre user (`getAllContactCenterUsers`). */
  listUsers(options?: AmeyoCallOptions): Promise<AmeyoUser[]>;
  /** Agent states in a campaign, or of every agent without one (modeled endpoint). */
  agentStates(campaignId?: string, options?: AmeyoCallOptions): Promise<AmeyoAgentState[]>;
  /** Queue figures of a campaign (modeled endpoint). */
  queueStats(campaignId: string, options?: AmeyoCallOptions): Promise<AmeyoQueueStats>;
  /** Calls that connected in [from, to), oldest first (modeled endpoint `GET /ameyorestapi/cc/callHistory`). */
  callHistory(window: { from: Date; to: Date }, options?: AmeyoCallOptions): Promise<AmeyoCallRecord[]>;
  /** Every campaign of the contact centre (modeled endpoint `GET /ameyorestapi/cc/campaigns`). */
  campaigns(options?: AmeyoCallOptions): Promise<AmeyoCampaign[]>;
}

const COMMAND_PATH = '/ameyowebaccess/command';

/** Ameyo writes numbers as digits with the country code and no `+`. */
const ameyoPhone = (phone: string): string => phone.replace(/^\+/, '');
const INVALID_SESSION = /invalid session/i;

/**
 * Ameyo over its command API (form field `data` with JSON, answers with HTTP 200 even for
 * errors) and REST API (header `sessionId`). One session is kept per client, signed in on
 * first use and again when Ameyo says the session is invalid.
 */
export function createAmeyoClient(options: AmeyoClientOptions): AmeyoClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  let session: Promise<string> | undefined;

  const transport = createTransport({
    ...options.transport,
    vendor: 'ameyo',
    baseUrl,
    // The REST API takes the session in a header; the command API in its `data`.
    auth: async ({ url }): Promise<Record<string, string>> => (url.pathname.includes('/ameyorestapi/') ? { sessionId: await sessionId() } : {}),
    onAuthRejected: () => {
      session = undefined;
      return true;
    },
    decodeError: (_status, body, text) => {
      const reason = ameyoFailure(body);
      if (reason !== undefined) return { message: reason, code: 'error' };
      const trimmed = text.trim();
      return trimmed !== '' && trimmed.length < 300 && !trimmed.startsWith('<') ? { message: trimmed } : {};
    },
  });

  const rejected = (method: HttpMethod, path: string, reason: string): UpstreamError =>
    new UpstreamError({ code: 'UPSTREAM_REJECTED', vendor: 'ameyo', status: 200, method, path, vendorMessage: reason, message: `ameyo refused ${method} ${path}: ${reason}` });

  /** One command; an "Invalid session Id" answer signs in again and repeats the command once. */
  async function command(name: string, data: Record<string, unknown>, call: { idempotent?: boolean; signal?: AbortSignal; withSession?: boolean }): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const sid = call.withSession === false ? undefined : await sessionId();
      const payload = sid === undefined ? data : { ...data, sessionId: sid };
      const response = await transport.request({
        method: 'POST',
        path: COMMAND_PATH,
        query: { command: name },
        form: { data: JSON.stringify(payload) },
        idempotent: call.idempotent,
        signal: call.signal,
        secrets: [options.password, ...(sid ? [sid] : [])],
      });
      const reason = ameyoFailure(response.body);
      if (reason === undefined) return response.body;
      if (sid !== undefined && attempt === 0 && INVALID_SESSION.test(reason)) {
        session = undefined;
        continue;
      }
      throw rejected('POST', `${COMMAND_PATH}?command=${name}`, reason);
    }
  }

  /** Signs in with `login`; when the account is already signed in elsewhere, with `force-login`. */
  async function signIn(): Promise<string> {
    const data = { userId: options.userId, password: options.password, terminal: 'switchboard' };
    const shown = { method: 'POST', path: COMMAND_PATH };
    try {
      return decode(envelopes.session, await command('login', data, { idempotent: false, withSession: false }), shown).sessionId;
    } catch (error) {
      if (!(error instanceof UpstreamError && /already logged in/i.test(error.vendorMessage ?? ''))) throw error;
      return decode(envelopes.session, await command('force-login', data, { idempotent: false, withSession: false }), shown).sessionId;
    }
  }

  /**
   * A sign-in whose answer was lost leaves no session to send the command with: the command was
   * not sent, so the caller's outcome is known (UPSTREAM_UNAVAILABLE), whatever the sign-in's.
   */
  async function signInOrUnavailable(): Promise<string> {
    try {
      return await signIn();
    } catch (error) {
      if (!(error instanceof UpstreamError && error.code === 'UPSTREAM_OUTCOME_UNKNOWN')) throw error;
      throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'ameyo', method: 'POST', path: COMMAND_PATH, message: 'ameyo: signing in failed (its answer was lost); nothing else was sent' });
    }
  }

  function sessionId(): Promise<string> {
    if (!session) {
      const pending = signInOrUnavailable();
      session = pending;
      pending.catch(() => {
        if (session === pending) session = undefined;
      });
    }
    return session;
  }

  async function rest(path: string, query: QueryParams, signal: AbortSignal | undefined): Promise<unknown> {
    return (await transport.request({ method: 'GET', path, query, signal })).body;
  }

  return {
    baseUrl,
    transport,

    async ping({ signal } = {}) {
      const body = await command('ping-session', { sessionPushSeqNo: '0' }, { idempotent: true, signal });
      return decode(envelopes.ping, body, { method: 'POST', path: COMMAND_PATH, idempotent: true }).alive;
    },

    async logout({ signal } = {}) {
      const current = session;
      if (!current) return;
      session = undefined;
      const sid = await current.catch(() => undefined);
      if (sid === undefined) return;
      await transport.request({ method: 'POST', path: COMMAND_PATH, query: { command: 'logout' }, form: { data: JSON.stringify({ sessionId: sid }) }, signal, secrets: [sid] });
    },

    async manualDial(input, { signal } = {}) {
      const body = await command('manual-dial', { campaignId: input.campaignId, phone: ameyoPhone(input.phone), ...(input.userId && { userId: input.userId }) }, { signal });
      return decode(envelopes.dial, body, { method: 'POST', path: COMMAND_PATH });
    },

    async addCallback(input, { signal } = {}) {
      const body = await command(
        'addCallback',
        {
          // The shape public integrations send: a numeric campaign id, the number under callBackProperties.
          campaignId: /^\d+$/.test(input.campaignId) ? Number(input.campaignId) : input.campaignId,
          callBackTime: String(input.callbackAt.getTime()),
          isSelfCallBack: input.userId ? 'true' : 'false',
          userId: input.userId ?? options.userId,
          callBackHandlerType: 'voice.campaign.callback.handler',
          callBackProperties: { phone: ameyoPhone(input.phone), ...(input.customerId && { customerId: input.customerId }) },
        },
        { signal },
      );
      return { callbackId: decode(envelopes.callback, body, { method: 'POST', path: COMMAND_PATH }).customerCallbackId };
    },

    async deleteCallback(callbackId, { signal } = {}) {
      const path = `/ameyorestapi/voice/customerCallbacks/${encodeURIComponent(callbackId)}`;
      // Ameyo answers the plain text `ok`; an unknown id is a 404.
      const response = await transport.request({ method: 'DELETE', path, parse: 'text', acceptStatus: [404], signal });
      return response.status !== 404;
    },

    async downloadVoiceLog(input, { signal } = {}) {
      const path = '/ameyorestapi/cc/downloadVoiceLog';
      const response = await transport.request<ReadableStream<Uint8Array>>({ method: 'GET', path, query: { ...input, targetFormat: 'mp3' }, parse: 'stream', acceptStatus: [404], signal });
      const bytes = new Uint8Array(await new Response(response.body).arrayBuffer());
      return response.status === 404 ? null : { contentType: response.headers.get('content-type') ?? 'audio/mpeg', bytes };
    },

    async dispose(input, { signal } = {}) {
      const path = '/dacx/dispose';
      for (let attempt = 0; ; attempt++) {
        const sid = await sessionId();
        // A GET that changes state, as Ameyo defines it: never repeated blindly.
        const response = await transport.request({ method: 'GET', path, query: { ...input, phone: ameyoPhone(input.phone), sessionId: sid }, idempotent: false, signal, secrets: [sid] });
        const reason = ameyoFailure(response.body);
        if (reason === undefined) return;
        if (attempt === 0 && INVALID_SESSION.test(reason)) {
          session = undefined;
          continue;
        }
        throw rejected('GET', path, reason);
      }
    },

    async listUsers({ signal } = {}) {
      const path = '/ameyorestapi/cc/contactCenterUsers/getAllContactCenterUsers';
      return decode(envelopes.users, await rest(path, {}, signal), { method: 'GET', path });
    },

    async agentStates(campaignId, { signal } = {}) {
      const path = '/ameyorestapi/cc/agentStates';
      return decode(envelopes.agentStates, await rest(path, campaignId === undefined ? {} : { campaignId }, signal), { method: 'GET', path });
    },

    async queueStats(campaignId, { signal } = {}) {
      const path = '/ameyorestapi/cc/queueStats';
      return decode(envelopes.queueStats, await rest(path, { campaignId }, signal), { method: 'GET', path });
    },

    async callHistory(window, { signal } = {}) {
      const path = '/ameyorestapi/cc/callHistory';
      // Ameyo's times are whole seconds: the window's end rounds up, so no call of its last second is left out.
      const toTime = ameyoTime(new Date(Math.ceil(window.to.getTime() / 1000) * 1000));
      return decode(callHistory, await rest(path, { fromTime: ameyoTime(window.from), toTime }, signal), { method: 'GET', path });
    },

    async campaigns({ signal } = {}) {
      const path = '/ameyorestapi/cc/campaigns';
      return decode(envelopes.campaigns, await rest(path, {}, signal), { method: 'GET', path });
    },
  };
}
