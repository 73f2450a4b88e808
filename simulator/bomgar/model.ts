/** Bomgar / BeyondTrust RS records as the simulator stores them; report-xml.ts and command.ts write them as XML. */

export interface BomgarPublicSite {
  id: number;
  name: string;
}

export interface BomgarTeam {
  id: number;
  name: string;
  codeName: string;
}

export interface BomgarRep {
  id: number;
  /** The login; on this site (SAML sign-in) it is the rep's email (modeled, see README). */
  username: string;
  displayName: string;
  publicDisplayName: string;
  privateDisplayName: string;
  teamIds: number[];
  /** Virtual-clock ms of the login, or null when logged out. */
  loggedInSince: number | null;
  /** Showing on the public site's rep list (false: the rep set themselves away). */
  showingOnRepList: boolean;
}

/** Where a session waits: the general queue, a team's queue or a rep's personal queue. */
export type QueueRef = { kind: 'general' } | { kind: 'team'; id: number } | { kind: 'rep'; id: number };

export interface SessionCustomer {
  gsnumber: number;
  name: string;
  company: string;
  companyCode: string;
  issue: string;
  details: string;
  username: string;
  hostname: string;
  os: string;
  publicIp: string;
  privateIp: string;
}

export interface SessionRepEntry {
  gsnumber: number;
  repId: number;
  secondsInvolved: number;
}

export type ActorKind = 'customer' | 'representative' | 'system';

export interface SessionActor {
  kind: ActorKind;
  gsnumber: number;
  name: string;
}

export interface SessionEvent {
  at: number;
  type: string;
  performedBy: SessionActor;
  destination?: SessionActor;
  body?: string;
  filename?: string;
  filesize?: number;
  data?: Record<string, string>;
}

export interface SurveyAnswer {
  id: number;
  name: string;
  label: string;
  type: 'radio' | 'text';
  answer: string;
}

export interface BomgarSession {
  lsid: string;
  lseq: number;
  startTime: number;
  /** null while the customer waits or the session runs. */
  endTime: number | null;
  publicSiteId: number;
  queue: QueueRef;
  externalKey: string;
  customAttributes: Record<string, string>;
  customer: SessionCustomer;
  reps: SessionRepEntry[];
  /** The rep who owns the session now (or last did); null while nobody accepted it. */
  primaryRepId: number | null;
  events: SessionEvent[];
  custSurvey: SurveyAnswer[] | null;
  repSurvey: SurveyAnswer[] | null;
  recorded: boolean;
}

export interface BomgarSessionKey {
  shortKey: string;
  expires: number;
  queue: QueueRef;
  externalKey: string;
  /** Further `session.custom.*` attributes the session gets when a customer starts it (external_key apart). */
  customAttributes: Record<string, string>;
  /** Set once a customer started a session with it. */
  lsid: string | null;
}

export interface BomgarSeedData {
  sites: BomgarPublicSite[];
  teams: BomgarTeam[];
  reps: BomgarRep[];
  sessions: BomgarSession[];
}
