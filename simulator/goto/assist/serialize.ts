import { num } from '../json.js';
import { isoSeconds } from '../time.js';
import type { AssistState } from './state.js';
import type { AssistSession } from './model.js';

const time = (ms: number | null): string | null => (ms === null ? null : isoSeconds(ms));

/**
 * A session record as `GET /sessions` lists it (confirmed field names). Per the published session
 * API: `sessionId` and `sessionStartToken` are numbers in the listing (strings on
 * `GET /sessions/{id}`), and `accountKey` is a number in both. `expertUserKey` is a number in the
 * listing and a string by id (a quirk kept from GoTo's other APIs). `portalName`, `rating`,
 * `feedback` and `resolution` are modeled.
 */
export function sessionJson(state: AssistState, session: AssistSession, keysAsNumbers: boolean): Record<string, unknown> {
  const expert = session.expertUserKey ? state.expert(session.expertUserKey) : undefined;
  const portal = state.portals.find((candidate) => candidate.portalKey === session.portalKey);
  const key = (value: string) => (keysAsNumbers ? num(value) : value);
  return {
    sessionId: key(session.sessionId),
    sessionType: 'screen_sharing',
    sessionStartToken: key(session.sessionStartToken),
    customerJoinUrl: state.joinUrl(session),
    partnerObject: session.partnerObject,
    partnerObjectUrl: session.partnerObjectUrl,
    status: session.status,
    startedAt: time(session.startedAt),
    customerJoinedAt: time(session.customerJoinedAt),
    endedAt: time(session.endedAt),
    expertName: expert?.name ?? null,
    expertEmail: expert?.email ?? null,
    expertUserKey: expert ? key(expert.userKey) : null,
    customerName: session.customerName,
    customerEmail: session.customerEmail,
    accountKey: num(state.accountKey),
    sessionRecordingUrl: session.recorded && session.endedAt !== null ? `https://app.gotoassist.com/sessions/${session.sessionId}/recording` : null,
    portalKey: portal ? key(portal.portalKey) : null,
    portalName: portal?.name ?? null,
    rating: session.rating,
    feedback: session.feedback,
    resolution: session.resolution,
  };
}

export function sessionDetailJson(state: AssistState, session: AssistSession): Record<string, unknown> {
  return { ...sessionJson(state, session, false), notes: session.notes, collaborators: session.collaborators };
}
