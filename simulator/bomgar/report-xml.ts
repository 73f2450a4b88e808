import type { BomgarRep, BomgarSession, SessionActor, SessionEvent, SurveyAnswer } from './model.js';
import { queueId, type BomgarState } from './state.js';
import { el, text, type XmlNode } from './xml.js';

/** How the Reporting API writes the session records (SupportSession, listings, surveys). */

const seconds = (ms: number): number => Math.floor(ms / 1000);
const iso = (ms: number): string => new Date(seconds(ms) * 1000).toISOString().replace('.000Z', 'Z');

/** `hh:mm:ss`, as the report prints durations. */
export function clockDuration(ms: number): string {
  const total = Math.max(0, seconds(ms));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

function timeElement(name: string, ms: number | null): XmlNode {
  return ms === null ? text(name, '', { timestamp: '' }) : text(name, iso(ms), { timestamp: seconds(ms) });
}

function durationMs(session: BomgarSession, now: number): number {
  return (session.endTime ?? now) - session.startTime;
}

function primaryRep(state: BomgarState, session: BomgarSession): BomgarRep | undefined {
  return session.primaryRepId === null ? undefined : state.rep(session.primaryRepId);
}

function repGsnumber(session: BomgarSession, repId: number | null): number | undefined {
  return session.reps.find((entry) => entry.repId === repId)?.gsnumber;
}

function actor(name: string, who: SessionActor): XmlNode {
  return text(name, who.name, { type: who.kind, gsnumber: who.gsnumber });
}

function eventElement(event: SessionEvent): XmlNode {
  return el(
    'event',
    { timestamp: seconds(event.at), event_type: event.type },
    actor('performed_by', event.performedBy),
    event.destination && actor('destination', event.destination),
    event.body !== undefined && text('body', event.body),
    event.filename !== undefined && text('filename', event.filename),
    event.filesize !== undefined && text('filesize', event.filesize),
    event.data && el('data', {}, ...Object.entries(event.data).map(([name, value]) => el('value', { name, value }))),
  );
}

function surveyQuestions(answers: SurveyAnswer[]): XmlNode {
  return el(
    'question_list',
    {},
    ...answers.map((answer) =>
      el('question', { id: answer.id }, text('name', answer.name), text('type', answer.type), text('label', answer.label), text('report_header', answer.label), el('answer_list', {}, text('answer', answer.answer))),
    ),
  );
}

export function sessionElement(state: BomgarState, session: BomgarSession, siteUrl: string): XmlNode {
  const now = state.clock.nowMs();
  const site = state.sites.find((candidate) => candidate.id === session.publicSiteId)!;
  const primary = primaryRep(state, session);
  const c = session.customer;
  const team = session.queue.kind === 'team' ? state.team(session.queue.id) : undefined;
  const ended = session.endTime !== null;
  return el(
    'session',
    { lsid: session.lsid },
    text('session_type', 'support'),
    text('lseq', session.lseq),
    timeElement('start_time', session.startTime),
    timeElement('end_time', session.endTime),
    text('duration', clockDuration(durationMs(session, now))),
    text('public_site', site.name, { id: site.id }),
    text('queue', team?.name ?? (session.queue.kind === 'general' ? 'General Queue' : ''), { id: queueId(session.queue) }),
    text('external_key', session.externalKey),
    el('custom_attributes', {}, ...Object.entries(session.customAttributes).map(([code, value]) => text('custom_attribute', value, { code_name: code, display_name: code === 'external_key' ? 'External Key' : code }))),
    text('file_transfer_count', session.events.filter((event) => event.type === 'File Upload' || event.type === 'File Download').length),
    text('primary_customer', c.name, { gsnumber: c.gsnumber }),
    primary ? text('primary_rep', primary.displayName, { gsnumber: repGsnumber(session, primary.id), id: primary.id }) : text('primary_rep', ''),
    el(
      'customer_list',
      {},
      el(
        'customer',
        { gsnumber: c.gsnumber },
        text('username', c.username),
        text('public_ip', c.publicIp),
        text('private_ip', c.privateIp),
        text('hostname', c.hostname),
        text('os', c.os),
        text('primary_cust', 1),
        el('info', {}, text('name', c.name), text('company', c.company), text('company_code', c.companyCode), text('issue', c.issue), text('details', c.details)),
      ),
    ),
    el(
      'rep_list',
      {},
      ...session.reps.map((entry) => {
        const rep = state.rep(entry.repId)!;
        return el(
          'representative',
          { gsnumber: entry.gsnumber, id: rep.id },
          text('username', rep.username),
          text('display_name', rep.displayName),
          text('public_display_name', rep.publicDisplayName),
          text('private_display_name', rep.privateDisplayName),
          text('primary_rep', rep.id === session.primaryRepId ? 1 : 0),
          text('seconds_involved', entry.secondsInvolved),
        );
      }),
    ),
    el('session_details', {}, ...session.events.map(eventElement)),
    session.recorded && ended && text('session_recording_view_url', `${siteUrl}/session_download.ns?lsid=${session.lsid}&dl_action=recording_view`),
    el('cust_survey_list', {}, session.custSurvey && text('cust_exit_survey', '', { gsnumber: c.gsnumber })),
    el('rep_survey_list', {}, session.repSurvey && primary && text('rep_exit_survey', '', { gsnumber: repGsnumber(session, primary.id) })),
  );
}

export function sessionSummaryElement(state: BomgarState, session: BomgarSession): XmlNode {
  const now = state.clock.nowMs();
  const site = state.sites.find((candidate) => candidate.id === session.publicSiteId)!;
  const primary = primaryRep(state, session);
  return el(
    'session_summary',
    { lsid: session.lsid },
    timeElement('start_time', session.startTime),
    timeElement('end_time', session.endTime),
    text('duration', clockDuration(durationMs(session, now))),
    text('public_site', site.name, { id: site.id }),
    text('external_key', session.externalKey),
    text('primary_customer', session.customer.name, { gsnumber: session.customer.gsnumber }),
    primary ? text('primary_rep', primary.displayName, { gsnumber: repGsnumber(session, primary.id), id: primary.id }) : text('primary_rep', ''),
    text('customer_names', session.customer.name),
    text('rep_names', session.reps.map((entry) => state.rep(entry.repId)!.displayName).join(', ')),
  );
}

export function exitSurveyElement(state: BomgarState, session: BomgarSession, kind: 'cust' | 'rep'): XmlNode | undefined {
  const answers = kind === 'cust' ? session.custSurvey : session.repSurvey;
  if (!answers || session.endTime === null) return undefined;
  const primary = primaryRep(state, session);
  return el(
    'exit_survey',
    { lsid: session.lsid, timestamp: seconds(session.endTime) },
    text('submitted_by', kind === 'cust' ? session.customer.name : (primary?.displayName ?? ''), { type: kind === 'cust' ? 'customer' : 'rep' }),
    text('external_key', session.externalKey),
    text('primary_customer', session.customer.name, { gsnumber: session.customer.gsnumber }),
    primary ? text('primary_rep', primary.displayName, { gsnumber: repGsnumber(session, primary.id), id: primary.id }) : text('primary_rep', ''),
    surveyQuestions(answers),
  );
}
