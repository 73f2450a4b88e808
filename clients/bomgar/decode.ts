import { attr, child, children, textOf, type XmlElement } from './xml.js';
import type {
  BomgarActor,
  BomgarApiInfo,
  BomgarExitSurvey,
  BomgarHealth,
  BomgarLoggedInRep,
  BomgarQueueStatus,
  BomgarSessionKey,
  BomgarSessionSummary,
  BomgarSupportSession,
  BomgarSupportTeam,
} from './types.js';

/** XML elements → client records. Unknown or missing elements become null, never guesses. */

const orNull = (value: string): string | null => (value === '' ? null : value);
const int = (value: string): number => (/^-?\d+$/.test(value) ? Number(value) : 0);

/** An element's `timestamp` (or `ts`) attribute, in UNIX seconds, as ISO-8601 UTC. */
export function isoFromTimestamp(element: XmlElement | undefined): string | null {
  const raw = attr(element, 'timestamp') || attr(element, 'ts');
  if (!/^\d+$/.test(raw) || raw === '0') return null;
  return new Date(Number(raw) * 1000).toISOString().replace('.000Z', 'Z');
}

/** `hh:mm:ss` → seconds. */
export function durationSeconds(value: string): number {
  const parts = value.split(':').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return 0;
  return parts[0]! * 3600 + parts[1]! * 60 + parts[2]!;
}

export function decodeLoggedInRep(rep: XmlElement): BomgarLoggedInRep {
  return {
    id: attr(rep, 'id'),
    displayName: textOf(rep, 'display_name'),
    publicDisplayName: textOf(rep, 'public_display_name'),
    privateDisplayName: textOf(rep, 'private_display_name'),
    username: orNull(textOf(rep, 'username')),
    type: textOf(rep, 'type'),
    directLink: orNull(textOf(rep, 'direct_link')),
    loggedInSince: isoFromTimestamp(child(rep, 'logged_in_since')),
    supportSessionCount: int(textOf(rep, 'support_session_count')),
    presentationCount: int(textOf(rep, 'presentation_count')),
    showingOnRepList: textOf(rep, 'showing_on_rep_list') === '1',
  };
}

/** A modeled queue element (`<queue>`, `<general_queue>`) → who waits and for how long. */
export function decodeQueueStatus(queue: XmlElement | undefined): BomgarQueueStatus | null {
  return queue ? { waitingCount: int(attr(queue, 'waiting_count')), longestWaitSeconds: int(attr(queue, 'longest_wait_seconds')) } : null;
}

export function decodeSupportTeam(team: XmlElement): BomgarSupportTeam {
  return {
    id: attr(team, 'id'),
    name: textOf(team, 'name'),
    codeName: orNull(textOf(team, 'code_name')),
    members: children(child(team, 'members'), 'representative').map((member) => ({
      id: attr(member, 'id'),
      username: orNull(textOf(member, 'username')),
      displayName: orNull(textOf(member, 'display_name')),
    })),
    queue: decodeQueueStatus(child(team, 'queue')),
  };
}

export function decodeSessionKey(key: XmlElement): BomgarSessionKey {
  return {
    shortKey: textOf(key, 'short_key'),
    expiresAt: isoFromTimestamp(child(key, 'expires')),
    keyUrl: textOf(key, 'key_url'),
    mailBody: orNull(textOf(key, 'mail_body')),
  };
}

function actor(element: XmlElement | undefined): BomgarActor | null {
  if (!element) return null;
  return { type: attr(element, 'type'), gsnumber: attr(element, 'gsnumber'), name: textOf(element) };
}

function site(element: XmlElement | undefined): { id: string; name: string } | null {
  return element ? { id: attr(element, 'id'), name: textOf(element) } : null;
}

export function decodeCustomAttributes(parent: XmlElement | undefined): Record<string, string> {
  return Object.fromEntries(children(parent, 'custom_attribute').map((item) => [attr(item, 'code_name'), textOf(item)]));
}

export function decodeSupportSession(session: XmlElement): BomgarSupportSession {
  const primaryRep = child(session, 'primary_rep');
  const primaryCustomer = child(session, 'primary_customer');
  const queue = child(session, 'queue');
  return {
    lsid: attr(session, 'lsid'),
    sessionType: textOf(session, 'session_type'),
    startTime: isoFromTimestamp(child(session, 'start_time')),
    endTime: isoFromTimestamp(child(session, 'end_time')),
    durationSeconds: durationSeconds(textOf(session, 'duration')),
    publicSite: site(child(session, 'public_site')),
    queue: queue && attr(queue, 'id') ? { id: attr(queue, 'id'), name: textOf(queue) } : null,
    externalKey: orNull(textOf(session, 'external_key')),
    customAttributes: decodeCustomAttributes(child(session, 'custom_attributes')),
    fileTransferCount: int(textOf(session, 'file_transfer_count')),
    primaryCustomer: primaryCustomer && textOf(primaryCustomer) ? { gsnumber: attr(primaryCustomer, 'gsnumber'), name: textOf(primaryCustomer) } : null,
    primaryRep: primaryRep && attr(primaryRep, 'id') ? { gsnumber: attr(primaryRep, 'gsnumber'), id: attr(primaryRep, 'id'), name: textOf(primaryRep) } : null,
    customers: children(child(session, 'customer_list'), 'customer').map((customer) => {
      const info = child(customer, 'info');
      return {
        gsnumber: attr(customer, 'gsnumber'),
        username: orNull(textOf(customer, 'username')),
        hostname: orNull(textOf(customer, 'hostname')),
        os: orNull(textOf(customer, 'os')),
        publicIp: orNull(textOf(customer, 'public_ip')),
        privateIp: orNull(textOf(customer, 'private_ip')),
        name: orNull(textOf(info, 'name')),
        company: orNull(textOf(info, 'company')),
        companyCode: orNull(textOf(info, 'company_code')),
        issue: orNull(textOf(info, 'issue')),
        details: orNull(textOf(info, 'details')),
      };
    }),
    reps: children(child(session, 'rep_list'), 'representative').map((rep) => ({
      gsnumber: attr(rep, 'gsnumber'),
      id: attr(rep, 'id'),
      username: orNull(textOf(rep, 'username')),
      displayName: textOf(rep, 'display_name'),
      primary: textOf(rep, 'primary_rep') === '1',
      secondsInvolved: int(textOf(rep, 'seconds_involved')),
    })),
    events: children(child(session, 'session_details'), 'event').map((event) => ({
      timestamp: isoFromTimestamp(event),
      eventType: attr(event, 'event_type'),
      performedBy: actor(child(event, 'performed_by')),
      destination: actor(child(event, 'destination')),
      body: orNull(textOf(event, 'body')),
      filename: orNull(textOf(event, 'filename')),
      filesize: textOf(event, 'filesize') ? int(textOf(event, 'filesize')) : null,
      data: Object.fromEntries(children(child(event, 'data'), 'value').map((value) => [attr(value, 'name'), attr(value, 'value')])),
    })),
    recordingUrl: orNull(textOf(session, 'session_recording_view_url')),
  };
}

export function decodeSessionSummary(summary: XmlElement): BomgarSessionSummary {
  const primaryRep = child(summary, 'primary_rep');
  return {
    lsid: attr(summary, 'lsid'),
    startTime: isoFromTimestamp(child(summary, 'start_time')),
    endTime: isoFromTimestamp(child(summary, 'end_time')),
    externalKey: orNull(textOf(summary, 'external_key')),
    publicSite: site(child(summary, 'public_site')),
    primaryRepId: orNull(attr(primaryRep, 'id')),
  };
}

export function decodeExitSurvey(survey: XmlElement): BomgarExitSurvey {
  return {
    lsid: attr(survey, 'lsid'),
    submittedAt: isoFromTimestamp(survey),
    submittedBy: attr(child(survey, 'submitted_by'), 'type') === 'rep' ? 'rep' : 'customer',
    answers: children(child(survey, 'question_list'), 'question').map((question) => ({
      id: attr(question, 'id'),
      name: textOf(question, 'name'),
      label: textOf(question, 'label'),
      answer: textOf(child(question, 'answer_list'), 'answer'),
    })),
  };
}

export function decodeApiInfo(info: XmlElement): BomgarApiInfo {
  const permissions = child(info, 'permissions') ?? {};
  return {
    apiVersion: textOf(info, 'api_version'),
    timestamp: /^\d+$/.test(textOf(info, 'timestamp')) ? new Date(Number(textOf(info, 'timestamp')) * 1000).toISOString().replace('.000Z', 'Z') : null,
    permissions: Object.fromEntries(
      Object.entries(permissions)
        .filter(([key]) => !key.startsWith('@') && key !== '#text')
        .map(([key, value]) => [key, typeof value === 'string' ? value : textOf(Array.isArray(value) ? undefined : (value as XmlElement))]),
    ),
  };
}

export function decodeHealth(health: XmlElement): BomgarHealth {
  const appliance = child(health, 'appliance');
  return {
    appliance: textOf(appliance),
    applianceId: attr(appliance, 'id'),
    version: textOf(health, 'version'),
    healthy: textOf(health, 'success') === '1',
    errorMessage: orNull(textOf(health, 'error_message')),
    failoverRole: textOf(health, 'failover_role') || 'none',
  };
}
