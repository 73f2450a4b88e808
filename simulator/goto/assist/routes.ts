import type { Router } from '../../core/router.js';
import { objectBody, text, emailField } from '../body.js';
import { badRequest, notFound } from '../errors.js';
import { gotoJson, noContent, num } from '../json.js';
import type { ProductRouteContext } from '../product-router.js';
import { isoSeconds, readWindow } from '../time.js';
import { sessionDetailJson, sessionJson } from './serialize.js';
import type { AssistState } from './state.js';

type AssistRouter = Router<ProductRouteContext<AssistState>>;

/** The published API asks for `SCREEN_SHARING`; the lower-case form the records print is accepted too. */
const isScreenSharing = (value: unknown): boolean => typeof value === 'string' && value.toUpperCase() === 'SCREEN_SHARING';

/** Confirmed: the Sessions API (create, list by window, get, events) and the status callback. */
export function registerSessionRoutes(router: AssistRouter): void {
  router.add('POST', '/sessions', (req, _params, { state }) => {
    const body = objectBody(req);
    if ('reply' in body) return body.reply;
    const input = body.input;
    if (!isScreenSharing(input.sessionType)) return badRequest('sessionType must be SCREEN_SHARING');
    const callback = text(input, 'sessionStatusCallbackUrl', 2000);
    if (callback !== undefined && !/^https?:\/\//.test(callback)) return badRequest('sessionStatusCallbackUrl must be an absolute URL');
    const partnerObject = typeof input.partnerObject === 'string' ? input.partnerObject : '';
    if (partnerObject.length > 1024) return badRequest('partnerObject must be at most 1024 characters');
    if (typeof input.partnerObjectUrl === 'string' && input.partnerObjectUrl.length > 2000) return badRequest('partnerObjectUrl must be at most 2000 characters');
    // Modeled limits: refused naming the field rather than dropped, so a caller sees what was lost.
    if (typeof input.customerName === 'string' && input.customerName.length > 128) return badRequest('customerName must be at most 128 characters');
    if (typeof input.customerEmail === 'string' && input.customerEmail.trim() !== '' && emailField(input, 'customerEmail') === undefined) return badRequest('customerEmail must be an email address');
    const session = state.createSession({
      partnerObject,
      partnerObjectUrl: text(input, 'partnerObjectUrl', 2000) ?? '',
      customerName: text(input, 'customerName', 128) ?? '',
      customerEmail: emailField(input, 'customerEmail') ?? '',
      callbackUrl: callback ?? null,
    });
    // The API answers 200 (not 201) to a created session.
    return gotoJson(200, {
      sessionId: session.sessionId,
      sessionType: 'screen_sharing',
      sessionStartToken: session.sessionStartToken,
      customerJoinUrl: state.joinUrl(session),
      partnerObject: session.partnerObject,
      startScreenSharing: { launchUrl: `https://app.gotoassist.com/launch/${session.sessionStartToken}?role=expert` },
    });
  });

  router.add('GET', '/sessions', (req, _params, { state }) => {
    const type = req.query.get('sessionType');
    if (type !== null && !isScreenSharing(type)) return badRequest('sessionType must be SCREEN_SHARING');
    const window = readWindow(req.query, 'fromTime', 'toTime');
    if ('bad' in window) return badRequest(`${window.bad} is required (ISO-8601)`);
    const sessions = state.sessions.filter((session) => session.createdAt >= window.from && session.createdAt < window.to);
    return gotoJson(200, { totalNumSessions: sessions.length, sessions: sessions.map((session) => sessionJson(state, session, true)) });
  });

  router.add('GET', '/sessions/:sessionId', (_req, { sessionId }, { state }) => {
    const session = state.session(sessionId!);
    return session ? gotoJson(200, sessionDetailJson(state, session)) : notFound('Session');
  });

  router.add('GET', '/sessions/:sessionId/events', (_req, { sessionId }, { state }) => {
    const session = state.session(sessionId!);
    if (!session) return notFound('Session');
    // One item per transcript line, each naming the session and its span (the published fields);
    // eventType, participantType and the file fields are modeled additions.
    const startTime = isoSeconds(session.startedAt ?? session.createdAt);
    const endTime = session.endedAt === null ? null : isoSeconds(session.endedAt);
    return gotoJson(
      200,
      session.events.map((event) => ({
        sessionId: session.sessionId,
        startTime,
        endTime,
        timeStamp: isoSeconds(event.at),
        content: event.content,
        participantName: event.participantName,
        eventType: event.eventType,
        participantType: event.participantType,
        ...(event.fileName !== undefined && { fileName: event.fileName, fileSize: event.fileSize }),
      })),
    );
  });
}

/**
 * Modeled (no public wire format survives): session commands, monitors, Phone Mode connection
 * codes, and the simulator's stand-in for the customer joining.
 */
export function registerModeledRoutes(router: AssistRouter): void {
  router.add('PUT', '/sessions/:sessionId', (req, { sessionId }, { state }) => {
    const session = state.session(sessionId!);
    if (!session) return notFound('Session');
    const body = objectBody(req);
    if ('reply' in body) return body.reply;
    const { partnerObject, partnerObjectUrl, status } = body.input;
    if (partnerObject !== undefined && (typeof partnerObject !== 'string' || partnerObject.length > 1024)) return badRequest('partnerObject must be a string of at most 1024 characters');
    if (partnerObjectUrl !== undefined && (typeof partnerObjectUrl !== 'string' || partnerObjectUrl.length > 2000)) return badRequest('partnerObjectUrl must be a string of at most 2000 characters');
    if (status !== undefined) {
      if (status !== 'complete') return badRequest('status can only be set to complete');
      if (session.endedAt !== null) return badRequest('Session has already ended');
    }
    // Everything is checked before anything is written, so a refused update changes nothing.
    if (typeof partnerObject === 'string') session.partnerObject = partnerObject;
    if (typeof partnerObjectUrl === 'string') session.partnerObjectUrl = partnerObjectUrl;
    if (status !== undefined) state.end(session);
    return noContent();
  });

  router.add('POST', '/sessions/:sessionId/transfer', (req, { sessionId }, { state }) => {
    const session = state.session(sessionId!);
    if (!session) return notFound('Session');
    if (session.endedAt !== null) return badRequest('Session has already ended');
    const body = objectBody(req);
    if ('reply' in body) return body.reply;
    const expertUserKey = body.input.expertUserKey === undefined ? undefined : String(body.input.expertUserKey);
    const portalKey = body.input.portalKey === undefined ? undefined : String(body.input.portalKey);
    if (expertUserKey && !state.expert(expertUserKey)) return badRequest('Unknown expertUserKey');
    if (portalKey && !state.portals.some((portal) => portal.portalKey === portalKey)) return badRequest('Unknown portalKey');
    if (!expertUserKey && !portalKey) return badRequest('expertUserKey or portalKey is required');
    state.transfer(session, { expertUserKey, portalKey });
    return noContent();
  });

  router.add('POST', '/sessions/:sessionId/customerJoined', (_req, { sessionId }, { state }) => {
    const session = state.session(sessionId!);
    if (!session) return notFound('Session');
    if (session.status !== 'waiting') return badRequest(`Session is ${session.status}`);
    state.customerJoined(session);
    return gotoJson(200, sessionDetailJson(state, session));
  });

  router.add('GET', '/monitors/agents', (_req, _params, { state }) =>
    gotoJson(200, {
      agents: state.experts.map((expert) => ({
        userKey: num(expert.userKey),
        name: expert.name,
        email: expert.email,
        status: expert.status,
        activeSessions: state.sessions.filter((session) => session.status === 'active' && session.expertUserKey === expert.userKey).map((session) => session.sessionId),
        portalKeys: expert.portalKeys.map(num),
      })),
    }),
  );

  router.add('GET', '/monitors/queues', (_req, _params, { state }) => {
    const now = state.clock.nowMs();
    return gotoJson(200, {
      queues: state.portals.map((portal) => {
        const waiting = state.sessions.filter((session) => session.status === 'waiting' && session.portalKey === portal.portalKey);
        return {
          portalKey: num(portal.portalKey),
          portalName: portal.name,
          waitingCount: waiting.length,
          longestWaitSeconds: Math.floor(waiting.reduce((max, session) => Math.max(max, now - session.createdAt), 0) / 1000),
          expertUserKeys: state.experts.filter((expert) => expert.portalKeys.includes(portal.portalKey)).map((expert) => num(expert.userKey)),
        };
      }),
    });
  });

  router.add('POST', '/connectionCodes', (req, _params, { state }) => {
    const body = objectBody(req);
    if ('reply' in body) return body.reply;
    const externalId = typeof body.input.externalId === 'string' ? body.input.externalId : '';
    if (externalId === '' || externalId.length > 1024) return badRequest('externalId is required (at most 1024 characters)');
    const agentKey = body.input.agentKey === undefined || body.input.agentKey === null ? null : String(body.input.agentKey);
    if (agentKey && !state.expert(agentKey)) return badRequest('Unknown agentKey');
    const sessionId = typeof body.input.sessionId === 'string' ? body.input.sessionId : null;
    if (sessionId && !state.session(sessionId)) return badRequest('Unknown sessionId');
    const code = state.newCode(externalId, agentKey, sessionId);
    if (sessionId && agentKey) state.session(sessionId)!.expertUserKey = agentKey;
    return gotoJson(201, { code: code.code, expiresAt: isoSeconds(code.expiresAt) });
  });

  router.add('DELETE', '/connectionCodes/:code', (_req, { code }, { state }) => {
    const entry = state.codes.get(code!);
    if (!entry || entry.cancelled || entry.expiresAt <= state.clock.nowMs()) return notFound('Connection code');
    entry.cancelled = true;
    const session = entry.sessionId ? state.session(entry.sessionId) : undefined;
    if (session && session.status === 'waiting') state.end(session);
    return noContent();
  });
}
