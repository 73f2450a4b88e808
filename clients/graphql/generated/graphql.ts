/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 instant, such as 2026-01-05T09:00:00Z. */
  DateTime: { input: string; output: string; }
};

/** A support agent: one person across vendors, matched by email. Looked up by id (node), an agent that only a vendor that could not answer knows reads as null; agentByEmail tells that case apart. */
export type Agent = Node & {
  __typename?: 'Agent';
  /** Sessions the agent is in now, across vendors. */
  activeSessions?: Maybe<Array<SupportSession>>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  identities: Array<AgentIdentity>;
  name: Scalars['String']['output'];
  /** Busy in any vendor is BUSY; else AVAILABLE in any; else AWAY; OFFLINE only when offline everywhere. */
  status: AgentStatus;
  teams?: Maybe<Array<SupportTeam>>;
  /** Vendors whose agents could not be read for this answer. The agent may have an account there that `identities` lacks, and `status` leaves it out (someone busy in that vendor can show AVAILABLE): show the agent as incomplete and retry later, or check that vendor directly. Empty when every vendor answered. */
  unavailableVendors: Array<UnavailableVendor>;
};

/** One of an agent's accounts at a vendor (a Bomgar rep, a GoToAssist expert, ...). */
export type AgentIdentity = {
  __typename?: 'AgentIdentity';
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  status: AgentStatus;
  vendor: Vendor;
  vendorId: Scalars['String']['output'];
};

/** Agents across vendors; vendors that could not answer are named in unavailableVendors. */
export type AgentList = {
  __typename?: 'AgentList';
  nodes: Array<Agent>;
  /** Vendors that could not answer: their records are missing. */
  unavailableVendors: Array<UnavailableVendor>;
};

/** The calling agent cannot dial now (on a call, on a break, signed out of Ameyo); try again when ready. */
export type AgentNotReady = Error & {
  __typename?: 'AgentNotReady';
  message: Scalars['String']['output'];
  /** Ameyo's state for the agent (busy, break, offline), when it said. */
  state?: Maybe<Scalars['String']['output']>;
};

/** A one-time single sign-on into Zendesk for the calling agent. */
export type AgentSignOn = {
  __typename?: 'AgentSignOn';
  expiresAt: Scalars['DateTime']['output'];
  /** Open it in the agent’s browser; Zendesk accepts it once. */
  url: Scalars['String']['output'];
};

export type AgentStatus =
  | 'AVAILABLE'
  | 'AWAY'
  | 'BUSY'
  | 'OFFLINE';

/** One vendor account of an agent changed status (a new account: previousStatus null; one that left the vendor's roster: OFFLINE). */
export type AgentStatusChange = {
  __typename?: 'AgentStatusChange';
  /** The person as they are now, across vendors. */
  agent: Agent;
  at: Scalars['DateTime']['output'];
  /** The account whose status changed. */
  identity: AgentIdentity;
  previousStatus?: Maybe<AgentStatus>;
  /** The account's new status. */
  status: AgentStatus;
};

export type AgentStatusFilter = {
  /** An Agent id: only this person. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** A SupportTeam id: only accounts in it. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Only accounts at this vendor. */
  vendor?: InputMaybe<Vendor>;
};

/** An alert a rule raised from the live board. */
export type Alert = {
  __typename?: 'Alert';
  /** When it was acknowledged. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key label of the manager who acknowledged this firing (acknowledgeAlert); null: nobody yet. */
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** When it fired (or resolved). */
  at: Scalars['DateTime']['output'];
  /** One per rule and subject (a queue, a vendor, a session): a condition's FIRING and RESOLVED share it, and so does its next FIRING. */
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  queue?: Maybe<Queue>;
  rule: AlertRule;
  session?: Maybe<SupportSession>;
  state: AlertState;
  /** The figure compared with the threshold (customers, seconds, stars); null for reachability. */
  value?: Maybe<Scalars['Int']['output']>;
  vendor: Vendor;
};

/** QUEUE_WAITING: customers waiting in a queue ≥ threshold; LONGEST_WAIT: the longest wait ≥ threshold seconds; RATING_AT_MOST: a session rated ≤ threshold (1–5); RATING_AT_LEAST: a session rated ≥ threshold (1–5); VENDOR_UNREACHABLE: a polled vendor stopped answering. Rating alerts are one-off events (FIRING only); the others are conditions. */
export type AlertKind =
  | 'LONGEST_WAIT'
  | 'QUEUE_WAITING'
  | 'RATING_AT_LEAST'
  | 'RATING_AT_MOST'
  | 'VENDOR_UNREACHABLE';

/** What makes the live engine raise an alert. */
export type AlertRule = {
  __typename?: 'AlertRule';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key label of the admin who made it. */
  createdBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AlertKind;
  source: AlertRuleSource;
  /** Customers, seconds or stars, by kind; null for VENDOR_UNREACHABLE. */
  threshold?: Maybe<Scalars['Int']['output']>;
  /** Only this vendor; null: every vendor. */
  vendor?: Maybe<Vendor>;
};

export type AlertRuleInput = {
  kind: AlertKind;
  /** Required except for VENDOR_UNREACHABLE: customers (QUEUE_WAITING), seconds (LONGEST_WAIT) or stars 1–5 (RATING_AT_MOST, RATING_AT_LEAST). */
  threshold?: InputMaybe<Scalars['Int']['input']>;
  /** Only this vendor (GOTO_ASSIST, BOMGAR, AMEYO); omitted: every vendor. */
  vendor?: InputMaybe<Vendor>;
};

/** CONFIG: from LIVE_ALERT_RULES (changed only there); ADMIN: made with createAlertRule. */
export type AlertRuleSource =
  | 'ADMIN'
  | 'CONFIG';

/** FIRING: the condition started to hold (or a session was rated); RESOLVED: the condition stopped holding, or its rule was deleted. */
export type AlertState =
  | 'FIRING'
  | 'RESOLVED';

/** The person was already registered: their existing registration. */
export type AlreadyRegistered = Error & {
  __typename?: 'AlreadyRegistered';
  message: Scalars['String']['output'];
  registrant: Registrant;
};

/** One person's attendance at a webinar or training session. */
export type Attendance = {
  __typename?: 'Attendance';
  contact?: Maybe<Contact>;
  durationSeconds: Scalars['Int']['output'];
  email: Scalars['String']['output'];
  /** When they joined and left (more than once if they dropped out). */
  joins: Array<TimeRange>;
  name: Scalars['String']['output'];
  registrantKey?: Maybe<Scalars['String']['output']>;
  sessionKey?: Maybe<Scalars['String']['output']>;
  vendor: Vendor;
};

/** A contact-centre call (Ameyo), with the ticket and contact the gateway linked to it. */
export type Call = Node & {
  __typename?: 'Call';
  /** The person who took or made the call (their identities across vendors, matched by email). */
  agent?: Maybe<Agent>;
  /** The Ameyo user who took or made the call. */
  agentUserId?: Maybe<Scalars['String']['output']>;
  /** Ameyo’s call type, e.g. inbound.call.dial or outbound.manual.dial. */
  callType: Scalars['String']['output'];
  callbackAt?: Maybe<Scalars['DateTime']['output']>;
  /** The Ameyo campaign id. */
  campaign: Scalars['String']['output'];
  contact?: Maybe<Contact>;
  direction: CallDirection;
  /** The disposition code the agent closed the call with. */
  disposition?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  holdSeconds?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The ticket number the caller typed in the IVR. */
  ivrTicketNumber?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<CallOutcome>;
  /** The customer’s number, in E.164 when it reads as one. */
  phone: Scalars['String']['output'];
  recordingUrl?: Maybe<Scalars['String']['output']>;
  ringSeconds?: Maybe<Scalars['Int']['output']>;
  startedAt: Scalars['DateTime']['output'];
  systemDisposition?: Maybe<Scalars['String']['output']>;
  talkSeconds?: Maybe<Scalars['Int']['output']>;
  ticket?: Maybe<Ticket>;
  vendor: Vendor;
  /** Ameyo’s crtObjectId. */
  vendorId: Scalars['String']['output'];
};

export type CallDirection =
  | 'INBOUND'
  | 'OUTBOUND';

/** What the gateway found for the caller when the call connected. */
export type CallOutcome =
  /** Out of the campaign’s hours: a call-back ticket was created. */
  | 'AFTER_HOURS'
  /** A contact with the caller’s number. */
  | 'CONTACT'
  /** An outbound call: linked to the contact with the number, if any. */
  | 'DIALLED'
  /** Nobody had the number: a contact was created for the agent to complete. */
  | 'NEW_CONTACT'
  /** The caller typed a ticket number in the IVR: that ticket. */
  | 'TICKET';

export type CancelledConnectionCode = {
  __typename?: 'CancelledConnectionCode';
  code: Scalars['String']['output'];
  vendor: Vendor;
};

/** One entry in a ticket conversation: a public reply or an internal note. */
export type Comment = {
  __typename?: 'Comment';
  author?: Maybe<Contact>;
  /** Plain text. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  htmlBody?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** False for an internal note. */
  public: Scalars['Boolean']['output'];
  vendorId: Scalars['String']['output'];
};

export type CommentInput = {
  body: Scalars['String']['input'];
  /** Visible to the requester; default false (an internal note). */
  public?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Audio for a meeting: phone, free conference call, hybrid, private line, or computer audio (VoIP). */
export type ConferenceCallInfo =
  | 'FREE'
  | 'HYBRID'
  | 'PRIVATE'
  | 'PSTN'
  | 'VOIP';

/** One saved copy of a vendor appliance's software configuration (BOMGAR_BACKUP_DIR). */
export type ConfigurationBackup = {
  __typename?: 'ConfigurationBackup';
  /** When the download started. */
  createdAt: Scalars['DateTime']['output'];
  /** The file name in the backup directory, e.g. bomgar-20260105T090000.000Z.nsb. */
  file: Scalars['String']['output'];
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: Scalars['String']['output'];
  /** Bytes (a Float: a backup may pass 2 GiB). */
  size: Scalars['Float']['output'];
  /** The name the appliance gave the file, when it gave one. */
  vendorFileName?: Maybe<Scalars['String']['output']>;
};

/** A person the helpdesk knows (a Zendesk user): a customer, or staff. */
export type Contact = Node & {
  __typename?: 'Contact';
  /** Calls with this contact, newest first. */
  calls: Array<Call>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** The contact's webinar and training registrations and attendance and meeting attendance, joined by email across GoToWebinar, GoToTraining and GoToMeeting. A product that cannot answer is named in unavailableVendors. From the store when it covers the range for all three (source, syncedAt). */
  events?: Maybe<ContactEvents>;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** As the helpdesk stores it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** end-user, agent or admin. */
  role: Scalars['String']['output'];
  /** Tickets this contact requested. */
  tickets?: Maybe<ContactTicketsConnection>;
  updatedAt: Scalars['DateTime']['output'];
  vendor: Vendor;
  vendorId: Scalars['String']['output'];
};


/** A person the helpdesk knows (a Zendesk user): a customer, or staff. */
export type ContactCallsArgs = {
  first?: Scalars['Int']['input'];
};


/** A person the helpdesk knows (a Zendesk user): a customer, or staff. */
export type ContactEventsArgs = {
  range?: InputMaybe<DateRange>;
};


/** A person the helpdesk knows (a Zendesk user): a customer, or staff. */
export type ContactTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TicketStatus>;
};

/** A registration or attendance on a contact's timeline. */
export type ContactEvent = {
  __typename?: 'ContactEvent';
  at?: Maybe<Scalars['DateTime']['output']>;
  /** Time attended. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  kind: ContactEventKind;
  /** For meeting attendance: the held instance. */
  meeting?: Maybe<Meeting>;
  /** For registrations. */
  status?: Maybe<RegistrationStatus>;
  title: Scalars['String']['output'];
  training?: Maybe<Training>;
  vendor: Vendor;
  webinar?: Maybe<Webinar>;
};

export type ContactEventKind =
  | 'MEETING_ATTENDANCE'
  | 'TRAINING_ATTENDANCE'
  | 'TRAINING_REGISTRATION'
  | 'WEBINAR_ATTENDANCE'
  | 'WEBINAR_REGISTRATION';

export type ContactEvents = {
  __typename?: 'ContactEvents';
  /** Newest first. */
  events: Array<ContactEvent>;
  /** LIVE: current, read from the vendors now (what the store holds settled may come from it). STORE: read from the synced store, which covered the whole range. */
  source: DataSource;
  /** For STORE: when the oldest of the synced vendor resources read was last synced. Null for LIVE. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  unavailableVendors: Array<UnavailableVendor>;
};

export type ContactTicketsConnection = {
  __typename?: 'ContactTicketsConnection';
  edges: Array<ContactTicketsConnectionEdge>;
  pageInfo: PageInfo;
};

export type ContactTicketsConnectionEdge = {
  __typename?: 'ContactTicketsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

/** A person's history across every vendor, oldest first, from the store. */
export type ContactTimeline = {
  __typename?: 'ContactTimeline';
  /** True when the store held every record of the range for every vendor the report reads; false when a sync has not reached (part of) it yet, so figures may be short. */
  complete: Scalars['Boolean']['output'];
  contact?: Maybe<Contact>;
  /** The email matched (lower-cased). */
  email?: Maybe<Scalars['String']['output']>;
  entries: Array<TimelineEntry>;
  /** The phone number matched (E.164). */
  phone?: Maybe<Scalars['String']['output']>;
  /** LIVE: current, read from the vendors now (what the store holds settled may come from it). STORE: read from the synced store, which covered the whole range. */
  source: DataSource;
  /** For STORE: when the oldest of the synced vendor resources read was last synced. Null for LIVE. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CreateContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  externalId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Stored in E.164 when it can be read as a phone number. A number another contact already has is refused (ValidationError on input.phone, naming that contact). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateMeetingInput = {
  /** Default VOIP. */
  conferenceCallInfo?: InputMaybe<ConferenceCallInfo>;
  /** Required unless the type is IMMEDIATE. */
  end?: InputMaybe<Scalars['DateTime']['input']>;
  /** An Organizer id (or organizer key) to schedule it for: any active organizer of the account licensed for GoToMeeting. Default: the organizer the gateway's GoTo credential signs in as. */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  passwordRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required unless the type is IMMEDIATE; not in the past. */
  start?: InputMaybe<Scalars['DateTime']['input']>;
  /** At most 100 characters. */
  subject: Scalars['String']['input'];
  /** Default SCHEDULED. */
  type?: InputMaybe<MeetingType>;
};

export type CreateTicketInput = {
  /** A Contact id or Zendesk user id of an agent. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The first comment: what the requester needs. */
  description: Scalars['String']['input'];
  externalId?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<TicketPriority>;
  requester: RequesterInput;
  status?: InputMaybe<TicketStatus>;
  /** At most 150 characters. */
  subject: Scalars['String']['input'];
  /** Single words; at most 50. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type?: InputMaybe<TicketType>;
};

/** Where an answer came from: the vendors, asked now (LIVE), or the store `switchboard sync` keeps (STORE). */
export type DataSource =
  /** Current: read from the vendors now (records the store holds as they ended, such as sessions that started before its last sync, may come from the store). */
  | 'LIVE'
  /** Read from the store, which held every record of the requested range (see syncedAt for its age). */
  | 'STORE';

export type DateRange = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** A record that was removed (or cancelled). */
export type Deleted = {
  __typename?: 'Deleted';
  /** The id of the removed record. */
  id: Scalars['ID']['output'];
};

export type Error = {
  message: Scalars['String']['output'];
};

/** A held session of a webinar or training. */
export type EventSession = {
  __typename?: 'EventSession';
  attendeeCount?: Maybe<Scalars['Int']['output']>;
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
  /** GoTo's session key. */
  vendorId: Scalars['String']['output'];
};

/** One input field that failed validation. */
export type FieldIssue = {
  __typename?: 'FieldIssue';
  /** Dotted path of the input field, e.g. input.requester.email. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type FrequentAttendee = {
  __typename?: 'FrequentAttendee';
  contact?: Maybe<Contact>;
  email?: Maybe<Scalars['String']['output']>;
  /** Meetings of the group they attended. */
  meetings: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** Key figures across every vendor from the store over a window (definitions in docs/wallboard.md). Ratios are 0 to 1; null when there is nothing to measure. */
export type Kpis = {
  __typename?: 'Kpis';
  /** Customers who gave up before an agent took them (ABANDONED sessions, unanswered inbound calls) / (taken + gave up). */
  abandonRate?: Maybe<Scalars['Float']['output']>;
  /** Mean time agents spent on what they took and finished: a session from the agent joining to its end; a call talk plus hold. */
  averageHandleSeconds?: Maybe<Scalars['Float']['output']>;
  /** Mean rating (1 to 5) of the rated sessions. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Mean wait of the customers taken whose wait is known: a session's start to its first agent joining; a call's ringing time. */
  averageSpeedOfAnswerSeconds?: Maybe<Scalars['Float']['output']>;
  /** Calls that started in the window, either direction. */
  calls: Scalars['Int']['output'];
  /** Calls that started in the same window one day earlier. */
  callsDayBefore: Scalars['Int']['output'];
  /** True when the store held every session and call of the window (and the day before); false while a sync has not reached it, so figures may be short. */
  complete: Scalars['Boolean']['output'];
  /** Ratings of 4 or 5 / rated sessions. */
  csat?: Maybe<Scalars['Float']['output']>;
  from: Scalars['DateTime']['output'];
  /** Rated sessions. */
  rated: Scalars['Int']['output'];
  /** Customers an agent took within serviceLevelSeconds / (customers taken whose wait is known + customers who gave up): sessions and inbound calls (4 decimals). */
  serviceLevel?: Maybe<Scalars['Float']['output']>;
  /** The threshold the service level was measured against. */
  serviceLevelSeconds: Scalars['Int']['output'];
  /** Remote-support sessions that started in the window, in any state. */
  sessions: Scalars['Int']['output'];
  /** Sessions that started in the same window one day earlier (today: by this time yesterday). */
  sessionsDayBefore: Scalars['Int']['output'];
  /** When the oldest of the synced resources read was last synced; null when one never was. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  to: Scalars['DateTime']['output'];
};

/** Everything a live dashboard shows, as the gateway last saw it. */
export type LiveBoard = {
  __typename?: 'LiveBoard';
  /** People across vendors, by name. */
  agents: Array<Agent>;
  /** The alerts firing now, as activeAlerts (manager). A dashboard opened late starts from these, then follows `alerts`. */
  alerts?: Maybe<Array<Alert>>;
  /** When the board last changed. */
  at: Scalars['DateTime']['output'];
  /** Today's key figures (from UTC midnight to now), from the store: as fresh as its last sync (see syncedAt). As kpis(range). */
  kpis: Kpis;
  /** Remote-support queues and Ameyo campaign queues. */
  queues: Array<Queue>;
  /** Sessions waiting or active now, oldest first. */
  sessions: Array<SupportSession>;
  /** Each polled vendor, once polled. */
  vendors: Array<LiveVendorStatus>;
};


/** Everything a live dashboard shows, as the gateway last saw it. */
export type LiveBoardKpisArgs = {
  serviceLevelSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** One liveBoard event. BOARD carries the whole board (the first event, and again when this subscriber fell behind: replace everything); the others carry one record as it is now: AGENT (the person, merged across vendors), QUEUE, SESSION, VENDOR (reachability), WEBINAR (GoToWebinar activity). `removed`: the agent or queue left the board, or the session stopped waiting or running (it ended or was abandoned). */
export type LiveBoardEvent = {
  __typename?: 'LiveBoardEvent';
  agent?: Maybe<Agent>;
  at: Scalars['DateTime']['output'];
  board?: Maybe<LiveBoard>;
  kind: LiveBoardEventKind;
  queue?: Maybe<Queue>;
  removed: Scalars['Boolean']['output'];
  session?: Maybe<SupportSession>;
  vendor?: Maybe<LiveVendorStatus>;
  webinar?: Maybe<WebinarActivity>;
};

export type LiveBoardEventKind =
  | 'AGENT'
  | 'BOARD'
  | 'QUEUE'
  | 'SESSION'
  | 'VENDOR'
  | 'WEBINAR';

/** Whether the live engine reaches a polled vendor. While it does not, the board keeps that vendor's last known records. */
export type LiveVendorStatus = {
  __typename?: 'LiveVendorStatus';
  /** While unreachable: UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, UPSTREAM_RATE_LIMITED or UPSTREAM_REJECTED. */
  code?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  reachable: Scalars['Boolean']['output'];
  /** When it became reachable or unreachable. */
  since: Scalars['DateTime']['output'];
  vendor: Vendor;
};

/** A GoToMeeting meeting. In a history listing, one held instance of it. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** Attendees of a held instance (from the history, without another call). */
  attendeeCount?: Maybe<Scalars['Int']['output']>;
  attendees?: Maybe<Array<MeetingAttendee>>;
  /** conferenceCallInfo as the option it names (what CreateMeetingInput takes); null when GoTo gave dial-in text. */
  audio?: Maybe<ConferenceCallInfo>;
  /** Audio options as GoTo states them (an option name, or dial-in text). */
  conferenceCallInfo?: Maybe<Scalars['String']['output']>;
  /** How long a held instance ran. */
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  end: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  joinUrl: Scalars['String']['output'];
  /** Null only when no GoTo listing names the meeting (a meeting deleted, or never held and no longer upcoming). */
  organizer?: Maybe<Organizer>;
  passwordRequired?: Maybe<Scalars['Boolean']['output']>;
  start: Scalars['DateTime']['output'];
  /** ACTIVE while running. Listed by group or account, only meetings scheduled within an hour of now are checked for running (GoTo marks those rows INACTIVE). */
  status: MeetingStatus;
  subject: Scalars['String']['output'];
  type?: Maybe<MeetingType>;
  vendor: Vendor;
  /** The meeting ID people join with. */
  vendorId: Scalars['String']['output'];
};

/** Someone who attended a held meeting. */
export type MeetingAttendee = {
  __typename?: 'MeetingAttendee';
  /** The helpdesk contact with the same email. */
  contact?: Maybe<Contact>;
  durationMinutes: Scalars['Int']['output'];
  email?: Maybe<Scalars['String']['output']>;
  joined: Scalars['DateTime']['output'];
  left: Scalars['DateTime']['output'];
  /** The held instance they attended. */
  meeting: Meeting;
  name: Scalars['String']['output'];
};

/** How meetings went for one organizer, group, day or meeting type. */
export type MeetingPattern = {
  __typename?: 'MeetingPattern';
  attendeesPerMeeting: Scalars['Float']['output'];
  averageMinutes: Scalars['Float']['output'];
  /** Organizer key, group key, the day (YYYY-MM-DD, UTC), or the MeetingType (UNKNOWN when GoTo named none). */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  meetings: Scalars['Int']['output'];
  /** LIVE: current, read from the vendors now (what the store holds settled may come from it). STORE: read from the synced store, which covered the whole range. */
  source: DataSource;
  /** For STORE: when the oldest of the synced vendor resources read was last synced. Null for LIVE. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The most frequent attendees (at most 5). */
  topAttendees: Array<FrequentAttendee>;
  totalMinutes: Scalars['Int']['output'];
};

export type MeetingPatternGrouping =
  | 'DAY'
  | 'GROUP'
  | 'ORGANIZER'
  | 'TYPE';

/** A started meeting and the link its organizer hosts it with. */
export type MeetingStart = {
  __typename?: 'MeetingStart';
  hostUrl: Scalars['String']['output'];
  meeting: Meeting;
};

export type MeetingStatus =
  | 'ACTIVE'
  | 'PAST'
  | 'UPCOMING';

/** Scheduled ahead (or running), or held. */
export type MeetingTime =
  | 'PAST'
  | 'UPCOMING';

export type MeetingType =
  | 'IMMEDIATE'
  | 'RECURRING'
  | 'SCHEDULED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Acknowledges a firing alert (an Alert id from activeAlerts or alerts): stored, and shown to every board as acknowledged by whom and when (the alert is sent again on `alerts`). The same condition firing again later starts unacknowledged. */
  acknowledgeAlert?: Maybe<MutationAcknowledgeAlertResult>;
  addTicketComment?: Maybe<MutationAddTicketCommentResult>;
  /** Signs the calling agent in to Zendesk (JWT SSO): a URL that opens Zendesk at `returnTo`. */
  agentSignOn?: Maybe<MutationAgentSignOnResult>;
  /** Cancels a GoToAssist connection code the customer has not used yet. */
  cancelConnectionCode?: Maybe<MutationCancelConnectionCodeResult>;
  /** Cancels a webinar or training registration. */
  cancelRegistration?: Maybe<MutationCancelRegistrationResult>;
  /** Names an unknown caller: the contact made for them gets the name and email (or the contact with that email becomes the call’s). An agent completes their own calls; a manager any call. */
  completeContact?: Maybe<MutationCompleteContactResult>;
  /** Adds a rule. It applies at once: a queue already over it, or a vendor already down, raises its alert now. */
  createAlertRule?: Maybe<MutationCreateAlertRuleResult>;
  createContact?: Maybe<MutationCreateContactResult>;
  /** Schedules a meeting for an organizer of the account (input.organizerId), by default the one the gateway's GoTo credential signs in as. Meeting writes need the manager role and reach every organizer's meetings (see docs/api.md, "Meetings"). */
  createMeeting?: Maybe<MutationCreateMeetingResult>;
  createTicket?: Maybe<MutationCreateTicketResult>;
  /** Deletes a rule admins made (configured rules change in LIVE_ALERT_RULES only); returns its id. */
  deleteAlertRule?: Maybe<MutationDeleteAlertRuleResult>;
  deleteMeeting?: Maybe<MutationDeleteMeetingResult>;
  deleteOrganizer?: Maybe<MutationDeleteOrganizerResult>;
  /** Click to call: Ameyo dials the number for the calling agent in the campaign. */
  dial?: Maybe<MutationDialResult>;
  /** Closes the call at Ameyo with a disposition code of its campaign. An agent disposes their own calls; a manager any call. */
  disposeCall?: Maybe<MutationDisposeCallResult>;
  /** Ends a running meeting: the instance just held (PAST, with its attendees and organizer). */
  endMeeting?: Maybe<MutationEndMeetingResult>;
  endSession?: Maybe<MutationEndSessionResult>;
  /** Registers a contact, or a name and email; someone already registered gets AlreadyRegistered with their registration. */
  registerForTraining?: Maybe<MutationRegisterForTrainingResult>;
  /** Registers a contact, or a name and email; someone already registered gets AlreadyRegistered with their registration. */
  registerForWebinar?: Maybe<MutationRegisterForWebinarResult>;
  /** Saves a Bomgar configuration backup now (joining one in progress), then keeps the newest BOMGAR_BACKUP_KEEP. */
  runBomgarBackup: ConfigurationBackup;
  /** Schedules Ameyo to call the customer back at a time. An agent schedules for their own calls; a manager for any call. */
  scheduleCallback?: Maybe<MutationScheduleCallbackResult>;
  /** Suspends an organizer (GoTo removes every product) or reactivates one by granting `product` (default MEETING). */
  setOrganizerStatus?: Maybe<MutationSetOrganizerStatusResult>;
  /** Stores the ticket on the session at the vendor (Bomgar external key; GoToAssist partnerObject, with the ticket's Zendesk agent URL as partnerObjectUrl) and records the link. */
  setSessionExternalKey?: Maybe<MutationSetSessionExternalKeyResult>;
  /** Signs up an organizer; an email already in the account is a ValidationError on input.email. */
  signUpOrganizer?: Maybe<MutationSignUpOrganizerResult>;
  startMeeting?: Maybe<MutationStartMeetingResult>;
  startSupportSession?: Maybe<MutationStartSupportSessionResult>;
  transferSession?: Maybe<MutationTransferSessionResult>;
  /** Changes any organizer's meeting. Moving only start or only end is checked against the meeting's other end; a start in the past is refused. */
  updateMeeting?: Maybe<MutationUpdateMeetingResult>;
  /** Changes a ticket; a `comment` in the input is added to its conversation (give an idempotencyKey to make a repeat safe). */
  updateTicket?: Maybe<MutationUpdateTicketResult>;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddTicketCommentArgs = {
  comment: CommentInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ticketId: Scalars['ID']['input'];
};


export type MutationAgentSignOnArgs = {
  returnTo?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelConnectionCodeArgs = {
  code: Scalars['String']['input'];
  vendor: Vendor;
};


export type MutationCancelRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteContactArgs = {
  callId: Scalars['ID']['input'];
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationCreateAlertRuleArgs = {
  input: AlertRuleInput;
};


export type MutationCreateContactArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateContactInput;
};


export type MutationCreateMeetingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateMeetingInput;
};


export type MutationCreateTicketArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateTicketInput;
};


export type MutationDeleteAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOrganizerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDialArgs = {
  campaign: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  phone: Scalars['String']['input'];
};


export type MutationDisposeCallArgs = {
  callId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
};


export type MutationEndMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndSessionArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationRegisterForTrainingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  registrant: RegistrantInput;
  trainingId: Scalars['ID']['input'];
};


export type MutationRegisterForWebinarArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  registrant: RegistrantInput;
  webinarId: Scalars['ID']['input'];
};


export type MutationScheduleCallbackArgs = {
  at: Scalars['DateTime']['input'];
  callId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetOrganizerStatusArgs = {
  id: Scalars['ID']['input'];
  product?: InputMaybe<OrganizerProduct>;
  status: OrganizerStatus;
};


export type MutationSetSessionExternalKeyArgs = {
  sessionId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type MutationSignUpOrganizerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SignUpOrganizerInput;
};


export type MutationStartMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartSupportSessionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: StartSupportSessionInput;
};


export type MutationTransferSessionArgs = {
  sessionId: Scalars['ID']['input'];
  to: SupportTargetInput;
};


export type MutationUpdateMeetingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMeetingInput;
};


export type MutationUpdateTicketArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateTicketInput;
};

export type MutationAcknowledgeAlertResult = MutationAcknowledgeAlertSuccess | NotFoundError;

export type MutationAcknowledgeAlertSuccess = {
  __typename?: 'MutationAcknowledgeAlertSuccess';
  alert: Alert;
};

export type MutationAddTicketCommentResult = MutationAddTicketCommentSuccess | NotFoundError | ValidationError;

export type MutationAddTicketCommentSuccess = {
  __typename?: 'MutationAddTicketCommentSuccess';
  ticket: Ticket;
};

export type MutationAgentSignOnResult = MutationAgentSignOnSuccess | ValidationError;

export type MutationAgentSignOnSuccess = {
  __typename?: 'MutationAgentSignOnSuccess';
  signOn: AgentSignOn;
};

export type MutationCancelConnectionCodeResult = MutationCancelConnectionCodeSuccess | NotFoundError | ValidationError;

export type MutationCancelConnectionCodeSuccess = {
  __typename?: 'MutationCancelConnectionCodeSuccess';
  cancelled: CancelledConnectionCode;
};

export type MutationCancelRegistrationResult = MutationCancelRegistrationSuccess | NotFoundError | ValidationError;

export type MutationCancelRegistrationSuccess = {
  __typename?: 'MutationCancelRegistrationSuccess';
  deleted: Deleted;
};

export type MutationCompleteContactResult = MutationCompleteContactSuccess | NotFoundError | ValidationError;

export type MutationCompleteContactSuccess = {
  __typename?: 'MutationCompleteContactSuccess';
  contact: Contact;
};

export type MutationCreateAlertRuleResult = MutationCreateAlertRuleSuccess | ValidationError;

export type MutationCreateAlertRuleSuccess = {
  __typename?: 'MutationCreateAlertRuleSuccess';
  rule: AlertRule;
};

export type MutationCreateContactResult = MutationCreateContactSuccess | ValidationError;

export type MutationCreateContactSuccess = {
  __typename?: 'MutationCreateContactSuccess';
  contact: Contact;
};

export type MutationCreateMeetingResult = MutationCreateMeetingSuccess | NotFoundError | ValidationError;

export type MutationCreateMeetingSuccess = {
  __typename?: 'MutationCreateMeetingSuccess';
  meeting: Meeting;
};

export type MutationCreateTicketResult = MutationCreateTicketSuccess | NotFoundError | ValidationError;

export type MutationCreateTicketSuccess = {
  __typename?: 'MutationCreateTicketSuccess';
  ticket: Ticket;
};

export type MutationDeleteAlertRuleResult = MutationDeleteAlertRuleSuccess | NotFoundError | ValidationError;

export type MutationDeleteAlertRuleSuccess = {
  __typename?: 'MutationDeleteAlertRuleSuccess';
  id: Scalars['ID']['output'];
};

export type MutationDeleteMeetingResult = MutationDeleteMeetingSuccess | NotFoundError | ValidationError;

export type MutationDeleteMeetingSuccess = {
  __typename?: 'MutationDeleteMeetingSuccess';
  deleted: Deleted;
};

export type MutationDeleteOrganizerResult = MutationDeleteOrganizerSuccess | NotFoundError | ValidationError;

export type MutationDeleteOrganizerSuccess = {
  __typename?: 'MutationDeleteOrganizerSuccess';
  deleted: Deleted;
};

export type MutationDialResult = AgentNotReady | MutationDialSuccess | NotFoundError | ValidationError;

export type MutationDialSuccess = {
  __typename?: 'MutationDialSuccess';
  call: Call;
};

export type MutationDisposeCallResult = MutationDisposeCallSuccess | NotFoundError | ValidationError;

export type MutationDisposeCallSuccess = {
  __typename?: 'MutationDisposeCallSuccess';
  call: Call;
};

export type MutationEndMeetingResult = MutationEndMeetingSuccess | NotFoundError | ValidationError;

export type MutationEndMeetingSuccess = {
  __typename?: 'MutationEndMeetingSuccess';
  meeting: Meeting;
};

export type MutationEndSessionResult = MutationEndSessionSuccess | NotFoundError | ValidationError;

export type MutationEndSessionSuccess = {
  __typename?: 'MutationEndSessionSuccess';
  session: SupportSession;
};

export type MutationRegisterForTrainingResult = AlreadyRegistered | MutationRegisterForTrainingSuccess | NotFoundError | ValidationError;

export type MutationRegisterForTrainingSuccess = {
  __typename?: 'MutationRegisterForTrainingSuccess';
  registrant: Registrant;
};

export type MutationRegisterForWebinarResult = AlreadyRegistered | MutationRegisterForWebinarSuccess | NotFoundError | ValidationError;

export type MutationRegisterForWebinarSuccess = {
  __typename?: 'MutationRegisterForWebinarSuccess';
  registrant: Registrant;
};

export type MutationScheduleCallbackResult = MutationScheduleCallbackSuccess | NotFoundError | ValidationError;

export type MutationScheduleCallbackSuccess = {
  __typename?: 'MutationScheduleCallbackSuccess';
  call: Call;
};

export type MutationSetOrganizerStatusResult = MutationSetOrganizerStatusSuccess | NotFoundError | ValidationError;

export type MutationSetOrganizerStatusSuccess = {
  __typename?: 'MutationSetOrganizerStatusSuccess';
  organizer: Organizer;
};

export type MutationSetSessionExternalKeyResult = MutationSetSessionExternalKeySuccess | NotFoundError | ValidationError;

export type MutationSetSessionExternalKeySuccess = {
  __typename?: 'MutationSetSessionExternalKeySuccess';
  session: SupportSession;
};

export type MutationSignUpOrganizerResult = MutationSignUpOrganizerSuccess | ValidationError;

export type MutationSignUpOrganizerSuccess = {
  __typename?: 'MutationSignUpOrganizerSuccess';
  organizer: Organizer;
};

export type MutationStartMeetingResult = MutationStartMeetingSuccess | NotFoundError | ValidationError;

export type MutationStartMeetingSuccess = {
  __typename?: 'MutationStartMeetingSuccess';
  start: MeetingStart;
};

export type MutationStartSupportSessionResult = MutationStartSupportSessionSuccess | NotFoundError | ValidationError;

export type MutationStartSupportSessionSuccess = {
  __typename?: 'MutationStartSupportSessionSuccess';
  started: StartedSupportSession;
};

export type MutationTransferSessionResult = MutationTransferSessionSuccess | NotFoundError | ValidationError;

export type MutationTransferSessionSuccess = {
  __typename?: 'MutationTransferSessionSuccess';
  session: SupportSession;
};

export type MutationUpdateMeetingResult = MutationUpdateMeetingSuccess | NotFoundError | ValidationError;

export type MutationUpdateMeetingSuccess = {
  __typename?: 'MutationUpdateMeetingSuccess';
  meeting: Meeting;
};

export type MutationUpdateTicketResult = MutationUpdateTicketSuccess | NotFoundError | ValidationError;

export type MutationUpdateTicketSuccess = {
  __typename?: 'MutationUpdateTicketSuccess';
  ticket: Ticket;
};

export type Node = {
  id: Scalars['ID']['output'];
};

/** The record the input named does not exist. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  id: Scalars['String']['output'];
  message: Scalars['String']['output'];
  resource: Scalars['String']['output'];
};

/** Someone licensed to host GoToMeeting meetings, webinars or trainings. */
export type Organizer = Node & {
  __typename?: 'Organizer';
  /** Attendee history of the organizer's meetings held in a range. */
  attendees?: Maybe<Array<MeetingAttendee>>;
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  group?: Maybe<OrganizerGroup>;
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** Most attendees one of their meetings may have. */
  maxAttendees?: Maybe<Scalars['Int']['output']>;
  /** The organizer's upcoming meetings, or those held in a range. */
  meetings?: Maybe<OrganizerMeetingsConnection>;
  name: Scalars['String']['output'];
  products: Array<OrganizerProduct>;
  status: OrganizerStatus;
  vendor: Vendor;
  /** GoTo's organizer key (int64, kept exact). */
  vendorId: Scalars['String']['output'];
};


/** Someone licensed to host GoToMeeting meetings, webinars or trainings. */
export type OrganizerAttendeesArgs = {
  range: DateRange;
};


/** Someone licensed to host GoToMeeting meetings, webinars or trainings. */
export type OrganizerMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  range?: InputMaybe<DateRange>;
  when: MeetingTime;
};

export type OrganizerFilter = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** An OrganizerGroup's vendorId (GoTo group key). */
  groupId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrganizerStatus>;
};

/** A group of organizers in the GoTo account. */
export type OrganizerGroup = {
  __typename?: 'OrganizerGroup';
  name: Scalars['String']['output'];
  organizerCount: Scalars['Int']['output'];
  organizers: Array<Organizer>;
  parentId?: Maybe<Scalars['String']['output']>;
  /** GoTo's group key. */
  vendorId: Scalars['String']['output'];
};

export type OrganizerMeetingsConnection = {
  __typename?: 'OrganizerMeetingsConnection';
  edges: Array<OrganizerMeetingsConnectionEdge>;
  pageInfo: PageInfo;
  /** LIVE: current, read from the vendors now (what the store holds settled may come from it). STORE: read from the synced store, which covered the whole range. */
  source: DataSource;
  /** For STORE: when the oldest of the synced vendor resources read was last synced. Null for LIVE. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type OrganizerMeetingsConnectionEdge = {
  __typename?: 'OrganizerMeetingsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

/** A GoTo product an organizer is licensed for. */
export type OrganizerProduct =
  | 'MEETING'
  | 'OPENVOICE'
  | 'TRAINING'
  | 'WEBINAR';

export type OrganizerStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type ParticipantKind =
  | 'AGENT'
  | 'CUSTOMER'
  | 'SYSTEM';

export type Query = {
  __typename?: 'Query';
  /** The alerts firing now, oldest first: queues over a rule, vendors down (rating alerts are one-off events, not kept). `alerts` follows them from here. */
  activeAlerts: Array<Alert>;
  /** The agent with this email across vendors. Null when every vendor answered and none knows the email. When a vendor that could not be read might be the only one to know it, the field fails with that vendor's typed error (extensions.code UPSTREAM_*, extensions.vendor) instead of a misleading null; an agent found elsewhere is returned with the failed vendor in `unavailableVendors`. */
  agentByEmail?: Maybe<Agent>;
  /** Agents across vendors, by name. */
  agents?: Maybe<AgentList>;
  /** Every alert rule in force: configured (LIVE_ALERT_RULES) first, then those admins made. */
  alertRules: Array<AlertRule>;
  /** The Bomgar configuration backups kept (newest first): complete files only, never one being written. */
  bomgarBackups: Array<ConfigurationBackup>;
  /** A call by its id or Ameyo crtObjectId. */
  call?: Maybe<Call>;
  /** Calls this gateway saw (Ameyo CRM pushes and dials) that started in [from, to), newest first: a dashboard's calls of the day. */
  calls: Array<Call>;
  /** A contact by its id or Zendesk user id. */
  contact?: Maybe<Contact>;
  /** One person's tickets, calls, remote-support sessions, meetings, webinars and trainings in time order across every vendor, from the store: matched by Zendesk user id, email and phone (and sessions by their tickets). Also as CSV: GET /reports/contact-timeline.csv?contact=&from=&to=. */
  contactTimeline?: Maybe<ContactTimeline>;
  contactsByEmail?: Maybe<Array<Contact>>;
  /** Contacts with this phone number, however the helpdesk stored it. */
  contactsByPhone?: Maybe<Array<Contact>>;
  /** Key figures from the store for sessions and calls that started in [from, to): service level, abandon rate, speed of answer, handle time, counts against the same window a day earlier, CSAT. */
  kpis: Kpis;
  /** The live board as this gateway holds it now (no vendor call): what liveBoard sends first. */
  liveBoard: LiveBoard;
  meeting?: Maybe<Meeting>;
  /** Attendee history of the meetings held in a range, per organizer, group or the account. */
  meetingAttendees?: Maybe<Array<MeetingAttendee>>;
  /** Meetings held in a range per organizer, group, day or meeting type (SCHEDULED, RECURRING, IMMEDIATE): count, total and average minutes, attendees per meeting, most frequent attendees. From the store when it covers the range (each row says: source, syncedAt). Also as CSV: GET /reports/meeting-patterns.csv. */
  meetingPatterns?: Maybe<Array<MeetingPattern>>;
  /** Meetings of one organizer, one group or (neither) the account: upcoming, or held in a range (one upstream call per group; from the store when it covers the range: see source and syncedAt). */
  meetings?: Maybe<QueryMeetingsConnection>;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
  organizer?: Maybe<Organizer>;
  organizerGroups?: Maybe<Array<OrganizerGroup>>;
  /** Organizers of the GoTo account (one upstream call), filtered by status, group or email. */
  organizers?: Maybe<Array<Organizer>>;
  /** Where to route a caller: the agent handling their unsolved tickets, when that agent is available in the contact centre. */
  preferredAgentFor?: Maybe<Agent>;
  /** Support queues across remote-support vendors, with who waits and for how long. */
  queues?: Maybe<QueueList>;
  /** The screen-pop of a call, by its id or Ameyo crtObjectId. */
  screenPop?: Maybe<ScreenPop>;
  supportSession?: Maybe<SupportSession>;
  /** Remote-support sessions across vendors, newest first. A vendor that fails is named in unavailableVendors; the others still list. Read from the store when it covers the window for every vendor listed (source, syncedAt). */
  supportSessions?: Maybe<SupportSessionConnection>;
  /** Remote-support figures from the store for sessions that started in [from, to), per agent, team, vendor or UTC day: sessions, average and p90 duration, resolution rate, average rating, sessions per ticket. Also as CSV: GET /reports/support-stats.csv?from=&to=&groupBy=. */
  supportStats?: Maybe<SupportStats>;
  /** Support teams across remote-support vendors. */
  teams?: Maybe<SupportTeamList>;
  /** A ticket by its id or its Zendesk ticket number. */
  ticket?: Maybe<Ticket>;
  /** Tickets. Unfiltered, or filtered by requester alone: in ticket-number order. Any other filter goes through Zendesk search: newest first, at most 1,000 results. */
  tickets?: Maybe<QueryTicketsConnection>;
  training?: Maybe<Training>;
  /** Scheduled and ongoing trainings of one organizer, or of every organizer licensed for GoToTraining (one call per organizer). GoTo lists no completed trainings: their attendance is in Contact.events. */
  trainings?: Maybe<Array<Training>>;
  webinar?: Maybe<Webinar>;
  /** A webinar: registered, attended, minutes attended. From the store; a webinar it does not hold yet (one scheduled since the last sync) is read from GoToWebinar (source LIVE). Null when GoTo has no such webinar either. Also as CSV: GET /reports/webinar-funnel.csv?webinar=. */
  webinarFunnel?: Maybe<WebinarFunnel>;
  /** The account's webinars with a time in the range, soonest first. */
  webinars?: Maybe<QueryWebinarsConnection>;
};


export type QueryActiveAlertsArgs = {
  kind?: InputMaybe<AlertKind>;
  vendor?: InputMaybe<Vendor>;
};


export type QueryAgentByEmailArgs = {
  email: Scalars['String']['input'];
};


export type QueryAgentsArgs = {
  status?: InputMaybe<AgentStatus>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCallsArgs = {
  first?: Scalars['Int']['input'];
  range: DateRange;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactTimelineArgs = {
  contactId: Scalars['ID']['input'];
  range?: InputMaybe<DateRange>;
};


export type QueryContactsByEmailArgs = {
  email: Scalars['String']['input'];
};


export type QueryContactsByPhoneArgs = {
  phone: Scalars['String']['input'];
};


export type QueryKpisArgs = {
  range: DateRange;
  serviceLevelSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingAttendeesArgs = {
  groupId?: InputMaybe<Scalars['String']['input']>;
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  range: DateRange;
};


export type QueryMeetingPatternsArgs = {
  groupBy: MeetingPatternGrouping;
  range: DateRange;
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupId?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  range?: InputMaybe<DateRange>;
  when: MeetingTime;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganizerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizersArgs = {
  filter?: InputMaybe<OrganizerFilter>;
};


export type QueryPreferredAgentForArgs = {
  phone: Scalars['String']['input'];
};


export type QueryQueuesArgs = {
  vendor?: InputMaybe<Vendor>;
};


export type QueryScreenPopArgs = {
  callId: Scalars['ID']['input'];
};


export type QuerySupportSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupportSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupportStatsArgs = {
  groupBy: SupportStatsGrouping;
  range: DateRange;
};


export type QueryTeamsArgs = {
  vendor?: InputMaybe<Vendor>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrainingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingsArgs = {
  organizerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWebinarArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebinarFunnelArgs = {
  webinar: Scalars['ID']['input'];
};


export type QueryWebinarsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  range: DateRange;
};

export type QueryMeetingsConnection = {
  __typename?: 'QueryMeetingsConnection';
  edges: Array<QueryMeetingsConnectionEdge>;
  pageInfo: PageInfo;
  /** LIVE: current, read from the vendors now (what the store holds settled may come from it). STORE: read from the synced store, which covered the whole range. */
  source: DataSource;
  /** For STORE: when the oldest of the synced vendor resources read was last synced. Null for LIVE. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type QueryMeetingsConnectionEdge = {
  __typename?: 'QueryMeetingsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type QueryTicketsConnection = {
  __typename?: 'QueryTicketsConnection';
  edges: Array<QueryTicketsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryTicketsConnectionEdge = {
  __typename?: 'QueryTicketsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type QueryWebinarsConnection = {
  __typename?: 'QueryWebinarsConnection';
  edges: Array<QueryWebinarsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryWebinarsConnectionEdge = {
  __typename?: 'QueryWebinarsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Webinar;
};

/** Where customers wait for a support agent: a Bomgar team queue or a GoToAssist portal queue. */
export type Queue = Node & {
  __typename?: 'Queue';
  id: Scalars['ID']['output'];
  /** How long the longest-waiting customer has waited, as of now. */
  longestWaitSeconds: Scalars['Int']['output'];
  /** Agents serving the queue. */
  members?: Maybe<Array<Agent>>;
  name: Scalars['String']['output'];
  team?: Maybe<SupportTeam>;
  vendor: Vendor;
  vendorId: Scalars['String']['output'];
  /** Customers waiting now. */
  waitingCount: Scalars['Int']['output'];
  /** When the longest-waiting customer started waiting (the gateway's clock); null when nobody waits. Live events do not repeat a queue whose wait merely grows: a dashboard counts from here. */
  waitingSince?: Maybe<Scalars['DateTime']['output']>;
};

/** A queue's figures changed (or it appeared, or left the board: removed). */
export type QueueChange = {
  __typename?: 'QueueChange';
  at: Scalars['DateTime']['output'];
  /** The longest wait just before this change. */
  previousLongestWaitSeconds?: Maybe<Scalars['Int']['output']>;
  previousWaitingCount?: Maybe<Scalars['Int']['output']>;
  queue: Queue;
  removed: Scalars['Boolean']['output'];
};

export type QueueFilter = {
  /** A Queue id: only this queue. */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  /** A SupportTeam id: only its team's queue. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  vendor?: InputMaybe<Vendor>;
};

/** Support queues across vendors; vendors that could not answer are named in unavailableVendors. */
export type QueueList = {
  __typename?: 'QueueList';
  nodes: Array<Queue>;
  /** Vendors that could not answer: their records are missing. */
  unavailableVendors: Array<UnavailableVendor>;
};

/** Someone registered for a webinar (GoToWebinar) or a training (GoToTraining). */
export type Registrant = Node & {
  __typename?: 'Registrant';
  /** The helpdesk contact with the same email. */
  contact?: Maybe<Contact>;
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The registrant's personal join link. */
  joinUrl?: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
  status: RegistrationStatus;
  vendor: Vendor;
  /** GoTo's registrant key (int64, kept exact). */
  vendorId: Scalars['String']['output'];
};

/** Who to register: a contact (by id), or a name and an email. */
export type RegistrantInput = {
  /** A Contact id or Zendesk user id; their name and email are used. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type RegistrationStatus =
  | 'APPROVED'
  | 'DENIED'
  | 'WAITING';

/** An existing contact by id, or a person by email (and name, for someone new). */
export type RequesterInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** A Contact id or Zendesk user id. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** What an agent sees when a call connects: the call, its ticket and caller, and the caller’s history. */
export type ScreenPop = {
  __typename?: 'ScreenPop';
  call: Call;
  /** The caller: found by their number, the ticket’s requester, or created for them. */
  contact?: Maybe<Contact>;
  /** Remote-support sessions waiting or running for this ticket or the caller’s unsolved tickets (a support vendor that cannot answer is named in unavailableVendors). */
  openSupportSessions?: Maybe<Array<SupportSession>>;
  /** The agent handling the caller’s unsolved tickets, when available in the contact centre (an error when Ameyo cannot say who is). */
  preferredAgent?: Maybe<Agent>;
  /** The caller’s most recently updated tickets. */
  recentTickets?: Maybe<Array<Ticket>>;
  /** The ticket the caller typed in the IVR, or the call-back ticket of an out-of-hours call. */
  ticket?: Maybe<Ticket>;
  /** Vendors that could not answer for openSupportSessions (a support vendor, or Zendesk for the caller’s tickets): sessions may be missing. */
  unavailableVendors: Array<UnavailableVendor>;
};


/** What an agent sees when a call connects: the call, its ticket and caller, and the caller’s history. */
export type ScreenPopRecentTicketsArgs = {
  first?: Scalars['Int']['input'];
};

/** A session changed: it started waiting, an agent took it, it moved, it ended, or it was rated. */
export type SessionChange = {
  __typename?: 'SessionChange';
  at: Scalars['DateTime']['output'];
  /** It no longer waits or runs. */
  ended: Scalars['Boolean']['output'];
  /** Null when the gateway had not seen the session running. */
  previousStatus?: Maybe<SupportSessionStatus>;
  session: SupportSession;
};

/** Who did something in a session: the customer, an agent, or the system. */
export type SessionParticipant = {
  __typename?: 'SessionParticipant';
  kind: ParticipantKind;
  name: Scalars['String']['output'];
};

export type SessionResolution =
  | 'RESOLVED'
  | 'UNRESOLVED';

export type SignUpOrganizerInput = {
  email: Scalars['String']['input'];
  /** The OrganizerGroup's vendorId; omitted: the account's root group. */
  groupId?: InputMaybe<Scalars['String']['input']>;
  /** First and last name. */
  name: Scalars['String']['input'];
  product: OrganizerProduct;
};

export type StartSupportSessionInput = {
  /** An Agent id to queue the customer for. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  customer: SupportCustomerInput;
  /** A SupportTeam id to queue the customer for. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** A Ticket id or Zendesk ticket number; stored at the vendor as the external key or partner object (GoToAssist also keeps the ticket's Zendesk agent URL as partnerObjectUrl). */
  ticketId: Scalars['ID']['input'];
  /** GOTO_ASSIST or BOMGAR. */
  vendor: Vendor;
};

/** What the customer needs to join: the code to read out and the link to open. */
export type StartedSupportSession = {
  __typename?: 'StartedSupportSession';
  /** The GoToAssist connection code or the Bomgar session key. */
  code: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The customer's link (Bomgar: start_session with the survey fields and the ticket as external key). */
  joinUrl: Scalars['String']['output'];
  /** The session, when the vendor created it at once (GoToAssist); Bomgar sessions appear once the customer joins. */
  session?: Maybe<SupportSession>;
  ticket?: Maybe<Ticket>;
  vendor: Vendor;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Agents' status changes, per vendor account, from now on. */
  agentStatusChanged: AgentStatusChange;
  /** Alerts raised from now on (FIRING, and RESOLVED when a condition clears); those already firing: activeAlerts, or liveBoard's first board. */
  alerts: Alert;
  /** Calls reaching the calling agent (their key’s Ameyo user, matched by email), each with its screen-pop. */
  incomingCall?: Maybe<ScreenPop>;
  /** Everything a dashboard needs from one subscription: first the whole board (kind BOARD), then each change. */
  liveBoard: LiveBoardEvent;
  /** Changes of queues (customers waiting, the longest wait), from now on. */
  queueChanged: QueueChange;
  /** Changes of one session (`id`), or of every session of a ticket (`ticketId`): give exactly one. */
  sessionChanged: SessionChange;
};


export type SubscriptionAgentStatusChangedArgs = {
  filter?: InputMaybe<AgentStatusFilter>;
};


export type SubscriptionAlertsArgs = {
  kind?: InputMaybe<AlertKind>;
  vendor?: InputMaybe<Vendor>;
};


export type SubscriptionQueueChangedArgs = {
  filter?: InputMaybe<QueueFilter>;
};


export type SubscriptionSessionChangedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
};

/** The customer as the remote-support vendor recorded them. */
export type SupportCustomer = {
  __typename?: 'SupportCustomer';
  /** Bomgar only (the front-end survey); GoToAssist keeps no company. */
  company?: Maybe<Scalars['String']['output']>;
  /** GoToAssist only; Bomgar's session report carries no customer email. */
  email?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type SupportCustomerInput = {
  /** At most 100 characters. Bomgar shows it on the session; GoToAssist has no such field and does not keep it. */
  company?: InputMaybe<Scalars['String']['input']>;
  /** What the customer needs; at most 1,024 characters. Bomgar only (GoToAssist does not keep it). */
  details?: InputMaybe<Scalars['String']['input']>;
  /** GoToAssist keeps it on the session; Bomgar's front-end survey has no email field and does not keep it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** At most 100 characters (Bomgar), 128 (GoToAssist). */
  name: Scalars['String']['input'];
};

/** A remote-support session (GoToAssist or Bomgar / BeyondTrust). */
export type SupportSession = Node & {
  __typename?: 'SupportSession';
  /** Who handled (or handles) the session. */
  agent?: Maybe<Agent>;
  customer: SupportCustomer;
  /** Seconds from start to end. While a session runs: the time so far for Bomgar (its report says), null for GoToAssist. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Chat messages, file transfers, notes, transfers, joins and leaves, start and end; oldest first. */
  events?: Maybe<SupportSessionEventsConnection>;
  /** The ticket key stored at the vendor (Bomgar external key, GoToAssist partnerObject). */
  externalKey?: Maybe<Scalars['String']['output']>;
  /** The customer's comment. */
  feedback?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The public site (Bomgar) or entry portal (GoToAssist) the customer came through. */
  portal?: Maybe<Scalars['String']['output']>;
  queue?: Maybe<Queue>;
  /** The customer's rating, 1 to 5. */
  rating?: Maybe<Scalars['Int']['output']>;
  /** Where the recording or replay is viewed (at the vendor, behind its sign-in). */
  recordingUrl?: Maybe<Scalars['String']['output']>;
  resolution?: Maybe<SessionResolution>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: SupportSessionStatus;
  team?: Maybe<SupportTeam>;
  /** The helpdesk ticket: through the vendor's external key or partner object, or the gateway's own link. */
  ticket?: Maybe<Ticket>;
  vendor: Vendor;
  /** The session id at the vendor (Bomgar lsid, GoToAssist sessionId). */
  vendorId: Scalars['String']['output'];
};


/** A remote-support session (GoToAssist or Bomgar / BeyondTrust). */
export type SupportSessionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type SupportSessionConnection = {
  __typename?: 'SupportSessionConnection';
  edges: Array<SupportSessionEdge>;
  pageInfo: PageInfo;
  /** LIVE: current, read from the vendors now (what the store holds settled may come from it). STORE: read from the synced store, which covered the whole range. */
  source: DataSource;
  /** For STORE: when the oldest of the synced vendor resources read was last synced. Null for LIVE. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Vendors that could not answer: their sessions are missing from this page. */
  unavailableVendors: Array<UnavailableVendor>;
};

export type SupportSessionEdge = {
  __typename?: 'SupportSessionEdge';
  cursor: Scalars['String']['output'];
  node: SupportSession;
};

/** One thing that happened in a session: a chat message, a file transfer, a note, a transfer, the start or end, someone joining or leaving, or another vendor event (kind OTHER, named by vendorType). */
export type SupportSessionEvent = {
  __typename?: 'SupportSessionEvent';
  at?: Maybe<Scalars['DateTime']['output']>;
  /** The message, the note, or the event data. */
  body?: Maybe<Scalars['String']['output']>;
  by?: Maybe<SessionParticipant>;
  fileName?: Maybe<Scalars['String']['output']>;
  /** Bytes. */
  fileSize?: Maybe<Scalars['Int']['output']>;
  kind: SupportSessionEventKind;
  to?: Maybe<SessionParticipant>;
  /** The vendor's own name for the event, e.g. `File Upload`. */
  vendorType: Scalars['String']['output'];
};

export type SupportSessionEventKind =
  | 'CHAT_MESSAGE'
  | 'FILE_TRANSFER'
  | 'NOTE'
  | 'OTHER'
  | 'PARTICIPANT_JOINED'
  | 'PARTICIPANT_LEFT'
  | 'SESSION_END'
  | 'SESSION_START'
  | 'TRANSFER';

export type SupportSessionEventsConnection = {
  __typename?: 'SupportSessionEventsConnection';
  edges: Array<SupportSessionEventsConnectionEdge>;
  pageInfo: PageInfo;
};

export type SupportSessionEventsConnectionEdge = {
  __typename?: 'SupportSessionEventsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: SupportSessionEvent;
};

export type SupportSessionFilter = {
  /** An Agent id: sessions any of their vendor accounts handled. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** Sessions that started at or after; default 400 days before `to`. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Rated sessions with at most this many stars (1 to 5). */
  ratingAtMost?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SupportSessionStatus>;
  /** A SupportTeam id: sessions its members handled. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** A Ticket id or Zendesk ticket number. */
  ticketId?: InputMaybe<Scalars['ID']['input']>;
  /** Sessions that started before; default now. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  vendor?: InputMaybe<Vendor>;
};

export type SupportSessionStatus =
  | 'ABANDONED'
  | 'ACTIVE'
  | 'ENDED'
  | 'WAITING';

/** Remote-support figures from the store over a range, grouped, with the total. */
export type SupportStats = {
  __typename?: 'SupportStats';
  /** True when the store held every record of the range for every vendor the report reads; false when a sync has not reached (part of) it yet, so figures may be short. */
  complete: Scalars['Boolean']['output'];
  /** Days oldest first; otherwise most sessions first. */
  rows: Array<SupportStatsRow>;
  /** LIVE: current, read from the vendors now (what the store holds settled may come from it). STORE: read from the synced store, which covered the whole range. */
  source: DataSource;
  /** For STORE: when the oldest of the synced vendor resources read was last synced. Null for LIVE. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** All sessions of the range (key `all`). */
  total: SupportStatsRow;
};

/** AGENT: one person across vendors (by email). TEAM: a vendor team. VENDOR: Bomgar or GoToAssist. DAY: the UTC day the session started. */
export type SupportStatsGrouping =
  | 'AGENT'
  | 'DAY'
  | 'TEAM'
  | 'VENDOR';

/** Remote-support figures of one agent, team, vendor or day, or of all sessions. */
export type SupportStatsRow = {
  __typename?: 'SupportStatsRow';
  /** Mean of end − start over the ended sessions (2 decimals); null when none ended. */
  averageDurationSeconds?: Maybe<Scalars['Float']['output']>;
  /** Mean customer rating (1 to 5) over the rated sessions; null when none was rated. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  distinctTickets: Scalars['Int']['output'];
  /** ENDED sessions with a start and an end: those durations are measured on. */
  endedSessions: Scalars['Int']['output'];
  /** The agent's email (or `vendor:agentId`), `vendor:teamId`, the vendor, the day (YYYY-MM-DD, UTC), or `all`; empty for sessions without an agent or team. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Nearest-rank 90th percentile of end − start over the ended sessions: the duration at position ⌈0.9·n⌉ in ascending order. */
  p90DurationSeconds?: Maybe<Scalars['Float']['output']>;
  ratedSessions: Scalars['Int']['output'];
  /** RESOLVED / sessions with a known resolution (0 to 1, 4 decimals); null when none is known. */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  resolvedSessions: Scalars['Int']['output'];
  /** Sessions that started in the range, in any state. */
  sessions: Scalars['Int']['output'];
  /** Sessions with a ticket / distinct tickets; null when no session has one. */
  sessionsPerTicket?: Maybe<Scalars['Float']['output']>;
  /** Sessions whose resolution is known (RESOLVED or UNRESOLVED). */
  sessionsWithResolution: Scalars['Int']['output'];
  /** Sessions with a ticket: the vendor's external key (Bomgar) or partner object (GoToAssist), else the gateway's own ticket link. */
  sessionsWithTicket: Scalars['Int']['output'];
};

/** A team or an agent; neither means the general queue. */
export type SupportTargetInput = {
  /** An Agent id; the agent needs an account at the session's vendor. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** A SupportTeam id. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** A team of support agents at a remote-support vendor (a Bomgar support team). */
export type SupportTeam = Node & {
  __typename?: 'SupportTeam';
  id: Scalars['ID']['output'];
  members?: Maybe<Array<Agent>>;
  name: Scalars['String']['output'];
  queue?: Maybe<Queue>;
  vendor: Vendor;
  vendorId: Scalars['String']['output'];
};

/** Support teams across vendors; vendors that could not answer are named in unavailableVendors. */
export type SupportTeamList = {
  __typename?: 'SupportTeamList';
  nodes: Array<SupportTeam>;
  /** Vendors that could not answer: their records are missing. */
  unavailableVendors: Array<UnavailableVendor>;
};

/** A helpdesk ticket (Zendesk). */
export type Ticket = Node & {
  __typename?: 'Ticket';
  assignee?: Maybe<Contact>;
  /** Calls about this ticket, newest first. */
  calls: Array<Call>;
  comments?: Maybe<TicketCommentsConnection>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  externalId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  priority?: Maybe<TicketPriority>;
  requester?: Maybe<Contact>;
  status: TicketStatus;
  subject?: Maybe<Scalars['String']['output']>;
  /** Remote-support sessions opened for this ticket (GoToAssist, Bomgar), newest first. */
  supportSessions?: Maybe<SupportSessionConnection>;
  tags: Array<Scalars['String']['output']>;
  type?: Maybe<TicketType>;
  updatedAt: Scalars['DateTime']['output'];
  /** Where an agent opens the ticket. */
  url: Scalars['String']['output'];
  vendor: Vendor;
  /** The ticket number in the helpdesk. */
  vendorId: Scalars['String']['output'];
};


/** A helpdesk ticket (Zendesk). */
export type TicketCallsArgs = {
  first?: Scalars['Int']['input'];
};


/** A helpdesk ticket (Zendesk). */
export type TicketCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A helpdesk ticket (Zendesk). */
export type TicketSupportSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type TicketCommentsConnection = {
  __typename?: 'TicketCommentsConnection';
  edges: Array<TicketCommentsConnectionEdge>;
  pageInfo: PageInfo;
};

export type TicketCommentsConnectionEdge = {
  __typename?: 'TicketCommentsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

export type TicketFilter = {
  /** A Contact id or Zendesk user id. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A Contact id or Zendesk user id. */
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TicketStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type TicketStatus =
  | 'CLOSED'
  | 'HOLD'
  | 'NEW'
  | 'OPEN'
  | 'PENDING'
  | 'SOLVED';

export type TicketType =
  | 'INCIDENT'
  | 'PROBLEM'
  | 'QUESTION'
  | 'TASK';

export type TimeRange = {
  __typename?: 'TimeRange';
  end: Scalars['DateTime']['output'];
  start: Scalars['DateTime']['output'];
};

/** One thing that happened to a person at any vendor. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** Created, started, registered or first joined. */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** Talk time, session length, or time attended. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  kind: TimelineEntryKind;
  matchedBy: TimelineMatch;
  /** Ticket or session status, call disposition, registration status. */
  status?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  vendor: Vendor;
  /** The ticket id, call id, session id, meeting ID, webinar or training key. */
  vendorId: Scalars['String']['output'];
};

export type TimelineEntryKind =
  | 'CALL'
  | 'MEETING_ATTENDANCE'
  | 'SUPPORT_SESSION'
  | 'TICKET'
  | 'TRAINING_ATTENDANCE'
  | 'TRAINING_REGISTRATION'
  | 'WEBINAR_ATTENDANCE'
  | 'WEBINAR_REGISTRATION';

/** How an entry was tied to the person: their Zendesk user id, email, phone, or (sessions) one of their tickets. */
export type TimelineMatch =
  | 'EMAIL'
  | 'PHONE'
  | 'TICKET'
  | 'USER_ID';

/** A GoToTraining training. */
export type Training = Node & {
  __typename?: 'Training';
  attendance?: Maybe<Array<Attendance>>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  number?: Maybe<Scalars['String']['output']>;
  organizers?: Maybe<Array<Organizer>>;
  registrants?: Maybe<Array<Registrant>>;
  sessions?: Maybe<Array<EventSession>>;
  /** The organizer's link to start the training (GoTo asks them to sign in); null once every time has ended. */
  startUrl?: Maybe<Scalars['String']['output']>;
  timeZone: Scalars['String']['output'];
  times: Array<TimeRange>;
  vendor: Vendor;
  /** GoTo's training key (int64, kept exact). */
  vendorId: Scalars['String']['output'];
};

/** A vendor that could not answer; the list holds the other vendors' records only. */
export type UnavailableVendor = {
  __typename?: 'UnavailableVendor';
  /** UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, UPSTREAM_RATE_LIMITED or UPSTREAM_REJECTED. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The vendor whose records are missing (as `vendor` on the records themselves). */
  vendor: Vendor;
};

export type UpdateMeetingInput = {
  conferenceCallInfo?: InputMaybe<ConferenceCallInfo>;
  end?: InputMaybe<Scalars['DateTime']['input']>;
  passwordRequired?: InputMaybe<Scalars['Boolean']['input']>;
  start?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTicketInput = {
  /** A Contact id or Zendesk user id of an agent. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  comment?: InputMaybe<CommentInput>;
  priority?: InputMaybe<TicketPriority>;
  status?: InputMaybe<TicketStatus>;
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the tags; single words, at most 50. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type?: InputMaybe<TicketType>;
};

/** The input was refused; each issue names the field. */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  issues: Array<FieldIssue>;
  message: Scalars['String']['output'];
};

/** The system a record lives in. */
export type Vendor =
  | 'AMEYO'
  | 'BOMGAR'
  | 'GOTO_ASSIST'
  | 'GOTO_MEETING'
  | 'GOTO_TRAINING'
  | 'GOTO_WEBINAR'
  | 'ZENDESK';

/** A GoToWebinar webinar. */
export type Webinar = Node & {
  __typename?: 'Webinar';
  /** Who attended its held sessions. */
  attendance?: Maybe<Array<Attendance>>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Whether a session is running; null in listings (GoTo says it only for one webinar). */
  inSession?: Maybe<Scalars['Boolean']['output']>;
  /** The 9-digit webinar ID attendees see. */
  number?: Maybe<Scalars['String']['output']>;
  organizer?: Maybe<Organizer>;
  /** Null in listings, like inSession. */
  registrantCount?: Maybe<Scalars['Int']['output']>;
  registrants?: Maybe<Array<Registrant>>;
  registrationUrl?: Maybe<Scalars['String']['output']>;
  sessions?: Maybe<Array<EventSession>>;
  /** The organizer's link to start the webinar (GoTo asks them to sign in); null once every time has ended. */
  startUrl?: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
  times: Array<TimeRange>;
  vendor: Vendor;
  /** GoTo's webinar key (int64, kept exact). */
  vendorId: Scalars['String']['output'];
};

/** Something GoToWebinar pushed: a registration, a registrant joining, a webinar created or changed. */
export type WebinarActivity = {
  __typename?: 'WebinarActivity';
  at: Scalars['DateTime']['output'];
  /** The registrant's email. */
  email?: Maybe<Scalars['String']['output']>;
  event: WebinarActivityKind;
  /** The registrant's name. */
  name?: Maybe<Scalars['String']['output']>;
  registrantKey?: Maybe<Scalars['String']['output']>;
  webinarKey: Scalars['String']['output'];
  webinarTitle?: Maybe<Scalars['String']['output']>;
};

export type WebinarActivityKind =
  | 'REGISTRANT_ADDED'
  | 'REGISTRANT_JOINED'
  | 'WEBINAR_CHANGED'
  | 'WEBINAR_CREATED';

/** One webinar from registration to attendance: from the store, or from GoToWebinar (source LIVE) when the store does not hold it yet. */
export type WebinarFunnel = {
  __typename?: 'WebinarFunnel';
  /** Minutes attended, every attendee and session together (2 decimals). */
  attendanceMinutes: Scalars['Float']['output'];
  /** attended / registered (4 decimals); null with no registrants. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** People who attended any of its sessions (someone attending without a listed registration counts too). */
  attended: Scalars['Int']['output'];
  /** attendanceMinutes / attended; null when nobody attended. */
  averageAttendanceMinutes?: Maybe<Scalars['Float']['output']>;
  /** True when the store held every record of the range for every vendor the report reads; false when a sync has not reached (part of) it yet, so figures may be short. */
  complete: Scalars['Boolean']['output'];
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registrants GoToWebinar lists, whatever their status (approved, waiting, denied). */
  registered: Scalars['Int']['output'];
  /** LIVE: current, read from the vendors now (what the store holds settled may come from it). STORE: read from the synced store, which covered the whole range. */
  source: DataSource;
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
  /** For STORE: when the oldest of the synced vendor resources read was last synced. Null for LIVE. */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The webinar as GoToWebinar has it now (read from GoTo when asked for). */
  webinar?: Maybe<Webinar>;
  webinarKey: Scalars['String']['output'];
};

export type AgentsQueryVariables = Exact<{
  status?: InputMaybe<AgentStatus>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AgentsQuery = { __typename?: 'Query', agents?: { __typename?: 'AgentList', nodes: Array<{ __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, name: string, status: AgentStatus }> }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }> } | null };

export type AgentByEmailQueryVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type AgentByEmailQuery = { __typename?: 'Query', agentByEmail?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, status: AgentStatus }>, activeSessions?: Array<{ __typename?: 'SupportSession', id: string, vendor: Vendor, status: SupportSessionStatus }> | null, teams?: Array<{ __typename?: 'SupportTeam', id: string, name: string, vendor: Vendor }> | null, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }> } | null };

export type SupportTeamsQueryVariables = Exact<{
  vendor?: InputMaybe<Vendor>;
}>;


export type SupportTeamsQuery = { __typename?: 'Query', teams?: { __typename?: 'SupportTeamList', nodes: Array<{ __typename?: 'SupportTeam', id: string, vendor: Vendor, vendorId: string, name: string, members?: Array<{ __typename?: 'Agent', id: string, name: string, status: AgentStatus }> | null, queue?: { __typename?: 'Queue', id: string, waitingCount: number, longestWaitSeconds: number } | null }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string }> } | null };

export type SupportQueuesQueryVariables = Exact<{
  vendor?: InputMaybe<Vendor>;
}>;


export type SupportQueuesQuery = { __typename?: 'Query', queues?: { __typename?: 'QueueList', nodes: Array<{ __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, team?: { __typename?: 'SupportTeam', id: string, name: string } | null, members?: Array<{ __typename?: 'Agent', id: string }> | null }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string }> } | null };

export type VendorFailureAuditQueryVariables = Exact<{
  range: DateRange;
  eventsRange: DateRange;
  trainerId: Scalars['ID']['input'];
}>;


export type VendorFailureAuditQuery = { __typename?: 'Query', tickets?: { __typename?: 'QueryTicketsConnection', edges: Array<{ __typename?: 'QueryTicketsConnectionEdge', node: { __typename?: 'Ticket', id: string, subject?: string | null, requester?: { __typename?: 'Contact', id: string, events?: { __typename?: 'ContactEvents', events: Array<{ __typename?: 'ContactEvent', kind: ContactEventKind }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }> } | null } | null } }> } | null, organizerGroups?: Array<{ __typename?: 'OrganizerGroup', vendorId: string, name: string }> | null, webinars?: { __typename?: 'QueryWebinarsConnection', edges: Array<{ __typename?: 'QueryWebinarsConnectionEdge', node: { __typename?: 'Webinar', id: string, subject: string } }> } | null, trainings?: Array<{ __typename?: 'Training', id: string, name: string }> | null, assistQueues?: { __typename?: 'QueueList', nodes: Array<{ __typename?: 'Queue', id: string, name: string }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }> } | null, bomgarTeams?: { __typename?: 'SupportTeamList', nodes: Array<{ __typename?: 'SupportTeam', id: string, name: string }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }> } | null, agents?: { __typename?: 'AgentList', nodes: Array<{ __typename?: 'Agent', id: string, name: string }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }> } | null };

export type BenchTicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BenchTicketQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus, priority?: TicketPriority | null, createdAt: string, updatedAt: string, requester?: { __typename?: 'Contact', id: string, name: string, email?: string | null, phone?: string | null } | null, assignee?: { __typename?: 'Contact', id: string, name: string, email?: string | null } | null, supportSessions?: { __typename?: 'SupportSessionConnection', edges: Array<{ __typename?: 'SupportSessionEdge', node: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, agent?: { __typename?: 'Agent', id: string, name: string, status: AgentStatus } | null, team?: { __typename?: 'SupportTeam', id: string, name: string } | null } }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string }> } | null, calls: Array<{ __typename?: 'Call', id: string, direction: CallDirection, outcome?: CallOutcome | null, startedAt: string, endedAt?: string | null, talkSeconds?: number | null, agent?: { __typename?: 'Agent', id: string, name: string, status: AgentStatus } | null, contact?: { __typename?: 'Contact', id: string, name: string } | null }> } | null };

export type CallFieldsFragment = { __typename?: 'Call', id: string, vendor: Vendor, vendorId: string, direction: CallDirection, callType: string, phone: string, campaign: string, agentUserId?: string | null, ivrTicketNumber?: string | null, outcome?: CallOutcome | null, startedAt: string, endedAt?: string | null, talkSeconds?: number | null, holdSeconds?: number | null, ringSeconds?: number | null, disposition?: string | null, systemDisposition?: string | null, recordingUrl?: string | null, callbackAt?: string | null, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null } | null };

export type CallQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CallQuery = { __typename?: 'Query', call?: { __typename?: 'Call', id: string, vendor: Vendor, vendorId: string, direction: CallDirection, callType: string, phone: string, campaign: string, agentUserId?: string | null, ivrTicketNumber?: string | null, outcome?: CallOutcome | null, startedAt: string, endedAt?: string | null, talkSeconds?: number | null, holdSeconds?: number | null, ringSeconds?: number | null, disposition?: string | null, systemDisposition?: string | null, recordingUrl?: string | null, callbackAt?: string | null, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null } | null } | null };

export type ContactCallsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContactCallsQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, calls: Array<{ __typename?: 'Call', id: string, vendor: Vendor, vendorId: string, direction: CallDirection, callType: string, phone: string, campaign: string, agentUserId?: string | null, ivrTicketNumber?: string | null, outcome?: CallOutcome | null, startedAt: string, endedAt?: string | null, talkSeconds?: number | null, holdSeconds?: number | null, ringSeconds?: number | null, disposition?: string | null, systemDisposition?: string | null, recordingUrl?: string | null, callbackAt?: string | null, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null } | null }> } | null };

export type TicketCallsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketCallsQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, calls: Array<{ __typename?: 'Call', id: string, vendor: Vendor, vendorId: string, direction: CallDirection, callType: string, phone: string, campaign: string, agentUserId?: string | null, ivrTicketNumber?: string | null, outcome?: CallOutcome | null, startedAt: string, endedAt?: string | null, talkSeconds?: number | null, holdSeconds?: number | null, ringSeconds?: number | null, disposition?: string | null, systemDisposition?: string | null, recordingUrl?: string | null, callbackAt?: string | null, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null } | null }> } | null };

export type DialMutationVariables = Exact<{
  phone: Scalars['String']['input'];
  campaign: Scalars['String']['input'];
}>;


export type DialMutation = { __typename?: 'Mutation', dial?: { __typename: 'AgentNotReady', message: string, state?: string | null } | { __typename: 'MutationDialSuccess', call: { __typename?: 'Call', id: string, vendor: Vendor, vendorId: string, direction: CallDirection, callType: string, phone: string, campaign: string, agentUserId?: string | null, ivrTicketNumber?: string | null, outcome?: CallOutcome | null, startedAt: string, endedAt?: string | null, talkSeconds?: number | null, holdSeconds?: number | null, ringSeconds?: number | null, disposition?: string | null, systemDisposition?: string | null, recordingUrl?: string | null, callbackAt?: string | null, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null } | null } } | { __typename: 'NotFoundError' } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type DisposeCallMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type DisposeCallMutation = { __typename?: 'Mutation', disposeCall?: { __typename: 'MutationDisposeCallSuccess', call: { __typename?: 'Call', id: string, vendor: Vendor, vendorId: string, direction: CallDirection, callType: string, phone: string, campaign: string, agentUserId?: string | null, ivrTicketNumber?: string | null, outcome?: CallOutcome | null, startedAt: string, endedAt?: string | null, talkSeconds?: number | null, holdSeconds?: number | null, ringSeconds?: number | null, disposition?: string | null, systemDisposition?: string | null, recordingUrl?: string | null, callbackAt?: string | null, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null } | null } } | { __typename: 'NotFoundError', message: string, resource: string, id: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type ScheduleCallbackMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
}>;


export type ScheduleCallbackMutation = { __typename?: 'Mutation', scheduleCallback?: { __typename: 'MutationScheduleCallbackSuccess', call: { __typename?: 'Call', id: string, vendor: Vendor, vendorId: string, direction: CallDirection, callType: string, phone: string, campaign: string, agentUserId?: string | null, ivrTicketNumber?: string | null, outcome?: CallOutcome | null, startedAt: string, endedAt?: string | null, talkSeconds?: number | null, holdSeconds?: number | null, ringSeconds?: number | null, disposition?: string | null, systemDisposition?: string | null, recordingUrl?: string | null, callbackAt?: string | null, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null } | null } } | { __typename: 'NotFoundError', message: string, resource: string, id: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type CompleteContactMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  email: Scalars['String']['input'];
}>;


export type CompleteContactMutation = { __typename?: 'Mutation', completeContact?: { __typename: 'MutationCompleteContactSuccess', contact: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null, calls: Array<{ __typename?: 'Call', id: string, vendorId: string }> } } | { __typename: 'NotFoundError', message: string, resource: string, id: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type ContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ContactQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null, role: string, tickets?: { __typename?: 'ContactTicketsConnection', edges: Array<{ __typename?: 'ContactTicketsConnectionEdge', node: { __typename?: 'Ticket', id: string, subject?: string | null, status: TicketStatus } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } | null };

export type ContactsByPhoneQueryVariables = Exact<{
  phone: Scalars['String']['input'];
}>;


export type ContactsByPhoneQuery = { __typename?: 'Query', contactsByPhone?: Array<{ __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null }> | null };

export type ContactsByEmailQueryVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type ContactsByEmailQuery = { __typename?: 'Query', contactsByEmail?: Array<{ __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null }> | null };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { __typename?: 'Mutation', createContact?: { __typename: 'MutationCreateContactSuccess', contact: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null } } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type DashboardTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardTeamsQuery = { __typename?: 'Query', teams?: { __typename?: 'SupportTeamList', nodes: Array<{ __typename?: 'SupportTeam', id: string, vendor: Vendor, name: string, members?: Array<{ __typename?: 'Agent', id: string }> | null }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string }> } | null };

export type DashboardTodayQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type DashboardTodayQuery = { __typename?: 'Query', supportSessions?: { __typename?: 'SupportSessionConnection', edges: Array<{ __typename?: 'SupportSessionEdge', node: { __typename?: 'SupportSession', id: string, vendor: Vendor, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, customer: { __typename?: 'SupportCustomer', name?: string | null }, agent?: { __typename?: 'Agent', name: string } | null } }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string }> } | null, calls: Array<{ __typename?: 'Call', id: string, direction: CallDirection, startedAt: string, endedAt?: string | null, talkSeconds?: number | null, outcome?: CallOutcome | null, agent?: { __typename?: 'Agent', name: string } | null }> };

export type RegistrantFieldsFragment = { __typename?: 'Registrant', id: string, vendor: Vendor, vendorId: string, name: string, email: string, status: RegistrationStatus, registeredAt?: string | null, joinUrl?: string | null };

export type GoToWebinarsQueryVariables = Exact<{
  range: DateRange;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GoToWebinarsQuery = { __typename?: 'Query', webinars?: { __typename?: 'QueryWebinarsConnection', edges: Array<{ __typename?: 'QueryWebinarsConnectionEdge', node: { __typename?: 'Webinar', id: string, vendorId: string, number?: string | null, subject: string, inSession?: boolean | null, registrantCount?: number | null, times: Array<{ __typename?: 'TimeRange', start: string, end: string }>, organizer?: { __typename?: 'Organizer', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type GoToWebinarQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GoToWebinarQuery = { __typename?: 'Query', webinar?: { __typename?: 'Webinar', id: string, vendorId: string, subject: string, times: Array<{ __typename?: 'TimeRange', start: string, end: string }>, registrants?: Array<{ __typename?: 'Registrant', id: string, vendor: Vendor, vendorId: string, name: string, email: string, status: RegistrationStatus, registeredAt?: string | null, joinUrl?: string | null, contact?: { __typename?: 'Contact', id: string } | null }> | null, sessions?: Array<{ __typename?: 'EventSession', vendorId: string, start: string, end: string, attendeeCount?: number | null }> | null, attendance?: Array<{ __typename?: 'Attendance', name: string, email: string, registrantKey?: string | null, sessionKey?: string | null, durationSeconds: number, joins: Array<{ __typename?: 'TimeRange', start: string, end: string }> }> | null } | null };

export type GoToTrainingsQueryVariables = Exact<{
  organizerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GoToTrainingsQuery = { __typename?: 'Query', trainings?: Array<{ __typename?: 'Training', id: string, vendorId: string, name: string, times: Array<{ __typename?: 'TimeRange', start: string, end: string }>, organizers?: Array<{ __typename?: 'Organizer', id: string, name: string }> | null }> | null };

export type GoToTrainingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GoToTrainingQuery = { __typename?: 'Query', training?: { __typename?: 'Training', id: string, vendorId: string, name: string, registrants?: Array<{ __typename?: 'Registrant', id: string, vendor: Vendor, vendorId: string, name: string, email: string, status: RegistrationStatus, registeredAt?: string | null, joinUrl?: string | null }> | null, sessions?: Array<{ __typename?: 'EventSession', vendorId: string, start: string, end: string, attendeeCount?: number | null }> | null, attendance?: Array<{ __typename?: 'Attendance', name: string, email: string, durationSeconds: number, joins: Array<{ __typename?: 'TimeRange', start: string, end: string }> }> | null } | null };

export type RegisterForWebinarMutationVariables = Exact<{
  webinarId: Scalars['ID']['input'];
  registrant: RegistrantInput;
}>;


export type RegisterForWebinarMutation = { __typename?: 'Mutation', registerForWebinar?: { __typename: 'AlreadyRegistered', message: string, registrant: { __typename?: 'Registrant', id: string, vendor: Vendor, vendorId: string, name: string, email: string, status: RegistrationStatus, registeredAt?: string | null, joinUrl?: string | null } } | { __typename: 'MutationRegisterForWebinarSuccess', registrant: { __typename?: 'Registrant', id: string, vendor: Vendor, vendorId: string, name: string, email: string, status: RegistrationStatus, registeredAt?: string | null, joinUrl?: string | null } } | { __typename: 'NotFoundError', resource: string, id: string } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type RegisterForTrainingMutationVariables = Exact<{
  trainingId: Scalars['ID']['input'];
  registrant: RegistrantInput;
}>;


export type RegisterForTrainingMutation = { __typename?: 'Mutation', registerForTraining?: { __typename: 'AlreadyRegistered', message: string, registrant: { __typename?: 'Registrant', id: string, vendor: Vendor, vendorId: string, name: string, email: string, status: RegistrationStatus, registeredAt?: string | null, joinUrl?: string | null } } | { __typename: 'MutationRegisterForTrainingSuccess', registrant: { __typename?: 'Registrant', id: string, vendor: Vendor, vendorId: string, name: string, email: string, status: RegistrationStatus, registeredAt?: string | null, joinUrl?: string | null } } | { __typename: 'NotFoundError', resource: string, id: string } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type CancelRegistrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelRegistrationMutation = { __typename?: 'Mutation', cancelRegistration?: { __typename: 'MutationCancelRegistrationSuccess', deleted: { __typename?: 'Deleted', id: string } } | { __typename: 'NotFoundError', resource: string, id: string } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type GoToScheduleQueryVariables = Exact<{
  range: DateRange;
}>;


export type GoToScheduleQuery = { __typename?: 'Query', meetings?: { __typename?: 'QueryMeetingsConnection', edges: Array<{ __typename?: 'QueryMeetingsConnectionEdge', node: { __typename?: 'Meeting', id: string, subject: string, start: string, status: MeetingStatus, organizer?: { __typename?: 'Organizer', name: string } | null } }> } | null, webinars?: { __typename?: 'QueryWebinarsConnection', edges: Array<{ __typename?: 'QueryWebinarsConnectionEdge', node: { __typename?: 'Webinar', id: string, subject: string, times: Array<{ __typename?: 'TimeRange', start: string, end: string }> } }> } | null, trainings?: Array<{ __typename?: 'Training', id: string, name: string, times: Array<{ __typename?: 'TimeRange', start: string, end: string }> }> | null };

export type MeetingFieldsFragment = { __typename?: 'Meeting', id: string, vendor: Vendor, vendorId: string, subject: string, start: string, end: string, type?: MeetingType | null, status: MeetingStatus, conferenceCallInfo?: string | null, audio?: ConferenceCallInfo | null, passwordRequired?: boolean | null, joinUrl: string, durationMinutes?: number | null, attendeeCount?: number | null };

export type GoToMeetingsQueryVariables = Exact<{
  when: MeetingTime;
  range?: InputMaybe<DateRange>;
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  groupId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GoToMeetingsQuery = { __typename?: 'Query', meetings?: { __typename?: 'QueryMeetingsConnection', edges: Array<{ __typename?: 'QueryMeetingsConnectionEdge', node: { __typename?: 'Meeting', id: string, vendor: Vendor, vendorId: string, subject: string, start: string, end: string, type?: MeetingType | null, status: MeetingStatus, conferenceCallInfo?: string | null, audio?: ConferenceCallInfo | null, passwordRequired?: boolean | null, joinUrl: string, durationMinutes?: number | null, attendeeCount?: number | null, organizer?: { __typename?: 'Organizer', id: string, vendorId: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type GoToMeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GoToMeetingQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', id: string, vendor: Vendor, vendorId: string, subject: string, start: string, end: string, type?: MeetingType | null, status: MeetingStatus, conferenceCallInfo?: string | null, audio?: ConferenceCallInfo | null, passwordRequired?: boolean | null, joinUrl: string, durationMinutes?: number | null, attendeeCount?: number | null, organizer?: { __typename?: 'Organizer', id: string, vendorId: string, name: string } | null, attendees?: Array<{ __typename?: 'MeetingAttendee', name: string, email?: string | null, joined: string, left: string, durationMinutes: number }> | null } | null };

export type GoToMeetingAttendeesQueryVariables = Exact<{
  range: DateRange;
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  groupId?: InputMaybe<Scalars['String']['input']>;
}>;


export type GoToMeetingAttendeesQuery = { __typename?: 'Query', meetingAttendees?: Array<{ __typename?: 'MeetingAttendee', name: string, email?: string | null, joined: string, durationMinutes: number, meeting: { __typename?: 'Meeting', vendorId: string, status: MeetingStatus, start: string, attendeeCount?: number | null, organizer?: { __typename?: 'Organizer', vendorId: string, name: string } | null }, contact?: { __typename?: 'Contact', id: string, name: string } | null }> | null };

export type GoToOrganizerMeetingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  when: MeetingTime;
  range?: InputMaybe<DateRange>;
}>;


export type GoToOrganizerMeetingsQuery = { __typename?: 'Query', organizer?: { __typename?: 'Organizer', id: string, name: string, meetings?: { __typename?: 'OrganizerMeetingsConnection', edges: Array<{ __typename?: 'OrganizerMeetingsConnectionEdge', node: { __typename?: 'Meeting', id: string, vendor: Vendor, vendorId: string, subject: string, start: string, end: string, type?: MeetingType | null, status: MeetingStatus, conferenceCallInfo?: string | null, audio?: ConferenceCallInfo | null, passwordRequired?: boolean | null, joinUrl: string, durationMinutes?: number | null, attendeeCount?: number | null } }> } | null } | null };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { __typename?: 'Mutation', createMeeting?: { __typename: 'MutationCreateMeetingSuccess', meeting: { __typename?: 'Meeting', id: string, vendor: Vendor, vendorId: string, subject: string, start: string, end: string, type?: MeetingType | null, status: MeetingStatus, conferenceCallInfo?: string | null, audio?: ConferenceCallInfo | null, passwordRequired?: boolean | null, joinUrl: string, durationMinutes?: number | null, attendeeCount?: number | null, organizer?: { __typename?: 'Organizer', vendorId: string, name: string } | null } } | { __typename: 'NotFoundError' } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type UpdateMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { __typename?: 'Mutation', updateMeeting?: { __typename: 'MutationUpdateMeetingSuccess', meeting: { __typename?: 'Meeting', id: string, vendor: Vendor, vendorId: string, subject: string, start: string, end: string, type?: MeetingType | null, status: MeetingStatus, conferenceCallInfo?: string | null, audio?: ConferenceCallInfo | null, passwordRequired?: boolean | null, joinUrl: string, durationMinutes?: number | null, attendeeCount?: number | null } } | { __typename: 'NotFoundError', resource: string, id: string } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type DeleteMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMeetingMutation = { __typename?: 'Mutation', deleteMeeting?: { __typename: 'MutationDeleteMeetingSuccess', deleted: { __typename?: 'Deleted', id: string } } | { __typename: 'NotFoundError', resource: string, id: string } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type StartMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartMeetingMutation = { __typename?: 'Mutation', startMeeting?: { __typename: 'MutationStartMeetingSuccess', start: { __typename?: 'MeetingStart', hostUrl: string, meeting: { __typename?: 'Meeting', id: string, vendor: Vendor, vendorId: string, subject: string, start: string, end: string, type?: MeetingType | null, status: MeetingStatus, conferenceCallInfo?: string | null, audio?: ConferenceCallInfo | null, passwordRequired?: boolean | null, joinUrl: string, durationMinutes?: number | null, attendeeCount?: number | null } } } | { __typename: 'NotFoundError', resource: string, id: string } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type EndMeetingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EndMeetingMutation = { __typename?: 'Mutation', endMeeting?: { __typename: 'MutationEndMeetingSuccess', meeting: { __typename?: 'Meeting', id: string, vendor: Vendor, vendorId: string, subject: string, start: string, end: string, type?: MeetingType | null, status: MeetingStatus, conferenceCallInfo?: string | null, audio?: ConferenceCallInfo | null, passwordRequired?: boolean | null, joinUrl: string, durationMinutes?: number | null, attendeeCount?: number | null, organizer?: { __typename?: 'Organizer', vendorId: string, name: string } | null, attendees?: Array<{ __typename?: 'MeetingAttendee', name: string, email?: string | null }> | null } } | { __typename: 'NotFoundError', resource: string, id: string } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type GoToMeetingNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type GoToMeetingNodesQuery = { __typename?: 'Query', nodes: Array<{ __typename?: 'Agent', id: string } | { __typename?: 'Call', id: string } | { __typename?: 'Contact', id: string } | { __typename?: 'Meeting', vendorId: string, status: MeetingStatus, id: string, organizer?: { __typename?: 'Organizer', vendorId: string, name: string } | null } | { __typename?: 'Organizer', id: string } | { __typename?: 'Queue', id: string } | { __typename?: 'Registrant', id: string } | { __typename?: 'SupportSession', id: string } | { __typename?: 'SupportTeam', id: string } | { __typename?: 'Ticket', id: string } | { __typename?: 'Training', id: string } | { __typename?: 'Webinar', id: string } | null> };

export type GoToOrganizersQueryVariables = Exact<{
  filter?: InputMaybe<OrganizerFilter>;
}>;


export type GoToOrganizersQuery = { __typename?: 'Query', organizers?: Array<{ __typename?: 'Organizer', id: string, vendorId: string, name: string, email: string, status: OrganizerStatus, products: Array<OrganizerProduct>, maxAttendees?: number | null, group?: { __typename?: 'OrganizerGroup', vendorId: string, name: string } | null }> | null };

export type GoToOrganizerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GoToOrganizerQuery = { __typename?: 'Query', organizer?: { __typename?: 'Organizer', id: string, vendorId: string, name: string, email: string, status: OrganizerStatus, group?: { __typename?: 'OrganizerGroup', vendorId: string, name: string, organizerCount: number } | null } | null };

export type GoToOrganizerGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type GoToOrganizerGroupsQuery = { __typename?: 'Query', organizerGroups?: Array<{ __typename?: 'OrganizerGroup', vendorId: string, name: string, organizerCount: number, organizers: Array<{ __typename?: 'Organizer', id: string, vendorId: string }> }> | null };

export type SignUpOrganizerMutationVariables = Exact<{
  input: SignUpOrganizerInput;
}>;


export type SignUpOrganizerMutation = { __typename?: 'Mutation', signUpOrganizer?: { __typename: 'MutationSignUpOrganizerSuccess', organizer: { __typename?: 'Organizer', id: string, vendorId: string, name: string, email: string, status: OrganizerStatus, products: Array<OrganizerProduct>, group?: { __typename?: 'OrganizerGroup', vendorId: string } | null } } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type SetOrganizerStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: OrganizerStatus;
  product?: InputMaybe<OrganizerProduct>;
}>;


export type SetOrganizerStatusMutation = { __typename?: 'Mutation', setOrganizerStatus?: { __typename: 'MutationSetOrganizerStatusSuccess', organizer: { __typename?: 'Organizer', id: string, status: OrganizerStatus, products: Array<OrganizerProduct> } } | { __typename: 'NotFoundError', resource: string, id: string } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type DeleteOrganizerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOrganizerMutation = { __typename?: 'Mutation', deleteOrganizer?: { __typename: 'MutationDeleteOrganizerSuccess', deleted: { __typename?: 'Deleted', id: string } } | { __typename: 'NotFoundError', resource: string, id: string } | { __typename: 'ValidationError', issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type ContactEventsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  range?: InputMaybe<DateRange>;
}>;


export type ContactEventsQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', id: string, email?: string | null, events?: { __typename?: 'ContactEvents', events: Array<{ __typename?: 'ContactEvent', kind: ContactEventKind, vendor: Vendor, at?: string | null, title: string, durationSeconds?: number | null, status?: RegistrationStatus | null, webinar?: { __typename?: 'Webinar', id: string, vendorId: string } | null, training?: { __typename?: 'Training', id: string, vendorId: string } | null, meeting?: { __typename?: 'Meeting', id: string, vendorId: string, organizer?: { __typename?: 'Organizer', vendorId: string, name: string } | null } | null }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }> } | null } | null };

export type MeetingPatternsQueryVariables = Exact<{
  range: DateRange;
  groupBy: MeetingPatternGrouping;
}>;


export type MeetingPatternsQuery = { __typename?: 'Query', meetingPatterns?: Array<{ __typename?: 'MeetingPattern', key: string, label: string, meetings: number, totalMinutes: number, averageMinutes: number, attendeesPerMeeting: number, topAttendees: Array<{ __typename?: 'FrequentAttendee', name: string, email?: string | null, meetings: number }> }> | null };

export type WebinarStartUrlQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebinarStartUrlQuery = { __typename?: 'Query', webinar?: { __typename?: 'Webinar', id: string, startUrl?: string | null, times: Array<{ __typename?: 'TimeRange', start: string, end: string }> } | null };

export type TrainingStartUrlQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingStartUrlQuery = { __typename?: 'Query', training?: { __typename?: 'Training', id: string, startUrl?: string | null, times: Array<{ __typename?: 'TimeRange', start: string, end: string }> } | null };

export type KpiFiguresFragment = { __typename?: 'Kpis', from: string, to: string, serviceLevelSeconds: number, serviceLevel?: number | null, abandonRate?: number | null, averageSpeedOfAnswerSeconds?: number | null, averageHandleSeconds?: number | null, sessions: number, sessionsDayBefore: number, calls: number, callsDayBefore: number, rated: number, csat?: number | null, averageRating?: number | null, complete: boolean, syncedAt?: string | null };

export type KpisQueryVariables = Exact<{
  range: DateRange;
  serviceLevelSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type KpisQuery = { __typename?: 'Query', kpis: { __typename?: 'Kpis', from: string, to: string, serviceLevelSeconds: number, serviceLevel?: number | null, abandonRate?: number | null, averageSpeedOfAnswerSeconds?: number | null, averageHandleSeconds?: number | null, sessions: number, sessionsDayBefore: number, calls: number, callsDayBefore: number, rated: number, csat?: number | null, averageRating?: number | null, complete: boolean, syncedAt?: string | null } };

export type LiveBoardKpisQueryVariables = Exact<{
  serviceLevelSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LiveBoardKpisQuery = { __typename?: 'Query', liveBoard: { __typename?: 'LiveBoard', at: string, kpis: { __typename?: 'Kpis', from: string, to: string, serviceLevelSeconds: number, serviceLevel?: number | null, abandonRate?: number | null, averageSpeedOfAnswerSeconds?: number | null, averageHandleSeconds?: number | null, sessions: number, sessionsDayBefore: number, calls: number, callsDayBefore: number, rated: number, csat?: number | null, averageRating?: number | null, complete: boolean, syncedAt?: string | null } } };

export type LiveAgentFragment = { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, name: string, status: AgentStatus }> };

export type LiveQueueFragment = { __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null };

export type LiveSessionFragment = { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, portal?: string | null, externalKey?: string | null, customer: { __typename?: 'SupportCustomer', name?: string | null }, agent?: { __typename?: 'Agent', id: string, name: string } | null };

export type LiveVendorFragment = { __typename?: 'LiveVendorStatus', vendor: Vendor, reachable: boolean, since: string, code?: string | null };

export type LiveBoardFieldsFragment = { __typename?: 'LiveBoard', at: string, agents: Array<{ __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, name: string, status: AgentStatus }> }>, queues: Array<{ __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null }>, sessions: Array<{ __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, portal?: string | null, externalKey?: string | null, customer: { __typename?: 'SupportCustomer', name?: string | null }, agent?: { __typename?: 'Agent', id: string, name: string } | null }>, vendors: Array<{ __typename?: 'LiveVendorStatus', vendor: Vendor, reachable: boolean, since: string, code?: string | null }> };

export type LiveBoardNowQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveBoardNowQuery = { __typename?: 'Query', liveBoard: { __typename?: 'LiveBoard', at: string, agents: Array<{ __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, name: string, status: AgentStatus }> }>, queues: Array<{ __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null }>, sessions: Array<{ __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, portal?: string | null, externalKey?: string | null, customer: { __typename?: 'SupportCustomer', name?: string | null }, agent?: { __typename?: 'Agent', id: string, name: string } | null }>, vendors: Array<{ __typename?: 'LiveVendorStatus', vendor: Vendor, reachable: boolean, since: string, code?: string | null }> } };

export type LiveBoardSubscriptionVariables = Exact<{
  alerts?: Scalars['Boolean']['input'];
}>;


export type LiveBoardSubscription = { __typename?: 'Subscription', liveBoard: { __typename?: 'LiveBoardEvent', kind: LiveBoardEventKind, removed: boolean, at: string, board?: { __typename?: 'LiveBoard', at: string, alerts?: Array<{ __typename?: 'Alert', id: string, state: AlertState, vendor: Vendor, message: string, value?: number | null, at: string, acknowledgedBy?: string | null, acknowledgedAt?: string | null, rule: { __typename?: 'AlertRule', id: string, kind: AlertKind, threshold?: number | null, vendor?: Vendor | null, source: AlertRuleSource }, queue?: { __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null } | null, session?: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, rating?: number | null } | null }> | null, agents: Array<{ __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, name: string, status: AgentStatus }> }>, queues: Array<{ __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null }>, sessions: Array<{ __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, portal?: string | null, externalKey?: string | null, customer: { __typename?: 'SupportCustomer', name?: string | null }, agent?: { __typename?: 'Agent', id: string, name: string } | null }>, vendors: Array<{ __typename?: 'LiveVendorStatus', vendor: Vendor, reachable: boolean, since: string, code?: string | null }> } | null, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, name: string, status: AgentStatus }> } | null, queue?: { __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null } | null, session?: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, portal?: string | null, externalKey?: string | null, customer: { __typename?: 'SupportCustomer', name?: string | null }, agent?: { __typename?: 'Agent', id: string, name: string } | null } | null, vendor?: { __typename?: 'LiveVendorStatus', vendor: Vendor, reachable: boolean, since: string, code?: string | null } | null, webinar?: { __typename?: 'WebinarActivity', event: WebinarActivityKind, webinarKey: string, webinarTitle?: string | null, registrantKey?: string | null, name?: string | null, email?: string | null, at: string } | null } };

export type AgentStatusChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<AgentStatusFilter>;
}>;


export type AgentStatusChangedSubscription = { __typename?: 'Subscription', agentStatusChanged: { __typename?: 'AgentStatusChange', status: AgentStatus, previousStatus?: AgentStatus | null, at: string, identity: { __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, name: string, email?: string | null, status: AgentStatus }, agent: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, name: string, status: AgentStatus }> } } };

export type QueueChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<QueueFilter>;
}>;


export type QueueChangedSubscription = { __typename?: 'Subscription', queueChanged: { __typename?: 'QueueChange', previousWaitingCount?: number | null, previousLongestWaitSeconds?: number | null, removed: boolean, at: string, queue: { __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null } } };

export type SessionChangedSubscriptionVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SessionChangedSubscription = { __typename?: 'Subscription', sessionChanged: { __typename?: 'SessionChange', previousStatus?: SupportSessionStatus | null, ended: boolean, at: string, session: { __typename?: 'SupportSession', rating?: number | null, feedback?: string | null, id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, portal?: string | null, externalKey?: string | null, customer: { __typename?: 'SupportCustomer', name?: string | null }, agent?: { __typename?: 'Agent', id: string, name: string } | null } } };

export type LiveAlertFragment = { __typename?: 'Alert', id: string, state: AlertState, vendor: Vendor, message: string, value?: number | null, at: string, acknowledgedBy?: string | null, acknowledgedAt?: string | null, rule: { __typename?: 'AlertRule', id: string, kind: AlertKind, threshold?: number | null, vendor?: Vendor | null, source: AlertRuleSource }, queue?: { __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null } | null, session?: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, rating?: number | null } | null };

export type AlertsSubscriptionVariables = Exact<{
  vendor?: InputMaybe<Vendor>;
  kind?: InputMaybe<AlertKind>;
}>;


export type AlertsSubscription = { __typename?: 'Subscription', alerts: { __typename?: 'Alert', id: string, state: AlertState, vendor: Vendor, message: string, value?: number | null, at: string, acknowledgedBy?: string | null, acknowledgedAt?: string | null, rule: { __typename?: 'AlertRule', id: string, kind: AlertKind, threshold?: number | null, vendor?: Vendor | null, source: AlertRuleSource }, queue?: { __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null } | null, session?: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, rating?: number | null } | null } };

export type ActiveAlertsQueryVariables = Exact<{
  vendor?: InputMaybe<Vendor>;
  kind?: InputMaybe<AlertKind>;
}>;


export type ActiveAlertsQuery = { __typename?: 'Query', activeAlerts: Array<{ __typename?: 'Alert', id: string, state: AlertState, vendor: Vendor, message: string, value?: number | null, at: string, acknowledgedBy?: string | null, acknowledgedAt?: string | null, rule: { __typename?: 'AlertRule', id: string, kind: AlertKind, threshold?: number | null, vendor?: Vendor | null, source: AlertRuleSource }, queue?: { __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null } | null, session?: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, rating?: number | null } | null }> };

export type AlertRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesQuery = { __typename?: 'Query', alertRules: Array<{ __typename?: 'AlertRule', id: string, kind: AlertKind, threshold?: number | null, vendor?: Vendor | null, source: AlertRuleSource, createdAt?: string | null, createdBy?: string | null }> };

export type CreateAlertRuleMutationVariables = Exact<{
  input: AlertRuleInput;
}>;


export type CreateAlertRuleMutation = { __typename?: 'Mutation', createAlertRule?: { __typename: 'MutationCreateAlertRuleSuccess', rule: { __typename?: 'AlertRule', id: string, kind: AlertKind, threshold?: number | null, vendor?: Vendor | null, source: AlertRuleSource, createdBy?: string | null } } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeAlertMutation = { __typename?: 'Mutation', acknowledgeAlert?: { __typename: 'MutationAcknowledgeAlertSuccess', alert: { __typename?: 'Alert', id: string, state: AlertState, vendor: Vendor, message: string, value?: number | null, at: string, acknowledgedBy?: string | null, acknowledgedAt?: string | null, rule: { __typename?: 'AlertRule', id: string, kind: AlertKind, threshold?: number | null, vendor?: Vendor | null, source: AlertRuleSource }, queue?: { __typename?: 'Queue', id: string, vendor: Vendor, vendorId: string, name: string, waitingCount: number, longestWaitSeconds: number, waitingSince?: string | null } | null, session?: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, rating?: number | null } | null } } | { __typename: 'NotFoundError', message: string } | null };

export type DeleteAlertRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAlertRuleMutation = { __typename?: 'Mutation', deleteAlertRule?: { __typename: 'MutationDeleteAlertRuleSuccess', id: string } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type NodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeQuery = { __typename?: 'Query', node?: { __typename: 'Agent', id: string } | { __typename: 'Call', id: string } | { __typename: 'Contact', name: string, email?: string | null, id: string } | { __typename: 'Meeting', id: string } | { __typename: 'Organizer', id: string } | { __typename: 'Queue', id: string } | { __typename: 'Registrant', id: string } | { __typename: 'SupportSession', id: string } | { __typename: 'SupportTeam', id: string } | { __typename: 'Ticket', subject?: string | null, status: TicketStatus, id: string } | { __typename: 'Training', id: string } | { __typename: 'Webinar', id: string } | null };

export type SupportStatsRowFieldsFragment = { __typename?: 'SupportStatsRow', key: string, label: string, sessions: number, endedSessions: number, averageDurationSeconds?: number | null, p90DurationSeconds?: number | null, resolvedSessions: number, sessionsWithResolution: number, resolutionRate?: number | null, ratedSessions: number, averageRating?: number | null, sessionsWithTicket: number, distinctTickets: number, sessionsPerTicket?: number | null };

export type SupportStatsQueryVariables = Exact<{
  range: DateRange;
  groupBy: SupportStatsGrouping;
}>;


export type SupportStatsQuery = { __typename?: 'Query', supportStats?: { __typename?: 'SupportStats', source: DataSource, syncedAt?: string | null, complete: boolean, rows: Array<{ __typename?: 'SupportStatsRow', key: string, label: string, sessions: number, endedSessions: number, averageDurationSeconds?: number | null, p90DurationSeconds?: number | null, resolvedSessions: number, sessionsWithResolution: number, resolutionRate?: number | null, ratedSessions: number, averageRating?: number | null, sessionsWithTicket: number, distinctTickets: number, sessionsPerTicket?: number | null }>, total: { __typename?: 'SupportStatsRow', key: string, label: string, sessions: number, endedSessions: number, averageDurationSeconds?: number | null, p90DurationSeconds?: number | null, resolvedSessions: number, sessionsWithResolution: number, resolutionRate?: number | null, ratedSessions: number, averageRating?: number | null, sessionsWithTicket: number, distinctTickets: number, sessionsPerTicket?: number | null } } | null };

export type WebinarFunnelQueryVariables = Exact<{
  webinar: Scalars['ID']['input'];
}>;


export type WebinarFunnelQuery = { __typename?: 'Query', webinarFunnel?: { __typename?: 'WebinarFunnel', source: DataSource, syncedAt?: string | null, complete: boolean, webinarKey: string, subject: string, startsAt?: string | null, endsAt?: string | null, registered: number, attended: number, attendanceRate?: number | null, attendanceMinutes: number, averageAttendanceMinutes?: number | null } | null };

export type ContactTimelineQueryVariables = Exact<{
  contactId: Scalars['ID']['input'];
  range?: InputMaybe<DateRange>;
}>;


export type ContactTimelineQuery = { __typename?: 'Query', contactTimeline?: { __typename?: 'ContactTimeline', source: DataSource, syncedAt?: string | null, complete: boolean, email?: string | null, phone?: string | null, contact?: { __typename?: 'Contact', id: string, name: string } | null, entries: Array<{ __typename?: 'TimelineEntry', at?: string | null, kind: TimelineEntryKind, vendor: Vendor, vendorId: string, title: string, status?: string | null, durationSeconds?: number | null, matchedBy: TimelineMatch }> } | null };

export type MeetingPatternsSourcedQueryVariables = Exact<{
  range: DateRange;
  groupBy: MeetingPatternGrouping;
}>;


export type MeetingPatternsSourcedQuery = { __typename?: 'Query', meetingPatterns?: Array<{ __typename?: 'MeetingPattern', source: DataSource, syncedAt?: string | null, key: string, label: string, meetings: number, totalMinutes: number, averageMinutes: number, attendeesPerMeeting: number, topAttendees: Array<{ __typename?: 'FrequentAttendee', name: string, email?: string | null, meetings: number }> }> | null };

export type PastMeetingsSourcedQueryVariables = Exact<{
  range: DateRange;
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  groupId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PastMeetingsSourcedQuery = { __typename?: 'Query', meetings?: { __typename?: 'QueryMeetingsConnection', source: DataSource, syncedAt?: string | null, edges: Array<{ __typename?: 'QueryMeetingsConnectionEdge', node: { __typename?: 'Meeting', id: string, vendorId: string, subject: string, start: string, end: string, durationMinutes?: number | null, attendeeCount?: number | null, attendees?: Array<{ __typename?: 'MeetingAttendee', name: string, email?: string | null, durationMinutes: number }> | null } }> } | null };

export type SupportSessionsSourcedQueryVariables = Exact<{
  filter?: InputMaybe<SupportSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SupportSessionsSourcedQuery = { __typename?: 'Query', supportSessions?: { __typename?: 'SupportSessionConnection', source: DataSource, syncedAt?: string | null, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string }>, edges: Array<{ __typename?: 'SupportSessionEdge', node: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, rating?: number | null, resolution?: SessionResolution | null, externalKey?: string | null, events?: { __typename?: 'SupportSessionEventsConnection', edges: Array<{ __typename?: 'SupportSessionEventsConnectionEdge', node: { __typename?: 'SupportSessionEvent', kind: SupportSessionEventKind, body?: string | null } }> } | null } }> } | null };

export type ContactEventsSourcedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  range?: InputMaybe<DateRange>;
}>;


export type ContactEventsSourcedQuery = { __typename?: 'Query', contact?: { __typename?: 'Contact', events?: { __typename?: 'ContactEvents', source: DataSource, syncedAt?: string | null, events: Array<{ __typename?: 'ContactEvent', kind: ContactEventKind, vendor: Vendor, at?: string | null, title: string, durationSeconds?: number | null, status?: RegistrationStatus | null }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor }> } | null } | null };

export type SupportSessionFiguresQueryVariables = Exact<{
  filter?: InputMaybe<SupportSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SupportSessionFiguresQuery = { __typename?: 'Query', supportSessions?: { __typename?: 'SupportSessionConnection', source: DataSource, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SupportSessionEdge', node: { __typename?: 'SupportSession', vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, rating?: number | null, resolution?: SessionResolution | null, externalKey?: string | null } }> } | null };

export type ScreenPopFieldsFragment = { __typename?: 'ScreenPop', call: { __typename?: 'Call', id: string, vendorId: string, direction: CallDirection, phone: string, campaign: string, agentUserId?: string | null, outcome?: CallOutcome | null, ivrTicketNumber?: string | null }, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus, priority?: TicketPriority | null, tags: Array<string>, requester?: { __typename?: 'Contact', id: string, vendorId: string } | null } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null, role: string } | null, recentTickets?: Array<{ __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus, updatedAt: string }> | null, openSupportSessions?: Array<{ __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, ticket?: { __typename?: 'Ticket', vendorId: string } | null }> | null, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }>, preferredAgent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, status: AgentStatus }> } | null };

export type ScreenPopQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type ScreenPopQuery = { __typename?: 'Query', screenPop?: { __typename?: 'ScreenPop', call: { __typename?: 'Call', id: string, vendorId: string, direction: CallDirection, phone: string, campaign: string, agentUserId?: string | null, outcome?: CallOutcome | null, ivrTicketNumber?: string | null }, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus, priority?: TicketPriority | null, tags: Array<string>, requester?: { __typename?: 'Contact', id: string, vendorId: string } | null } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null, role: string } | null, recentTickets?: Array<{ __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus, updatedAt: string }> | null, openSupportSessions?: Array<{ __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, ticket?: { __typename?: 'Ticket', vendorId: string } | null }> | null, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }>, preferredAgent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, status: AgentStatus }> } | null } | null };

export type PreferredAgentForQueryVariables = Exact<{
  phone: Scalars['String']['input'];
}>;


export type PreferredAgentForQuery = { __typename?: 'Query', preferredAgentFor?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, status: AgentStatus }> } | null };

export type IncomingCallSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IncomingCallSubscription = { __typename?: 'Subscription', incomingCall?: { __typename?: 'ScreenPop', call: { __typename?: 'Call', id: string, vendorId: string, direction: CallDirection, phone: string, campaign: string, agentUserId?: string | null, outcome?: CallOutcome | null, ivrTicketNumber?: string | null }, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus, priority?: TicketPriority | null, tags: Array<string>, requester?: { __typename?: 'Contact', id: string, vendorId: string } | null } | null, contact?: { __typename?: 'Contact', id: string, vendorId: string, name: string, email?: string | null, phone?: string | null, role: string } | null, recentTickets?: Array<{ __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus, updatedAt: string }> | null, openSupportSessions?: Array<{ __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, ticket?: { __typename?: 'Ticket', vendorId: string } | null }> | null, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }>, preferredAgent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus, identities: Array<{ __typename?: 'AgentIdentity', vendor: Vendor, vendorId: string, status: AgentStatus }> } | null } | null };

export type AgentSignOnMutationVariables = Exact<{
  returnTo?: InputMaybe<Scalars['String']['input']>;
}>;


export type AgentSignOnMutation = { __typename?: 'Mutation', agentSignOn?: { __typename: 'MutationAgentSignOnSuccess', signOn: { __typename?: 'AgentSignOn', url: string, expiresAt: string } } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type SupportSessionSummaryFragment = { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, portal?: string | null, externalKey?: string | null, recordingUrl?: string | null, customer: { __typename?: 'SupportCustomer', name?: string | null, company?: string | null, email?: string | null }, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, team?: { __typename?: 'SupportTeam', id: string, name: string } | null, queue?: { __typename?: 'Queue', id: string, name: string, waitingCount: number, longestWaitSeconds: number } | null };

export type SupportSessionsQueryVariables = Exact<{
  filter?: InputMaybe<SupportSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SupportSessionsQuery = { __typename?: 'Query', supportSessions?: { __typename?: 'SupportSessionConnection', edges: Array<{ __typename?: 'SupportSessionEdge', cursor: string, node: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, portal?: string | null, externalKey?: string | null, recordingUrl?: string | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null } | null, customer: { __typename?: 'SupportCustomer', name?: string | null, company?: string | null, email?: string | null }, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, team?: { __typename?: 'SupportTeam', id: string, name: string } | null, queue?: { __typename?: 'Queue', id: string, name: string, waitingCount: number, longestWaitSeconds: number } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string, message: string }> } | null };

export type SupportSessionsRatedQueryVariables = Exact<{
  filter?: InputMaybe<SupportSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SupportSessionsRatedQuery = { __typename?: 'Query', supportSessions?: { __typename?: 'SupportSessionConnection', edges: Array<{ __typename?: 'SupportSessionEdge', node: { __typename?: 'SupportSession', id: string, vendor: Vendor, rating?: number | null, feedback?: string | null, resolution?: SessionResolution | null } }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string }> } | null };

export type SupportSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  eventsFirst?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SupportSessionQuery = { __typename?: 'Query', supportSession?: { __typename?: 'SupportSession', rating?: number | null, feedback?: string | null, resolution?: SessionResolution | null, id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, startedAt?: string | null, endedAt?: string | null, durationSeconds?: number | null, portal?: string | null, externalKey?: string | null, recordingUrl?: string | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null } | null, events?: { __typename?: 'SupportSessionEventsConnection', edges: Array<{ __typename?: 'SupportSessionEventsConnectionEdge', node: { __typename?: 'SupportSessionEvent', kind: SupportSessionEventKind, vendorType: string, at?: string | null, body?: string | null, fileName?: string | null, fileSize?: number | null, by?: { __typename?: 'SessionParticipant', kind: ParticipantKind, name: string } | null, to?: { __typename?: 'SessionParticipant', kind: ParticipantKind, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } | null, customer: { __typename?: 'SupportCustomer', name?: string | null, company?: string | null, email?: string | null }, agent?: { __typename?: 'Agent', id: string, name: string, email?: string | null, status: AgentStatus } | null, team?: { __typename?: 'SupportTeam', id: string, name: string } | null, queue?: { __typename?: 'Queue', id: string, name: string, waitingCount: number, longestWaitSeconds: number } | null } | null };

export type TicketSupportSessionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketSupportSessionsQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, vendorId: string, supportSessions?: { __typename?: 'SupportSessionConnection', edges: Array<{ __typename?: 'SupportSessionEdge', node: { __typename?: 'SupportSession', id: string, vendor: Vendor, vendorId: string, status: SupportSessionStatus, externalKey?: string | null } }>, unavailableVendors: Array<{ __typename?: 'UnavailableVendor', vendor: Vendor, code: string }> } | null } | null };

export type StartSupportSessionMutationVariables = Exact<{
  input: StartSupportSessionInput;
}>;


export type StartSupportSessionMutation = { __typename?: 'Mutation', startSupportSession?: { __typename: 'MutationStartSupportSessionSuccess', started: { __typename?: 'StartedSupportSession', vendor: Vendor, code: string, joinUrl: string, expiresAt?: string | null, session?: { __typename?: 'SupportSession', id: string, vendorId: string, status: SupportSessionStatus } | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string } | null } } | { __typename: 'NotFoundError', message: string, resource: string, id: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type TransferSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  to: SupportTargetInput;
}>;


export type TransferSessionMutation = { __typename?: 'Mutation', transferSession?: { __typename: 'MutationTransferSessionSuccess', session: { __typename?: 'SupportSession', id: string, status: SupportSessionStatus, agent?: { __typename?: 'Agent', id: string, name: string } | null, team?: { __typename?: 'SupportTeam', id: string, name: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type EndSessionMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type EndSessionMutation = { __typename?: 'Mutation', endSession?: { __typename: 'MutationEndSessionSuccess', session: { __typename?: 'SupportSession', id: string, status: SupportSessionStatus, endedAt?: string | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type SetSessionExternalKeyMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
}>;


export type SetSessionExternalKeyMutation = { __typename?: 'Mutation', setSessionExternalKey?: { __typename: 'MutationSetSessionExternalKeySuccess', session: { __typename?: 'SupportSession', id: string, externalKey?: string | null, ticket?: { __typename?: 'Ticket', id: string, vendorId: string } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type CancelConnectionCodeMutationVariables = Exact<{
  vendor: Vendor;
  code: Scalars['String']['input'];
}>;


export type CancelConnectionCodeMutation = { __typename?: 'Mutation', cancelConnectionCode?: { __typename: 'MutationCancelConnectionCodeSuccess', cancelled: { __typename?: 'CancelledConnectionCode', vendor: Vendor, code: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type TicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, description?: string | null, status: TicketStatus, priority?: TicketPriority | null, type?: TicketType | null, tags: Array<string>, url: string, createdAt: string, updatedAt: string, requester?: { __typename?: 'Contact', id: string, name: string, email?: string | null, phone?: string | null } | null, assignee?: { __typename?: 'Contact', id: string, name: string, email?: string | null } | null } | null };

export type TicketWithCommentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketWithCommentsQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, subject?: string | null, comments?: { __typename?: 'TicketCommentsConnection', edges: Array<{ __typename?: 'TicketCommentsConnectionEdge', cursor: string, node: { __typename?: 'Comment', id: string, body: string, public: boolean, createdAt: string, author?: { __typename?: 'Contact', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } | null };

export type TicketsQueryVariables = Exact<{
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TicketsQuery = { __typename?: 'Query', tickets?: { __typename?: 'QueryTicketsConnection', edges: Array<{ __typename?: 'QueryTicketsConnectionEdge', cursor: string, node: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus, priority?: TicketPriority | null, createdAt: string, requester?: { __typename?: 'Contact', id: string, name: string, email?: string | null } | null, assignee?: { __typename?: 'Contact', id: string, name: string, email?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketMutation = { __typename?: 'Mutation', createTicket?: { __typename: 'MutationCreateTicketSuccess', ticket: { __typename?: 'Ticket', id: string, vendorId: string, subject?: string | null, status: TicketStatus, priority?: TicketPriority | null, tags: Array<string>, requester?: { __typename?: 'Contact', id: string, email?: string | null } | null } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type UpdateTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
}>;


export type UpdateTicketMutation = { __typename?: 'Mutation', updateTicket?: { __typename: 'MutationUpdateTicketSuccess', ticket: { __typename?: 'Ticket', id: string, status: TicketStatus, priority?: TicketPriority | null, subject?: string | null, tags: Array<string> } } | { __typename: 'NotFoundError', message: string, resource: string, id: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type AddTicketCommentMutationVariables = Exact<{
  ticketId: Scalars['ID']['input'];
  comment: CommentInput;
}>;


export type AddTicketCommentMutation = { __typename?: 'Mutation', addTicketComment?: { __typename: 'MutationAddTicketCommentSuccess', ticket: { __typename?: 'Ticket', id: string, updatedAt: string } } | { __typename: 'NotFoundError', message: string } | { __typename: 'ValidationError', message: string, issues: Array<{ __typename?: 'FieldIssue', field: string, message: string }> } | null };

export type FaultProbeSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultProbeSetupQuery = { __typename?: 'Query', tickets?: { __typename?: 'QueryTicketsConnection', edges: Array<{ __typename?: 'QueryTicketsConnectionEdge', node: { __typename?: 'Ticket', vendorId: string } }> } | null };

export type FaultProbeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  email: Scalars['String']['input'];
}>;


export type FaultProbeQuery = { __typename?: 'Query', ticket?: { __typename?: 'Ticket', id: string, subject?: string | null } | null, contactsByEmail?: Array<{ __typename?: 'Contact', id: string }> | null };

export type FaultTwoWritesMutationVariables = Exact<{
  subject: Scalars['String']['input'];
}>;


export type FaultTwoWritesMutation = { __typename?: 'Mutation', ticket?: { __typename: 'MutationCreateTicketSuccess', ticket: { __typename?: 'Ticket', id: string } } | { __typename: 'NotFoundError' } | { __typename: 'ValidationError' } | null, contact?: { __typename: 'MutationCreateContactSuccess' } | { __typename: 'ValidationError' } | null };

export type TicketsWithSupportSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketsWithSupportSessionsQuery = { __typename?: 'Query', tickets?: { __typename?: 'QueryTicketsConnection', edges: Array<{ __typename?: 'QueryTicketsConnectionEdge', node: { __typename?: 'Ticket', vendorId: string, supportSessions?: { __typename?: 'SupportSessionConnection', edges: Array<{ __typename?: 'SupportSessionEdge', node: { __typename?: 'SupportSession', vendor: Vendor, externalKey?: string | null, agent?: { __typename?: 'Agent', name: string } | null } }> } | null } }> } | null };

export type SupportNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SupportNodesQuery = { __typename?: 'Query', nodes: Array<{ __typename: 'Agent', email?: string | null, id: string } | { __typename: 'Call', id: string } | { __typename: 'Contact', id: string } | { __typename: 'Meeting', id: string } | { __typename: 'Organizer', id: string } | { __typename: 'Queue', waitingCount: number, id: string } | { __typename: 'Registrant', id: string } | { __typename: 'SupportSession', vendorId: string, id: string } | { __typename: 'SupportTeam', name: string, id: string } | { __typename: 'Ticket', id: string } | { __typename: 'Training', id: string } | { __typename: 'Webinar', id: string } | null> };

export type SupportSessionNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SupportSessionNodesQuery = { __typename?: 'Query', nodes: Array<{ __typename?: 'Agent', id: string } | { __typename?: 'Call', id: string } | { __typename?: 'Contact', id: string } | { __typename?: 'Meeting', id: string } | { __typename?: 'Organizer', id: string } | { __typename?: 'Queue', id: string } | { __typename?: 'Registrant', id: string } | { __typename?: 'SupportSession', vendorId: string, status: SupportSessionStatus, id: string, customer: { __typename?: 'SupportCustomer', name?: string | null } } | { __typename?: 'SupportTeam', id: string } | { __typename?: 'Ticket', id: string } | { __typename?: 'Training', id: string } | { __typename?: 'Webinar', id: string } | null> };

export type AgentsWithSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsWithSessionsQuery = { __typename?: 'Query', agents?: { __typename?: 'AgentList', nodes: Array<{ __typename?: 'Agent', id: string, status: AgentStatus, activeSessions?: Array<{ __typename?: 'SupportSession', id: string, vendor: Vendor, status: SupportSessionStatus }> | null, teams?: Array<{ __typename?: 'SupportTeam', id: string, name: string }> | null }> } | null };

export type BackwardProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type BackwardProbeQuery = { __typename?: 'Query', tickets?: { __typename?: 'QueryTicketsConnection', edges: Array<{ __typename?: 'QueryTicketsConnectionEdge', cursor: string }> } | null };

export const CallFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"callType"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"ringSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CallFieldsFragment, unknown>;
export const RegistrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}}]}}]} as unknown as DocumentNode<RegistrantFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCallInfo"}},{"kind":"Field","name":{"kind":"Name","value":"audio"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRequired"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]} as unknown as DocumentNode<MeetingFieldsFragment, unknown>;
export const KpiFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedOfAnswerSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageHandleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"callsDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}}]}}]} as unknown as DocumentNode<KpiFiguresFragment, unknown>;
export const LiveAgentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LiveAgentFragment, unknown>;
export const LiveQueueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveQueue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}}]} as unknown as DocumentNode<LiveQueueFragment, unknown>;
export const LiveSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"portal"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LiveSessionFragment, unknown>;
export const LiveVendorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveVendor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveVendorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<LiveVendorFragment, unknown>;
export const LiveBoardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveVendor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveQueue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"portal"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveVendor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveVendorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<LiveBoardFieldsFragment, unknown>;
export const LiveAlertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveQueue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}}]} as unknown as DocumentNode<LiveAlertFragment, unknown>;
export const SupportStatsRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportStatsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"averageDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90DurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWithResolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"ratedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWithTicket"}},{"kind":"Field","name":{"kind":"Name","value":"distinctTickets"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsPerTicket"}}]}}]} as unknown as DocumentNode<SupportStatsRowFieldsFragment, unknown>;
export const ScreenPopFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreenPopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreenPop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSupportSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ScreenPopFieldsFragment, unknown>;
export const SupportSessionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportSessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"portal"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}}]}}]}}]} as unknown as DocumentNode<SupportSessionSummaryFragment, unknown>;
export const AgentsDocument = {"__meta__":{"hash":"6746fb86f454779b7f2e75984725a67e64a0b607179b6362f675df4d41f0d389"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AgentsQuery, AgentsQueryVariables>;
export const AgentByEmailDocument = {"__meta__":{"hash":"15e1a3a4e581c19fbbbb4d9b0219ca56871a41b8c69ccd6f2e60ea191b173b13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentByEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AgentByEmailQuery, AgentByEmailQueryVariables>;
export const SupportTeamsDocument = {"__meta__":{"hash":"78611f7301e74f49f684047b3c644d3f93fc96b0428a5ee34b1f13cb0c54c5ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SupportTeamsQuery, SupportTeamsQueryVariables>;
export const SupportQueuesDocument = {"__meta__":{"hash":"24bdaea09365502003897b445e1da757d3258be16e00c9b806e8f5da429f5f24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportQueues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SupportQueuesQuery, SupportQueuesQueryVariables>;
export const VendorFailureAuditDocument = {"__meta__":{"hash":"8adb33746d3b6afdbcc3ecf6044049104dfed47b20d74a24a98c84b6b5368a7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VendorFailureAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventsRange"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventsRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizerGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webinars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"assistQueues"},"name":{"kind":"Name","value":"queues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendor"},"value":{"kind":"EnumValue","value":"GOTO_ASSIST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bomgarTeams"},"name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendor"},"value":{"kind":"EnumValue","value":"BOMGAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VendorFailureAuditQuery, VendorFailureAuditQueryVariables>;
export const BenchTicketDocument = {"__meta__":{"hash":"3dfda8daca56b3b3622921dcb6e5ce290c2647cac9a4becce1cfd3e3f06e9f27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchTicketQuery, BenchTicketQueryVariables>;
export const CallDocument = {"__meta__":{"hash":"91208e59f0fa929974b0e2c3d31d2b4a63837d1af1f43571b193d051435a3f63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Call"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"callType"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"ringSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<CallQuery, CallQueryVariables>;
export const ContactCallsDocument = {"__meta__":{"hash":"1f4be9f092aaf4d73a498ef46ac295d71740450dafc781bbb8b4f98d182276b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"callType"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"ringSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ContactCallsQuery, ContactCallsQueryVariables>;
export const TicketCallsDocument = {"__meta__":{"hash":"feeffe673ec3c72675c2012a697da9246608532da2003c994d1009a5533f15af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"callType"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"ringSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<TicketCallsQuery, TicketCallsQueryVariables>;
export const DialDocument = {"__meta__":{"hash":"a3403421e5f30322d4245dfeaf7801c4b7b622429a7509a49ee81ded003227cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Dial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaign"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"Argument","name":{"kind":"Name","value":"campaign"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaign"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationDialSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentNotReady"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"callType"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"ringSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<DialMutation, DialMutationVariables>;
export const DisposeCallDocument = {"__meta__":{"hash":"a87138650f1fb0101f582bd6fba889d76f2fdf7abab3ff1163e80e346dcb22d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisposeCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disposeCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationDisposeCallSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"callType"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"ringSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<DisposeCallMutation, DisposeCallMutationVariables>;
export const ScheduleCallbackDocument = {"__meta__":{"hash":"319fb552724b23a98e26ccc612aabfef2de5380217e8fbe584f32084596de377"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationScheduleCallbackSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"callType"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"holdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"ringSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"}},{"kind":"Field","name":{"kind":"Name","value":"systemDisposition"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ScheduleCallbackMutation, ScheduleCallbackMutationVariables>;
export const CompleteContactDocument = {"__meta__":{"hash":"a650e2f6b375bfd73928bbcb035eb5fcd1de6b38dbbba7920bb8f418953c569e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCompleteContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteContactMutation, CompleteContactMutationVariables>;
export const ContactDocument = {"__meta__":{"hash":"0aee0fc81ce99bde237c4b3ad0dd6eaa50907b6432832009f9dc6187fc3e6d5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactQuery, ContactQueryVariables>;
export const ContactsByPhoneDocument = {"__meta__":{"hash":"2ac35100056e9f3a11264c83b752de57092e8bab1fd0ad3a48d3010a2c1babd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsByPhone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactsByPhone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ContactsByPhoneQuery, ContactsByPhoneQueryVariables>;
export const ContactsByEmailDocument = {"__meta__":{"hash":"5a48aeefc2f3f9bc0d43e732df94cdf546974f4c69fe8cab89b84798ab5ddfa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactsByEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactsByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ContactsByEmailQuery, ContactsByEmailQueryVariables>;
export const CreateContactDocument = {"__meta__":{"hash":"9c9f70a32839e59737faf574f5b34e3eef56892cd52a8ab67151acfce844639f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateContactSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateContactMutation, CreateContactMutationVariables>;
export const DashboardTeamsDocument = {"__meta__":{"hash":"2371cab9aebd6ba4c73e4d2cd2e6201012ee0f0bd9f8e81be43c2a7c3dc223f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardTeamsQuery, DashboardTeamsQueryVariables>;
export const DashboardTodayDocument = {"__meta__":{"hash":"9aa7fddfb121a3f8af4f2c56ce2e381fdae787705e506078fc1b107dd087f57a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"talkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardTodayQuery, DashboardTodayQueryVariables>;
export const GoToWebinarsDocument = {"__meta__":{"hash":"1d3fd1b396372403e719b4a1f2888b834254a0bab5be75f031b84bfacdca53a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToWebinars"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webinars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"inSession"}},{"kind":"Field","name":{"kind":"Name","value":"registrantCount"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GoToWebinarsQuery, GoToWebinarsQueryVariables>;
export const GoToWebinarDocument = {"__meta__":{"hash":"c05cde7d5e7fdabd7fda3f44316d57f804b7160125a6a8720a0e6d02aa2b2c1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToWebinar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webinar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrantFields"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"registrantKey"}},{"kind":"Field","name":{"kind":"Name","value":"sessionKey"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"joins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}}]}}]} as unknown as DocumentNode<GoToWebinarQuery, GoToWebinarQueryVariables>;
export const GoToTrainingsDocument = {"__meta__":{"hash":"800709fa68b84927b3c2b17191f39e84bd08d8a679b9fc5da8b1afd0fa1e2fab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToTrainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GoToTrainingsQuery, GoToTrainingsQueryVariables>;
export const GoToTrainingDocument = {"__meta__":{"hash":"d77577608f255e61efb47f70e1a915516ba9f82b7133e10579557bd6223bc226"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"joins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}}]}}]} as unknown as DocumentNode<GoToTrainingQuery, GoToTrainingQueryVariables>;
export const RegisterForWebinarDocument = {"__meta__":{"hash":"c443babd327bca23dabbafd20eb305e57484d44f6e83cc4e97817ed3c0e21220"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForWebinar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webinarId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForWebinar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webinarId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webinarId"}}},{"kind":"Argument","name":{"kind":"Name","value":"registrant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRegisterForWebinarSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyRegistered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"registrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}}]}}]} as unknown as DocumentNode<RegisterForWebinarMutation, RegisterForWebinarMutationVariables>;
export const RegisterForTrainingDocument = {"__meta__":{"hash":"a12aa2553f1116005d80965e6cb299afe9e8734f845c4e88bea09fe9497bab4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"registrant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRegisterForTrainingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyRegistered"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"registrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrantFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}}]}}]} as unknown as DocumentNode<RegisterForTrainingMutation, RegisterForTrainingMutationVariables>;
export const CancelRegistrationDocument = {"__meta__":{"hash":"1720f95304400b4634f6718870e0b40fce9ab2b6e233b2125d387ac96e79bff3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCancelRegistrationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const GoToScheduleDocument = {"__meta__":{"hash":"f26d24220aa872c20da8f38336ffae8afa1af167ad9ecbb164309e5b826a7b8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"EnumValue","value":"UPCOMING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webinars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<GoToScheduleQuery, GoToScheduleQueryVariables>;
export const GoToMeetingsDocument = {"__meta__":{"hash":"36f7b380a7ea35f48cf5f829b026e6e132bebf7c1f2b4ae45141cf796d7be89d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"when"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"Variable","name":{"kind":"Name","value":"when"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCallInfo"}},{"kind":"Field","name":{"kind":"Name","value":"audio"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRequired"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]} as unknown as DocumentNode<GoToMeetingsQuery, GoToMeetingsQueryVariables>;
export const GoToMeetingDocument = {"__meta__":{"hash":"f994bd6e65423d6dcdaf6871a5ab0458814a4b8e05b2ae8c2c8aa1acea00a265"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCallInfo"}},{"kind":"Field","name":{"kind":"Name","value":"audio"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRequired"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]} as unknown as DocumentNode<GoToMeetingQuery, GoToMeetingQueryVariables>;
export const GoToMeetingAttendeesDocument = {"__meta__":{"hash":"fc4293cb924aec935aee826e00495e9fe251524c38719f9fbed9f902b5fbdaf0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToMeetingAttendees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingAttendees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GoToMeetingAttendeesQuery, GoToMeetingAttendeesQueryVariables>;
export const GoToOrganizerMeetingsDocument = {"__meta__":{"hash":"4666922432856228fbc26549c14f9fe645fc0e168d1c878967b7dbbe918d8de4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToOrganizerMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"when"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"Variable","name":{"kind":"Name","value":"when"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCallInfo"}},{"kind":"Field","name":{"kind":"Name","value":"audio"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRequired"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]} as unknown as DocumentNode<GoToOrganizerMeetingsQuery, GoToOrganizerMeetingsQueryVariables>;
export const CreateMeetingDocument = {"__meta__":{"hash":"bd2b285fbdc4b43a5682ff128d49b6be51ec528ef269a234b3e68113c648890e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateMeetingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCallInfo"}},{"kind":"Field","name":{"kind":"Name","value":"audio"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRequired"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = {"__meta__":{"hash":"6ec27f07ff4905cb4adc351721fdcd4a104a6f9bd683a97982ddf411493d3b22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdateMeetingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCallInfo"}},{"kind":"Field","name":{"kind":"Name","value":"audio"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRequired"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const DeleteMeetingDocument = {"__meta__":{"hash":"06109d681ca7751ccfc18be6715bbaf17f0b32db9a666918b07b0ee5e2249bff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationDeleteMeetingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMeetingMutation, DeleteMeetingMutationVariables>;
export const StartMeetingDocument = {"__meta__":{"hash":"e3fa27d300d53de632e32cb2adb050446c105eed9265132af24d514ca7743dec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationStartMeetingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostUrl"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCallInfo"}},{"kind":"Field","name":{"kind":"Name","value":"audio"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRequired"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]} as unknown as DocumentNode<StartMeetingMutation, StartMeetingMutationVariables>;
export const EndMeetingDocument = {"__meta__":{"hash":"09e692e0274dd7ee60d6265abf413a42ae33d89a5d34ea6ca87413414877dd10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationEndMeetingSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conferenceCallInfo"}},{"kind":"Field","name":{"kind":"Name","value":"audio"}},{"kind":"Field","name":{"kind":"Name","value":"passwordRequired"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}}]}}]} as unknown as DocumentNode<EndMeetingMutation, EndMeetingMutationVariables>;
export const GoToMeetingNodesDocument = {"__meta__":{"hash":"767f346c058cd650aac327d5aa2fb8bfadb40ae5634bd0524418e446e04bd47b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToMeetingNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoToMeetingNodesQuery, GoToMeetingNodesQueryVariables>;
export const GoToOrganizersDocument = {"__meta__":{"hash":"72d9a1f0886f74e8f0a2cc6be4427653cc46689f393b76b4f4db51fbdd92f526"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToOrganizers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GoToOrganizersQuery, GoToOrganizersQueryVariables>;
export const GoToOrganizerDocument = {"__meta__":{"hash":"b9ffbe89486b1ec9ed29536639aa3e9a3a93c51ac51dd2302c89ce4ce863bc08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToOrganizer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizerCount"}}]}}]}}]}}]} as unknown as DocumentNode<GoToOrganizerQuery, GoToOrganizerQueryVariables>;
export const GoToOrganizerGroupsDocument = {"__meta__":{"hash":"a836dcdfa93fc6ad508f0462538bde30db19123373f555676f50b7d2680471fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GoToOrganizerGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizerGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizerCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}}]}}]} as unknown as DocumentNode<GoToOrganizerGroupsQuery, GoToOrganizerGroupsQueryVariables>;
export const SignUpOrganizerDocument = {"__meta__":{"hash":"0827ee12d5bbf96c99ad3cec4b5ac605a1f29782ab546a01c638e4ccc4ac1a1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpOrganizer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpOrganizerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpOrganizer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationSignUpOrganizerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignUpOrganizerMutation, SignUpOrganizerMutationVariables>;
export const SetOrganizerStatusDocument = {"__meta__":{"hash":"98e6716760d670babd21ddc747624c5c05f8efdbce464586400d7bb873290255"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizerStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizerProduct"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganizerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationSetOrganizerStatusSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"products"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetOrganizerStatusMutation, SetOrganizerStatusMutationVariables>;
export const DeleteOrganizerDocument = {"__meta__":{"hash":"733b14284ad062233f63d6d2a1ad380ad3613f8c44be2aae4c2040d874361636"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganizer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganizer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationDeleteOrganizerSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteOrganizerMutation, DeleteOrganizerMutationVariables>;
export const ContactEventsDocument = {"__meta__":{"hash":"644c9e0bd8d8c6c25047c8578fd547507cacf01a18af7908deb2b88b419d37a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"webinar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactEventsQuery, ContactEventsQueryVariables>;
export const MeetingPatternsDocument = {"__meta__":{"hash":"0f95bf4b14a5ad922601b7446705c7f13f84c6f611f2d9bf6eff10cd298fe327"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPatterns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingPatternGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingPatterns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"averageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeesPerMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"topAttendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPatternsQuery, MeetingPatternsQueryVariables>;
export const WebinarStartUrlDocument = {"__meta__":{"hash":"430a2c2c6cf99e174943ab4711f41d3b5fa52b0dcf4f8a3197a953c410a950d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebinarStartUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webinar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}}]}}]}}]} as unknown as DocumentNode<WebinarStartUrlQuery, WebinarStartUrlQueryVariables>;
export const TrainingStartUrlDocument = {"__meta__":{"hash":"e0aa850509994628ef031d4f489bfde91ee302aa69e84e3d0349125f0b11cdcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingStartUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}}]}}]}}]} as unknown as DocumentNode<TrainingStartUrlQuery, TrainingStartUrlQueryVariables>;
export const KpisDocument = {"__meta__":{"hash":"851e7f7f6371583c8d00c61756ff4070005c3a873ebe2ea1f42f5a6d08f7f963"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceLevelSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceLevelSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceLevelSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedOfAnswerSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageHandleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"callsDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}}]}}]} as unknown as DocumentNode<KpisQuery, KpisQueryVariables>;
export const LiveBoardKpisDocument = {"__meta__":{"hash":"bae959dd30d5830813610e2366f1abb00e79f2b294a4dce64c7e6de72ff844ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveBoardKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceLevelSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceLevelSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceLevelSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kpis"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevelSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageSpeedOfAnswerSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"averageHandleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"callsDayBefore"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}}]}}]} as unknown as DocumentNode<LiveBoardKpisQuery, LiveBoardKpisQueryVariables>;
export const LiveBoardNowDocument = {"__meta__":{"hash":"a197f401eb9a11f978f69cf4abf7b03af2333d6b8e10a6f27d6771ffac59c927"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LiveBoardNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveBoardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveQueue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"portal"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveVendor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveVendorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveVendor"}}]}}]}}]} as unknown as DocumentNode<LiveBoardNowQuery, LiveBoardNowQueryVariables>;
export const LiveBoardDocument = {"__meta__":{"hash":"0bed389eafc32980020a55043e86b82f7139936133117655c17162fc0e301838"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alerts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveBoardFields"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alerts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAlert"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveVendor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webinar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"webinarKey"}},{"kind":"Field","name":{"kind":"Name","value":"webinarTitle"}},{"kind":"Field","name":{"kind":"Name","value":"registrantKey"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveQueue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"portal"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveVendor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveVendorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveBoardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LiveBoard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAgent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSession"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveVendor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]} as unknown as DocumentNode<LiveBoardSubscription, LiveBoardSubscriptionVariables>;
export const AgentStatusChangedDocument = {"__meta__":{"hash":"86c9d7c9e0a796a6428ce2b7038dbc2d8d4a143cf1e3cc77469023af8f85428e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AgentStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgentStatusFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"identity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAgent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAgent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AgentStatusChangedSubscription, AgentStatusChangedSubscriptionVariables>;
export const QueueChangedDocument = {"__meta__":{"hash":"0d7cc621001eadb54ebf72bcf03029f2eb09ded3cc0f4f84e135c0472e23895f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"QueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QueueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousWaitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"previousLongestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveQueue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}}]} as unknown as DocumentNode<QueueChangedSubscription, QueueChangedSubscriptionVariables>;
export const SessionChangedDocument = {"__meta__":{"hash":"cb0561b60d87d6b305a5abcef24d7a6a3958042ba78eb37b14ca0a73bc3799d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveSession"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"portal"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionChangedSubscription, SessionChangedSubscriptionVariables>;
export const AlertsDocument = {"__meta__":{"hash":"02e9365f79dd541fac1e016a76dd3554cd960ec16d0be741d0b988e0568762fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAlert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveQueue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]} as unknown as DocumentNode<AlertsSubscription, AlertsSubscriptionVariables>;
export const ActiveAlertsDocument = {"__meta__":{"hash":"cec41de36315d30fee81abcf0d643f6879b43e30ec1185fcd2b9d14d2ccba359"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAlert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveQueue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]} as unknown as DocumentNode<ActiveAlertsQuery, ActiveAlertsQueryVariables>;
export const AlertRulesDocument = {"__meta__":{"hash":"c88e8afd62633dcbb3c8469330210f1f686eb13a01a632fd641849b36cb07085"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]} as unknown as DocumentNode<AlertRulesQuery, AlertRulesQueryVariables>;
export const CreateAlertRuleDocument = {"__meta__":{"hash":"cc0a789ef2d2ffe4d9b8e1143dd0f8dc5930b57c37d9a16e5af7a8157d7b67b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateAlertRuleSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateAlertRuleMutation, CreateAlertRuleMutationVariables>;
export const AcknowledgeAlertDocument = {"__meta__":{"hash":"1a67dcf5007a048025393f765b65855e31de1b6d80686b49c691ef55c670a0fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationAcknowledgeAlertSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveAlert"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveQueue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LiveAlert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LiveQueue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const DeleteAlertRuleDocument = {"__meta__":{"hash":"b2d115fdbc0db08ad81c51ca90e48a35ad43819b25118aea2d062634dd1ee865"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationDeleteAlertRuleSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>;
export const NodeDocument = {"__meta__":{"hash":"f3ab15b0ce18af6f4daff6327a62471c47a5e5ca4fc4ad15765a63bf92032f75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const SupportStatsDocument = {"__meta__":{"hash":"13af9b4f863f55eaec73796f5c75a6e5c0ef7d734168308031773a97ee0da60b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportStatsGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportStatsRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportStatsRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportStatsRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"averageDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90DurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWithResolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"ratedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsWithTicket"}},{"kind":"Field","name":{"kind":"Name","value":"distinctTickets"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsPerTicket"}}]}}]} as unknown as DocumentNode<SupportStatsQuery, SupportStatsQueryVariables>;
export const WebinarFunnelDocument = {"__meta__":{"hash":"e3bab7e44f20638e1eaef503abd1ceab551037c3ddb95ae6b7f2104514bb409c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebinarFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webinar"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webinarFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webinar"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webinar"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"webinarKey"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"averageAttendanceMinutes"}}]}}]}}]} as unknown as DocumentNode<WebinarFunnelQuery, WebinarFunnelQueryVariables>;
export const ContactTimelineDocument = {"__meta__":{"hash":"737ef0a00bc53c474a5db1be8ccdfcbd3b06c9b1c9301bf0cd4750d77d3d67a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}}]}}]}}]}}]} as unknown as DocumentNode<ContactTimelineQuery, ContactTimelineQueryVariables>;
export const MeetingPatternsSourcedDocument = {"__meta__":{"hash":"4312daa508509c8b7ab87176738ad2a510ba94ef62bab8c135b1eb4826efaa6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPatternsSourced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingPatternGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingPatterns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"averageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeesPerMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"topAttendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPatternsSourcedQuery, MeetingPatternsSourcedQueryVariables>;
export const PastMeetingsSourcedDocument = {"__meta__":{"hash":"afaa5974a59cc5097816dd7f4c05bb4d3383d2abd4ee6f48b8cc873db2e49c62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PastMeetingsSourced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"EnumValue","value":"PAST"}},{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PastMeetingsSourcedQuery, PastMeetingsSourcedQueryVariables>;
export const SupportSessionsSourcedDocument = {"__meta__":{"hash":"475e5588b42c22f59bd447f69f6012219fb328cf46e3e58a5375a026dd846cf2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSessionsSourced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportSessionsSourcedQuery, SupportSessionsSourcedQueryVariables>;
export const ContactEventsSourcedDocument = {"__meta__":{"hash":"c250d055814c44e2850ddc7c8d6f1a1db5db7c7d6374acc9629bed8d76a55f04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactEventsSourced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"syncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactEventsSourcedQuery, ContactEventsSourcedQueryVariables>;
export const SupportSessionFiguresDocument = {"__meta__":{"hash":"190b2aad74b141b892b081f89ea84aab53266ae04f941946c8dc02b1dd6af0f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSessionFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportSessionFiguresQuery, SupportSessionFiguresQueryVariables>;
export const ScreenPopDocument = {"__meta__":{"hash":"857592bc69c89942f9ace3f4da660e585d2827763ac3fcc72f84510b8382d010"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreenPop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screenPop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreenPopFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreenPopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreenPop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSupportSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ScreenPopQuery, ScreenPopQueryVariables>;
export const PreferredAgentForDocument = {"__meta__":{"hash":"28e7ec9706894e24320f4e6232846b21bbbad186bfb91aaffdd97865315e2560"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreferredAgentFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preferredAgentFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PreferredAgentForQuery, PreferredAgentForQueryVariables>;
export const IncomingCallDocument = {"__meta__":{"hash":"7313fe38587388949b4e3809455cfb92dfd8972c61fec7b6b3068eb6c2ebcf39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IncomingCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreenPopFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreenPopFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScreenPop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"}},{"kind":"Field","name":{"kind":"Name","value":"agentUserId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ivrTicketNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSupportSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferredAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<IncomingCallSubscription, IncomingCallSubscriptionVariables>;
export const AgentSignOnDocument = {"__meta__":{"hash":"32c36b9b6e206ad6baf0026a9b2676cdd1951f3772d05e308be76c890ba7a5cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentSignOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"returnTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentSignOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"returnTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"returnTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationAgentSignOnSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentSignOnMutation, AgentSignOnMutationVariables>;
export const SupportSessionsDocument = {"__meta__":{"hash":"428eb3acbc4584b3523b413338e84cb0b7c4b70ca7a71f4e53569dc318c7520d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportSessionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportSessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"portal"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}}]}}]}}]} as unknown as DocumentNode<SupportSessionsQuery, SupportSessionsQueryVariables>;
export const SupportSessionsRatedDocument = {"__meta__":{"hash":"94f67fe9ab659e5fd35bf8963bfa2abc7cf93da4547b1c85843ae0d6e0dcb446"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSessionsRated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SupportSessionsRatedQuery, SupportSessionsRatedQueryVariables>;
export const SupportSessionDocument = {"__meta__":{"hash":"65daa5dda6b77e043ef96e8a877c51752997ea35c004e96cef938174b7ed9f81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportSessionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"vendorType"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileSize"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportSessionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"portal"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"longestWaitSeconds"}}]}}]}}]} as unknown as DocumentNode<SupportSessionQuery, SupportSessionQueryVariables>;
export const TicketSupportSessionsDocument = {"__meta__":{"hash":"92a14cf91df2e904e5086d23be68b8bd347cfe5ac2422af2911c1f33c0db588c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketSupportSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"supportSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableVendors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketSupportSessionsQuery, TicketSupportSessionsQueryVariables>;
export const StartSupportSessionDocument = {"__meta__":{"hash":"03f08892dcabb3220db0ffa0bc0327d16059f9fc2cb717278a43fe81ece98060"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSupportSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartSupportSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSupportSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationStartSupportSessionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"started"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"joinUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StartSupportSessionMutation, StartSupportSessionMutationVariables>;
export const TransferSessionDocument = {"__meta__":{"hash":"3f84e189e63a8686f35284da8fe64d6473ef54ac7fd6ac7d60cbf43977feefee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationTransferSessionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TransferSessionMutation, TransferSessionMutationVariables>;
export const EndSessionDocument = {"__meta__":{"hash":"7f90a4e101aacdfa5b471cf860092357fda2692c1330ed4174c8e5df12823a87"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationEndSessionSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const SetSessionExternalKeyDocument = {"__meta__":{"hash":"73ce9306aeb15942a2e9efecdad3eb6b1543e8d021922b95cecdfa6056d512c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSessionExternalKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSessionExternalKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationSetSessionExternalKeySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetSessionExternalKeyMutation, SetSessionExternalKeyMutationVariables>;
export const CancelConnectionCodeDocument = {"__meta__":{"hash":"1a07292529f6a753c867bf66d21c7bce9d02a910911c02493e782b7ce0ee401d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelConnectionCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Vendor"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelConnectionCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendor"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCancelConnectionCodeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelConnectionCodeMutation, CancelConnectionCodeMutationVariables>;
export const TicketDocument = {"__meta__":{"hash":"91f4aa001f50fbf74c6e011c85052a615c3befaa34171cde6578139a18ba43ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ticket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<TicketQuery, TicketQueryVariables>;
export const TicketWithCommentsDocument = {"__meta__":{"hash":"62ef88defa8430790553ce9b495686757b525adf7ae4e11e0db7fb4d98cf7a34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketWithComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketWithCommentsQuery, TicketWithCommentsQueryVariables>;
export const TicketsDocument = {"__meta__":{"hash":"30881e088deb161b42441dfc48871f61e3ff501dd91271387599d973edc46170"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TicketsQuery, TicketsQueryVariables>;
export const CreateTicketDocument = {"__meta__":{"hash":"1c16b5157f39cf91571251ddecbc65f996e4028f0230b113786cf775ce1042b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateTicketSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
export const UpdateTicketDocument = {"__meta__":{"hash":"aab4363a32a4848f2528da53780dd5855ea620860c51f36dfafe6074bbeb5869"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationUpdateTicketSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTicketMutation, UpdateTicketMutationVariables>;
export const AddTicketCommentDocument = {"__meta__":{"hash":"fe1a445054bf22937387cc0c1a6f3b94615ef999cc40281d613b84982e1370d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTicketComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationAddTicketCommentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddTicketCommentMutation, AddTicketCommentMutationVariables>;
export const FaultProbeSetupDocument = {"__meta__":{"hash":"f0ee325fc30d7a2a516e4e984f13c8f2dc0801b2648af67e90d0606b76ae8fe8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultProbeSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultProbeSetupQuery, FaultProbeSetupQueryVariables>;
export const FaultProbeDocument = {"__meta__":{"hash":"9a3eaa23859aa3ddff2172417d7cb72734295d1d11cb0e729d92e1a6e6fa4bc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultProbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FaultProbeQuery, FaultProbeQueryVariables>;
export const FaultTwoWritesDocument = {"__meta__":{"hash":"4e683e93ac1d994b466f0ef38298bd3d322ce87ea8a67bc58a7063c663617f65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultTwoWrites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"ticket"},"name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"description"},"value":{"kind":"StringValue","value":"d","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"requester"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"partial@example.org","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"P","block":false}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCreateTicketSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"contact"},"name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Never Made","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"never@example.org","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FaultTwoWritesMutation, FaultTwoWritesMutationVariables>;
export const TicketsWithSupportSessionsDocument = {"__meta__":{"hash":"bd5ecb024f003593e4f07509a6df3167577d8f82cb04e0c54fafb67be0b6f46b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketsWithSupportSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"supportSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"externalKey"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TicketsWithSupportSessionsQuery, TicketsWithSupportSessionsQueryVariables>;
export const SupportNodesDocument = {"__meta__":{"hash":"4842a93ef25184998c91c191a2c6283dcbd876bc809e86eddc5245bcab91e725"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportTeam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}}]}}]}}]}}]} as unknown as DocumentNode<SupportNodesQuery, SupportNodesQueryVariables>;
export const SupportSessionNodesDocument = {"__meta__":{"hash":"98ca1eeeee792bf51ce7f4a141f3cf2ae62b92c5fce61b9c1ca2a9cfa995461d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSessionNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportSessionNodesQuery, SupportSessionNodesQueryVariables>;
export const AgentsWithSessionsDocument = {"__meta__":{"hash":"303a9703612a4cb9c655885426c0dd97e7359aace6ae1b1fbbbfcc7e3fd5c9ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentsWithSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activeSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentsWithSessionsQuery, AgentsWithSessionsQueryVariables>;
export const BackwardProbeDocument = {"__meta__":{"hash":"faf660479766120c27f4ebf36f582abe06631c33b98f27f9d2c2326a00f284e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BackwardProbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<BackwardProbeQuery, BackwardProbeQueryVariables>;