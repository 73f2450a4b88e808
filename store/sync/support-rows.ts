import type { SessionFeedback, SupportSession, SupportSessionEvent } from '../../domain/support.js';
import {
  HistorySessionEventSchema,
  HistorySupportSessionSchema,
  type HistoryFields,
  type HistorySessionEvent,
  type HistorySupportSession,
} from '../entities/index.js';
import { rowBatch, type RowBatch } from './types.js';

const at = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

/**
 * Support sessions (Bomgar, GoToAssist), already in the vendor-neutral model the resolvers use,
 * as history rows: the sessions, and their events replacing what the store held for them.
 */
export function supportSessionBatches(sessions: { session: SupportSession; events: SupportSessionEvent[]; feedback: SessionFeedback | null }[]): RowBatch[] {
  return [
    rowBatch(HistorySupportSessionSchema, sessions.map(({ session, events, feedback }) => sessionRow(session, events.length, feedback))),
    rowBatch(
      HistorySessionEventSchema,
      sessions.flatMap(({ session, events }) => events.map((event, seq) => eventRow(session, event, seq))),
      { field: 'sessionVendorId', parentIds: sessions.map(({ session }) => session.vendorId) },
    ),
  ];
}

/** Whether the vendor may still change the session (it waits or runs). */
export function isOpen(session: SupportSession): boolean {
  return session.status === 'WAITING' || session.status === 'ACTIVE';
}

function sessionRow(session: SupportSession, eventCount: number, feedback: SessionFeedback | null): HistoryFields<HistorySupportSession> {
  return {
    vendor: session.vendor,
    vendorId: session.vendorId,
    status: session.status,
    startedAt: at(session.startedAt),
    endedAt: at(session.endedAt),
    // A running session's duration grows by the second: not history yet (and a rerun would rewrite it).
    durationSeconds: isOpen(session) ? null : session.durationSeconds,
    portal: session.portal,
    queueId: session.queueId,
    teamId: session.teamId,
    agentId: session.agent?.vendorId ?? null,
    agentName: session.agent?.name ?? null,
    agentEmail: session.agent?.email ?? null,
    customerName: session.customer.name,
    customerCompany: session.customer.company,
    customerEmail: session.customer.email,
    externalKey: session.externalKey || null,
    recordingUrl: session.recordingUrl,
    rating: feedback?.rating ?? null,
    feedback: feedback?.comment ?? null,
    resolution: feedback?.resolution ?? null,
    eventCount,
  };
}

function eventRow(session: SupportSession, event: SupportSessionEvent, seq: number): HistoryFields<HistorySessionEvent> {
  return {
    vendor: session.vendor,
    vendorId: `${session.vendorId}#${seq}`,
    sessionVendorId: session.vendorId,
    seq,
    at: at(event.at),
    kind: event.kind,
    vendorType: event.vendorType,
    byKind: event.by?.kind ?? null,
    byName: event.by?.name ?? null,
    toKind: event.to?.kind ?? null,
    toName: event.to?.name ?? null,
    body: event.body,
    fileName: event.fileName,
    fileSize: event.fileSize,
  };
}
