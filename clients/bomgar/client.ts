import { createTransport, unexpectedBodyError, UpstreamError, type Transport, type TransportOptions } from '../transport/index.js';
import {
  decodeApiInfo,
  decodeCustomAttributes,
  decodeExitSurvey,
  decodeHealth,
  decodeLoggedInRep,
  decodeQueueStatus,
  decodeSessionKey,
  decodeSessionSummary,
  decodeSupportSession,
  decodeSupportTeam,
} from './decode.js';
import { downloadBomgarBackup, type BomgarBackupDownload, type BomgarBackupOptions } from './backup.js';
import { decodeBomgarError } from './error-decoder.js';
import { BomgarTokenSource } from './oauth.js';
import { splitWindow } from './windows.js';
import { child, children, parseXmlDocument, type XmlElement } from './xml.js';
import type {
  BomgarApiInfo,
  BomgarExitSurvey,
  BomgarHealth,
  BomgarLoggedInRep,
  BomgarQueue,
  BomgarSessionKey,
  BomgarSessionSummary,
  BomgarSupportSession,
  BomgarSupportTeam,
  BomgarSupportTeams,
  BomgarWindow,
} from './types.js';

export interface BomgarClientOptions {
  /** The site's URL, e.g. `https://support.example.com` or `http://127.0.0.1:4010/bomgar`. */
  baseUrl: string;
  /** OAuth API account (current sites). Give these, or `username` and `password`. */
  clientId?: string;
  clientSecret?: string;
  /** Legacy API user, sent as `username`/`password` form parameters to the `.ns` endpoints. */
  username?: string;
  password?: string;
  /**
   * Longest span one SupportSession report request covers, in seconds; a longer window is read
   * in consecutive windows of this size, so no single answer grows without bound. Default 7 days.
   */
  reportWindowSeconds?: number;
  /**
   * Longest span one SupportSessionListing request covers, in seconds (a listing is a few hundred
   * bytes a session, so its windows can be far longer). Default 400 days.
   */
  listingWindowSeconds?: number;
  /** Transport tuning (timeout, retries, breaker, onCall, ...); vendor, base URL and auth are set here. */
  transport?: Partial<Omit<TransportOptions, 'vendor' | 'baseUrl' | 'auth' | 'decodeError' | 'onAuthRejected'>>;
}

export interface BomgarCallOptions {
  signal?: AbortSignal;
}

/** What a customer fills in on the front-end survey (start_session), with the limits the appliance enforces. */
export interface BomgarStartSessionInput {
  shortKey: string;
  customerName?: string;
  customerCompany?: string;
  customerCompanyCode?: string;
  customerDetails?: string;
  externalKey?: string;
}

/** start_session's field limits (confirmed: the API guide's "maximum of N characters"). */
export const BOMGAR_START_SESSION_LIMITS = {
  customerName: 100,
  customerCompany: 100,
  customerCompanyCode: 100,
  customerDetails: 1024,
  externalKey: 1024,
} as const;

export interface BomgarClient {
  /** The public site URL (customers' links are built on it). */
  readonly siteUrl: string;
  readonly transport: Transport;
  /** The `/oauth2/token` transport (OAuth sites; undefined with username and password), for its breaker. */
  readonly tokenTransport: Transport | undefined;
  loggedInReps(options?: BomgarCallOptions): Promise<BomgarLoggedInRep[]>;
  /** `get_support_teams&showmembers=1`: teams with their members (and queue, where printed). */
  supportTeams(options?: BomgarCallOptions): Promise<BomgarSupportTeam[]>;
  /** The same call, with the general queue's status where the site prints it. */
  supportTeamsAndQueue(options?: BomgarCallOptions): Promise<BomgarSupportTeams>;
  /**
   * A session key for a queue; `externalKey` and `customAttributes` (code name → value) travel as
   * `session.custom.*` and land on the session the customer starts with it.
   */
  generateSessionKey(
    input: { queue: BomgarQueue; externalKey?: string; customAttributes?: Record<string, string>; ttlSeconds?: number },
    options?: BomgarCallOptions,
  ): Promise<BomgarSessionKey>;
  /** The customer's start_session link for a key with the front-end survey fields (no request is made). */
  startSessionUrl(input: BomgarStartSessionInput): string;
  setExternalKey(lsid: string, externalKey: string, options?: BomgarCallOptions): Promise<void>;
  sessionAttributes(lsid: string, options?: BomgarCallOptions): Promise<Record<string, string>>;
  transferSession(lsid: string, queue: BomgarQueue, options?: BomgarCallOptions): Promise<void>;
  terminateSession(lsid: string, options?: BomgarCallOptions): Promise<void>;
  apiInfo(options?: BomgarCallOptions): Promise<BomgarApiInfo>;
  /** `check_health`: the appliance's health and failover role. */
  checkHealth(options?: BomgarCallOptions): Promise<BomgarHealth>;
  /** SupportSession for sessions that started in the window, read window by window (oldest first). */
  supportSessions(window: BomgarWindow, options?: BomgarCallOptions): Promise<BomgarSupportSession[]>;
  /** SupportSession for these lsids, in one request; unknown lsids are absent. */
  supportSessionsByLsid(lsids: readonly string[], options?: BomgarCallOptions): Promise<BomgarSupportSession[]>;
  sessionListing(window: BomgarWindow, options?: BomgarCallOptions): Promise<BomgarSessionSummary[]>;
  exitSurveys(kind: 'customer' | 'rep', window: BomgarWindow, options?: BomgarCallOptions): Promise<BomgarExitSurvey[]>;
  /** The Backup API: the appliance's software configuration file, streamed (clients/bomgar/backup.ts). */
  downloadBackup(options?: BomgarBackupOptions): Promise<BomgarBackupDownload>;
}

const DEFAULT_WINDOW_SECONDS = 7 * 86_400;
const DEFAULT_LISTING_WINDOW_SECONDS = 400 * 86_400;

type Params = Record<string, string | undefined>;

export function queueParam(queue: BomgarQueue): string {
  switch (queue.kind) {
    case 'general':
      return 'general';
    case 'team':
    case 'rep':
      return `${queue.kind}:${queue.id}`;
    case 'rep_username':
      return `rep_username:${queue.username}`;
    case 'issue':
      return `issue:${queue.codeName}`;
  }
}

const unix = (date: Date): string => String(Math.floor(date.getTime() / 1000));

export function createBomgarClient(options: BomgarClientOptions): BomgarClient {
  const siteUrl = options.baseUrl.replace(/\/+$/, '');
  const legacy = options.username !== undefined && options.password !== undefined;
  if (!legacy && (!options.clientId || !options.clientSecret)) {
    throw new TypeError('bomgar client needs clientId and clientSecret, or username and password');
  }
  const windowSeconds = options.reportWindowSeconds ?? DEFAULT_WINDOW_SECONDS;
  const listingWindowSeconds = options.listingWindowSeconds ?? DEFAULT_LISTING_WINDOW_SECONDS;
  const tokens = legacy ? null : new BomgarTokenSource(siteUrl, options.clientId!, options.clientSecret!, options.transport);
  const transport = createTransport({
    ...options.transport,
    vendor: 'bomgar',
    baseUrl: siteUrl,
    decodeError: decodeBomgarError,
    ...(tokens && {
      auth: async () => ({ authorization: `Bearer ${await tokens.token()}` }),
      onAuthRejected: () => {
        tokens.invalidate();
        return true;
      },
    }),
  });

  /**
   * One Command or Reporting API call; returns the expected root element. Legacy sites get a
   * form POST to the `.ns` URL with the credentials in the body (never in a URL, where logs keep
   * them); OAuth sites a GET for reads and a form POST for writes.
   */
  async function call(api: 'command' | 'reporting', params: Params, expectedRoot: string, write: { write?: boolean; idempotent?: boolean; signal?: AbortSignal | undefined } = {}): Promise<XmlElement> {
    const path = legacy ? `/api/${api}.ns` : `/api/${api}`;
    const usePost = legacy || write.write === true;
    const form = legacy ? { ...params, username: options.username, password: options.password } : params;
    const response = await transport.request<string>({
      method: usePost ? 'POST' : 'GET',
      path,
      ...(usePost ? { form } : { query: params }),
      parse: 'xml-text',
      idempotent: !write.write || write.idempotent === true,
      secrets: legacy ? [options.password!] : [],
      signal: write.signal,
    });
    // A write's 2xx that cannot be read may still have been carried out (clients/transport/unexpected-body.ts).
    const shown = { method: usePost ? 'POST' : 'GET', path, idempotent: !write.write || write.idempotent === true };
    let document: ReturnType<typeof parseXmlDocument>;
    try {
      document = parseXmlDocument(response.body);
    } catch (error) {
      // The parser's reason is a position and a rule ("1:10: unexpected close tag."), never the body.
      const why = error instanceof Error ? ` (${error.message})` : '';
      throw unexpectedBodyError('bomgar', shown, `a body that is not XML${why}`, response.status);
    }
    const failure = document.root === 'error' ? document.element : child(document.element, 'error');
    if (failure) {
      const said = typeof failure['#text'] === 'string' ? failure['#text'] : 'error';
      throw new UpstreamError({ code: 'UPSTREAM_REJECTED', vendor: 'bomgar', status: response.status, method: usePost ? 'POST' : 'GET', path, vendorMessage: said, message: `bomgar refused ${params.action ?? params.generate_report}: ${said}` });
    }
    if (document.root !== expectedRoot) {
      throw unexpectedBodyError('bomgar', shown, `<${document.root}> where <${expectedRoot}> was expected`, response.status);
    }
    return document.element;
  }

  async function teamsAndQueue(signal?: AbortSignal): Promise<BomgarSupportTeams> {
    const root = await call('command', { action: 'get_support_teams', showmembers: '1' }, 'support_teams', { signal });
    return { teams: children(root, 'support_team').map(decodeSupportTeam), generalQueue: decodeQueueStatus(child(root, 'general_queue')) };
  }

  const report = (params: Params, root: string, signal?: AbortSignal) => call('reporting', params, root, { signal });
  const windowParams = (window: BomgarWindow): Params => ({
    start_time: unix(window.from),
    duration: String(Math.max(1, Math.ceil((window.to.getTime() - window.from.getTime()) / 1000))),
  });

  return {
    siteUrl,
    transport,
    tokenTransport: tokens?.transport,

    async loggedInReps({ signal } = {}) {
      const root = await call('command', { action: 'get_logged_in_reps' }, 'logged_in_reps', { signal });
      return children(root, 'rep').map(decodeLoggedInRep);
    },

    async supportTeams({ signal } = {}) {
      return (await teamsAndQueue(signal)).teams;
    },

    supportTeamsAndQueue: ({ signal } = {}) => teamsAndQueue(signal),

    async generateSessionKey(input, { signal } = {}) {
      const root = await call(
        'command',
        {
          action: 'generate_session_key',
          type: 'support',
          queue_id: queueParam(input.queue),
          // The current API guide's form; an old Bomgar box knows only `external_key`.
          ...(legacy ? { external_key: input.externalKey } : { 'session.custom.external_key': input.externalKey }),
          ...Object.fromEntries(Object.entries(input.customAttributes ?? {}).map(([code, value]) => [`session.custom.${code}`, value])),
          ttl: input.ttlSeconds === undefined ? undefined : String(input.ttlSeconds),
        },
        'session_key',
        { write: true, signal },
      );
      return decodeSessionKey(root);
    },

    startSessionUrl(input) {
      const url = new URL(`${siteUrl}/api/start_session`);
      const fields: [string, string | undefined][] = [
        ['short_key', input.shortKey],
        ['customer.name', input.customerName],
        ['customer.company', input.customerCompany],
        ['customer.company_code', input.customerCompanyCode],
        ['customer.details', input.customerDetails],
        ['session.custom.external_key', input.externalKey],
      ];
      for (const [name, value] of fields) if (value !== undefined && value !== '') url.searchParams.set(name, value);
      return url.toString();
    },

    async setExternalKey(lsid, externalKey, { signal } = {}) {
      await call('command', { action: 'set_session_attributes', lsid, 'session.custom.external_key': externalKey }, 'success', { write: true, idempotent: true, signal });
    },

    async sessionAttributes(lsid, { signal } = {}) {
      return decodeCustomAttributes(await call('command', { action: 'get_session_attributes', lsid }, 'custom_attributes', { signal }));
    },

    async transferSession(lsid, queue, { signal } = {}) {
      await call('command', { action: 'transfer_session', lsid, queue_id: queueParam(queue) }, 'success', { write: true, signal });
    },

    async terminateSession(lsid, { signal } = {}) {
      await call('command', { action: 'terminate_session', lsid }, 'success', { write: true, signal });
    },

    async apiInfo({ signal } = {}) {
      return decodeApiInfo(await call('command', { action: 'get_api_info' }, 'api_information', { signal }));
    },

    async checkHealth({ signal } = {}) {
      return decodeHealth(await call('command', { action: 'check_health' }, 'health_check', { signal }));
    },

    async supportSessions(window, { signal } = {}) {
      const sessions: BomgarSupportSession[] = [];
      for (const part of splitWindow(window, windowSeconds)) {
        const root = await report({ generate_report: 'SupportSession', ...windowParams(part) }, 'session_list', signal);
        sessions.push(...children(root, 'session').map(decodeSupportSession));
      }
      return sessions;
    },

    async supportSessionsByLsid(lsids, { signal } = {}) {
      const unique = [...new Set(lsids)];
      if (unique.length === 0) return [];
      const root = await report({ generate_report: 'SupportSession', lsids: unique.join(',') }, 'session_list', signal);
      return children(root, 'session').map(decodeSupportSession);
    },

    async sessionListing(window, { signal } = {}) {
      const sessions: BomgarSessionSummary[] = [];
      for (const part of splitWindow(window, listingWindowSeconds)) {
        const root = await report({ generate_report: 'SupportSessionListing', ...windowParams(part) }, 'session_summary_list', signal);
        sessions.push(...children(root, 'session_summary').map(decodeSessionSummary));
      }
      return sessions;
    },

    async exitSurveys(kind, window, { signal } = {}) {
      const root = await report(
        { generate_report: kind === 'customer' ? 'SupportCustExitSurvey' : 'SupportRepExitSurvey', ...windowParams(window) },
        'exit_survey_list',
        signal,
      );
      return children(root, 'exit_survey').map(decodeExitSurvey);
    },

    downloadBackup: (backupOptions) => downloadBomgarBackup(transport, legacy ? { username: options.username!, password: options.password! } : null, backupOptions),
  };
}
