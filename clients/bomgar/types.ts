/** Bomgar / BeyondTrust RS records as the client returns them: camelCase, ids and keys as strings, times ISO-8601 UTC. */

export interface BomgarLoggedInRep {
  id: string;
  displayName: string;
  publicDisplayName: string;
  privateDisplayName: string;
  /** Present on sites that print it (the login; an email on SAML sites). */
  username: string | null;
  type: string;
  directLink: string | null;
  loggedInSince: string | null;
  supportSessionCount: number;
  presentationCount: number;
  showingOnRepList: boolean;
}

export interface BomgarTeamMember {
  id: string;
  username: string | null;
  displayName: string | null;
}

export interface BomgarSupportTeam {
  id: string;
  name: string;
  codeName: string | null;
  members: BomgarTeamMember[];
  /** The team queue (modeled `<queue>` element); null when the site does not print it. */
  queue: BomgarQueueStatus | null;
}

export interface BomgarQueueStatus {
  waitingCount: number;
  longestWaitSeconds: number;
}

/** `get_support_teams`: the teams, and the general queue (modeled `<general_queue>`; null when not printed). */
export interface BomgarSupportTeams {
  teams: BomgarSupportTeam[];
  generalQueue: BomgarQueueStatus | null;
}

/** Where a session key or a transfer sends the customer. */
export type BomgarQueue =
  | { kind: 'general' }
  | { kind: 'team'; id: string }
  | { kind: 'rep'; id: string }
  | { kind: 'rep_username'; username: string }
  | { kind: 'issue'; codeName: string };

export interface BomgarSessionKey {
  shortKey: string;
  expiresAt: string | null;
  keyUrl: string;
  mailBody: string | null;
}

export interface BomgarActor {
  type: string;
  gsnumber: string;
  name: string;
}

export interface BomgarSessionEvent {
  timestamp: string | null;
  eventType: string;
  performedBy: BomgarActor | null;
  destination: BomgarActor | null;
  body: string | null;
  filename: string | null;
  filesize: number | null;
  data: Record<string, string>;
}

export interface BomgarSessionCustomer {
  gsnumber: string;
  username: string | null;
  hostname: string | null;
  os: string | null;
  publicIp: string | null;
  privateIp: string | null;
  name: string | null;
  company: string | null;
  companyCode: string | null;
  issue: string | null;
  details: string | null;
}

export interface BomgarSessionRep {
  gsnumber: string;
  id: string;
  username: string | null;
  displayName: string;
  primary: boolean;
  secondsInvolved: number;
}

export interface BomgarSupportSession {
  lsid: string;
  sessionType: string;
  startTime: string | null;
  /** null while the session waits or runs. */
  endTime: string | null;
  durationSeconds: number;
  publicSite: { id: string; name: string } | null;
  /** The queue the session came through (modeled element); `team:ID`, `rep:ID` or `general`. */
  queue: { id: string; name: string } | null;
  externalKey: string | null;
  customAttributes: Record<string, string>;
  fileTransferCount: number;
  primaryCustomer: { gsnumber: string; name: string } | null;
  primaryRep: { gsnumber: string; id: string; name: string } | null;
  customers: BomgarSessionCustomer[];
  reps: BomgarSessionRep[];
  events: BomgarSessionEvent[];
  recordingUrl: string | null;
}

export interface BomgarSessionSummary {
  lsid: string;
  startTime: string | null;
  endTime: string | null;
  externalKey: string | null;
  publicSite: { id: string; name: string } | null;
  primaryRepId: string | null;
}

export interface BomgarExitSurvey {
  lsid: string;
  submittedAt: string | null;
  submittedBy: 'customer' | 'rep';
  answers: { id: string; name: string; label: string; answer: string }[];
}

export interface BomgarApiInfo {
  apiVersion: string;
  timestamp: string | null;
  permissions: Record<string, string>;
}

/** `check_health`: the appliance's own view of its health and failover role. */
export interface BomgarHealth {
  /** The appliance's hostname and GUID. */
  appliance: string;
  applianceId: string;
  /** Software version and build, as printed (e.g. `24.3.1 (build 4170)`). */
  version: string;
  healthy: boolean;
  /** Why the check failed; null when it passed. */
  errorMessage: string | null;
  /** `none` (no failover), `primary` or `backup`. */
  failoverRole: string;
}

/** A report window: sessions that started in [from, to). */
export interface BomgarWindow {
  from: Date;
  to: Date;
}
