import type { BomgarLoggedInRep, BomgarQueue, BomgarQueueStatus, BomgarSessionEvent, BomgarSessionSummary, BomgarSupportSession, BomgarSupportTeam } from '../../clients/bomgar/types.js';
import type { BomgarSurveys } from './loaders.js';
import type { AgentIdentity, AgentStatus, Participant, SessionEventKind, SessionFeedback, SessionStatus, SupportQueue, SupportSession, SupportSessionEvent, SupportTarget, SupportTeam } from '../../domain/support.js';

/** Bomgar's records in the vendor-neutral model. */

/** Ended without any rep joining is an abandoned session; running without a rep is waiting in a queue. */
export function bomgarStatus(ended: boolean, hasRep: boolean): SessionStatus {
  if (ended) return hasRep ? 'ENDED' : 'ABANDONED';
  return hasRep ? 'ACTIVE' : 'WAITING';
}

export function statusOfSummary(summary: BomgarSessionSummary): SessionStatus {
  return bomgarStatus(summary.endTime !== null, summary.primaryRepId !== null);
}

const EVENT_KINDS: Record<string, SessionEventKind> = {
  'Chat Message': 'CHAT_MESSAGE',
  'File Upload': 'FILE_TRANSFER',
  'File Download': 'FILE_TRANSFER',
  'Session Note Added': 'NOTE',
  'Conference Owner Changed': 'TRANSFER',
  'Session Transferred': 'TRANSFER',
  'Session Start': 'SESSION_START',
  'Conference Member Added': 'PARTICIPANT_JOINED',
  'Conference Member Departed': 'PARTICIPANT_LEFT',
  'Session End': 'SESSION_END',
};

function participant(actor: BomgarSessionEvent['performedBy']): Participant | null {
  if (!actor) return null;
  const kind = actor.type === 'customer' ? 'CUSTOMER' : actor.type === 'representative' ? 'AGENT' : 'SYSTEM';
  return { kind, name: actor.name };
}

export function toSessionEvent(event: BomgarSessionEvent): SupportSessionEvent {
  return {
    kind: EVENT_KINDS[event.eventType] ?? 'OTHER',
    vendorType: event.eventType,
    at: event.timestamp,
    by: participant(event.performedBy),
    to: participant(event.destination),
    body: event.body ?? (Object.keys(event.data).length > 0 ? Object.entries(event.data).map(([name, value]) => `${name}: ${value}`).join(', ') : null),
    fileName: event.filename,
    fileSize: event.filesize,
  };
}

/** Reps sign in with their email on SAML sites; other usernames are not emails and are not matched. */
export function emailOf(username: string | null): string | null {
  return username && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(username) ? username.toLowerCase() : null;
}

export function toSupportSession(session: BomgarSupportSession): SupportSession {
  const primary = session.primaryRep ? session.reps.find((rep) => rep.id === session.primaryRep!.id) : undefined;
  const customer = session.customers[0];
  const teamId = session.queue?.id.startsWith('team:') ? session.queue.id.slice('team:'.length) : null;
  return {
    vendor: 'bomgar',
    vendorId: session.lsid,
    status: bomgarStatus(session.endTime !== null, session.primaryRep !== null),
    startedAt: session.startTime,
    endedAt: session.endTime,
    durationSeconds: session.durationSeconds,
    portal: session.publicSite?.name ?? null,
    queueId: session.queue?.id ?? null,
    teamId,
    agent: session.primaryRep
      ? { vendor: 'bomgar', vendorId: session.primaryRep.id, name: session.primaryRep.name, email: emailOf(primary?.username ?? null) }
      : null,
    customer: { name: customer?.name ?? session.primaryCustomer?.name ?? null, company: customer?.company ?? null, email: null },
    externalKey: session.externalKey,
    recordingUrl: session.recordingUrl,
    events: session.events.map(toSessionEvent),
  };
}

export function toFeedback(surveys: BomgarSurveys): SessionFeedback {
  const answer = (survey: BomgarSurveys['customer'], name: string) => survey?.answers.find((item) => item.name === name)?.answer ?? null;
  const rating = answer(surveys.customer, 'rating');
  const resolution = answer(surveys.rep, 'resolution')?.toLowerCase();
  return {
    rating: rating !== null && /^[1-5]$/.test(rating) ? Number(rating) : null,
    comment: answer(surveys.customer, 'comments'),
    resolution: resolution === 'resolved' ? 'RESOLVED' : resolution === 'unresolved' ? 'UNRESOLVED' : null,
  };
}

export function repStatus(logged: BomgarLoggedInRep | undefined): AgentStatus {
  if (!logged) return 'OFFLINE';
  if (logged.supportSessionCount > 0) return 'BUSY';
  return logged.showingOnRepList ? 'AVAILABLE' : 'AWAY';
}

/** Every rep the site knows: team members (logged in or not) and logged-in reps. */
export function repIdentities(teams: BomgarSupportTeam[], logged: BomgarLoggedInRep[]): AgentIdentity[] {
  const loggedById = new Map(logged.map((rep) => [rep.id, rep]));
  const identities = new Map<string, AgentIdentity>();
  const add = (id: string, name: string, username: string | null, teamId?: string) => {
    const known = identities.get(id) ?? { vendor: 'bomgar', vendorId: id, name, email: emailOf(username), status: repStatus(loggedById.get(id)), teamIds: [] };
    if (teamId && !known.teamIds.includes(teamId)) known.teamIds.push(teamId);
    identities.set(id, known);
  };
  for (const team of teams) for (const member of team.members) add(member.id, member.displayName ?? '', member.username, team.id);
  for (const rep of logged) add(rep.id, rep.displayName, rep.username);
  return [...identities.values()];
}

export function toSupportTeam(team: BomgarSupportTeam): SupportTeam {
  return { vendor: 'bomgar', vendorId: team.id, name: team.name, memberIds: team.members.map((member) => member.id), queueId: `team:${team.id}` };
}

export function toSupportQueue(team: BomgarSupportTeam): SupportQueue {
  return {
    vendor: 'bomgar',
    vendorId: `team:${team.id}`,
    name: team.name,
    waitingCount: team.queue?.waitingCount ?? 0,
    longestWaitSeconds: team.queue?.longestWaitSeconds ?? 0,
    teamId: team.id,
    memberIds: team.members.map((member) => member.id),
  };
}

/** Bomgar's queue id for the general queue (`queue_id=general`), which no team owns. */
export const GENERAL_QUEUE_ID = 'general';

/** The general queue: every rep of a team may take its customers. */
export function toGeneralQueue(status: BomgarQueueStatus, teams: BomgarSupportTeam[]): SupportQueue {
  const members = new Set(teams.flatMap((team) => team.members.map((member) => member.id)));
  return { vendor: 'bomgar', vendorId: GENERAL_QUEUE_ID, name: 'General queue', waitingCount: status.waitingCount, longestWaitSeconds: status.longestWaitSeconds, teamId: null, memberIds: [...members] };
}

export function bomgarQueue(target: SupportTarget): BomgarQueue {
  if (target.kind === 'team') return { kind: 'team', id: target.teamId };
  if (target.kind === 'agent') return { kind: 'rep', id: target.identityId };
  return { kind: 'general' };
}
