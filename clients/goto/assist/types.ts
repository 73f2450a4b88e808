/** GoToAssist Remote Support records as the client returns them: keys as strings, times ISO-8601 UTC. */

export type GoToAssistStatus = 'waiting' | 'active' | 'complete' | 'abandoned' | 'notStarted';

export interface GoToAssistSession {
  sessionId: string;
  status: GoToAssistStatus;
  customerJoinUrl: string | null;
  partnerObject: string | null;
  partnerObjectUrl: string | null;
  startedAt: string | null;
  customerJoinedAt: string | null;
  endedAt: string | null;
  expertName: string | null;
  expertEmail: string | null;
  expertUserKey: string | null;
  customerName: string | null;
  customerEmail: string | null;
  sessionRecordingUrl: string | null;
  /** Modeled: the entry portal, the customer's rating (1–5) and comment, and the resolution. */
  portalKey: string | null;
  portalName: string | null;
  rating: number | null;
  feedback: string | null;
  resolution: 'resolved' | 'unresolved' | null;
  /** Only on `GET /sessions/{id}`. */
  notes?: string;
  collaborators?: string[];
}

export interface GoToAssistEvent {
  timeStamp: string | null;
  eventType: string;
  participantType: string | null;
  participantName: string | null;
  content: string | null;
  fileName: string | null;
  fileSize: number | null;
}

export interface GoToAssistCreated {
  sessionId: string;
  customerJoinUrl: string | null;
  launchUrl: string;
}

/** Modeled monitor records. */
export interface GoToAssistAgent {
  userKey: string;
  name: string;
  email: string | null;
  status: 'available' | 'busy' | 'away' | 'offline';
  activeSessions: string[];
  portalKeys: string[];
}

export interface GoToAssistQueue {
  portalKey: string;
  portalName: string;
  waitingCount: number;
  longestWaitSeconds: number;
  expertUserKeys: string[];
}

export interface GoToAssistCode {
  code: string;
  expiresAt: string | null;
}
