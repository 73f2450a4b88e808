import type { GoToAssistAgent, GoToAssistEvent, GoToAssistQueue, GoToAssistSession } from '../../clients/goto/assist/types.js';
import type { AgentIdentity, ParticipantKind, SessionEventKind, SessionStatus, SupportQueue, SupportSession, SupportSessionEvent } from '../../domain/support.js';

/** GoToAssist's records in the vendor-neutral model. */

const STATUSES: Record<GoToAssistSession['status'], SessionStatus> = {
  waiting: 'WAITING',
  notStarted: 'WAITING',
  active: 'ACTIVE',
  complete: 'ENDED',
  abandoned: 'ABANDONED',
};

const EVENT_KINDS: Record<string, SessionEventKind> = {
  chatMessage: 'CHAT_MESSAGE',
  fileTransfer: 'FILE_TRANSFER',
  note: 'NOTE',
  transfer: 'TRANSFER',
  customerJoined: 'PARTICIPANT_JOINED',
  sessionEnded: 'SESSION_END',
};

function seconds(from: string | null, to: string | null): number | null {
  return from && to ? Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000)) : null;
}

export function toSupportSession(session: GoToAssistSession): SupportSession {
  return {
    vendor: 'gotoassist',
    vendorId: session.sessionId,
    status: STATUSES[session.status],
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    durationSeconds: seconds(session.startedAt, session.endedAt),
    portal: session.portalName,
    queueId: session.portalKey,
    teamId: null,
    agent: session.expertUserKey
      ? { vendor: 'gotoassist', vendorId: session.expertUserKey, name: session.expertName ?? '', email: session.expertEmail?.toLowerCase() ?? null }
      : null,
    customer: { name: session.customerName, company: null, email: session.customerEmail },
    externalKey: session.partnerObject,
    recordingUrl: session.sessionRecordingUrl,
    feedback: { rating: session.rating, comment: session.feedback, resolution: session.resolution === null ? null : session.resolution === 'resolved' ? 'RESOLVED' : 'UNRESOLVED' },
  };
}

function participant(type: string | null): ParticipantKind {
  return type === 'expert' ? 'AGENT' : type === 'customer' ? 'CUSTOMER' : 'SYSTEM';
}

export function toSessionEvent(event: GoToAssistEvent): SupportSessionEvent {
  return {
    kind: EVENT_KINDS[event.eventType] ?? 'OTHER',
    vendorType: event.eventType,
    at: event.timeStamp,
    by: event.participantName ? { kind: participant(event.participantType), name: event.participantName } : null,
    to: null,
    body: event.content,
    fileName: event.fileName,
    fileSize: event.fileSize,
  };
}

export function toIdentity(agent: GoToAssistAgent): AgentIdentity {
  return { vendor: 'gotoassist', vendorId: agent.userKey, name: agent.name, email: agent.email?.toLowerCase() ?? null, status: agent.status.toUpperCase() as AgentIdentity['status'], teamIds: [] };
}

export function toSupportQueue(queue: GoToAssistQueue): SupportQueue {
  return {
    vendor: 'gotoassist',
    vendorId: queue.portalKey,
    name: queue.portalName,
    waitingCount: queue.waitingCount,
    longestWaitSeconds: queue.longestWaitSeconds,
    teamId: null,
    memberIds: queue.expertUserKeys,
  };
}
