/** GoToAssist Remote Support records as the simulator stores them; serialize.ts writes the wire JSON. */

export type AssistStatus = 'waiting' | 'active' | 'complete' | 'abandoned' | 'notStarted';
export type ExpertStatus = 'available' | 'busy' | 'away' | 'offline';

export interface AssistExpert {
  /** int64 key (a number in listings, a string on one session: a real GoTo quirk). */
  userKey: string;
  name: string;
  email: string;
  status: ExpertStatus;
  portalKeys: string[];
}

/** An entry portal and its queue (modeled: the fact sheet names "entry portal information"). */
export interface AssistPortal {
  portalKey: string;
  name: string;
}

export interface AssistEvent {
  at: number;
  /** Modeled names: the transcript's nesting and event names are not public. */
  eventType: 'chatMessage' | 'fileTransfer' | 'note' | 'transfer' | 'customerJoined' | 'sessionEnded';
  participantType: 'expert' | 'customer' | 'system';
  participantName: string;
  content: string;
  fileName?: string;
  fileSize?: number;
}

export interface AssistSession {
  sessionId: string;
  sessionStartToken: string;
  status: AssistStatus;
  createdAt: number;
  startedAt: number | null;
  customerJoinedAt: number | null;
  endedAt: number | null;
  partnerObject: string;
  partnerObjectUrl: string;
  customerName: string;
  customerEmail: string;
  expertUserKey: string | null;
  portalKey: string;
  callbackUrl: string | null;
  recorded: boolean;
  rating: number | null;
  feedback: string | null;
  resolution: 'resolved' | 'unresolved' | null;
  notes: string;
  collaborators: string[];
  events: AssistEvent[];
}

export interface ConnectionCode {
  code: string;
  externalId: string;
  agentKey: string | null;
  sessionId: string | null;
  expiresAt: number;
  cancelled: boolean;
}

/** A session that was just created and waits for its customer. */
export function waitingSession(
  fields: Pick<AssistSession, 'sessionId' | 'sessionStartToken' | 'createdAt' | 'customerName' | 'customerEmail' | 'expertUserKey' | 'portalKey'> &
    Partial<Pick<AssistSession, 'partnerObject' | 'partnerObjectUrl' | 'callbackUrl'>>,
): AssistSession {
  return {
    partnerObject: '',
    partnerObjectUrl: '',
    callbackUrl: null,
    ...fields,
    status: 'waiting',
    startedAt: fields.createdAt,
    customerJoinedAt: null,
    endedAt: null,
    recorded: false,
    rating: null,
    feedback: null,
    resolution: null,
    notes: '',
    collaborators: [],
    events: [],
  };
}

/** The customer joined (the transcript's first line once someone is connected). */
export function joinedEvent(session: Pick<AssistSession, 'customerName'>, at: number): AssistEvent {
  return { at, eventType: 'customerJoined', participantType: 'customer', participantName: session.customerName, content: `${session.customerName} joined` };
}

export function endedEvent(at: number): AssistEvent {
  return { at, eventType: 'sessionEnded', participantType: 'system', participantName: 'System', content: 'Session ended' };
}
