import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeExitSurvey, decodeLoggedInRep, decodeQueueStatus, decodeSupportSession, decodeSupportTeam } from '../../clients/bomgar/decode.js';
import { child, children, parseXmlDocument, type XmlElement } from '../../clients/bomgar/xml.js';
import type { BomgarSessionSummary } from '../../clients/bomgar/types.js';
import type { SupportSessionEvent } from '../../domain/support.js';
import {
  bomgarQueue,
  emailOf,
  GENERAL_QUEUE_ID,
  repIdentities,
  statusOfSummary,
  toFeedback,
  toGeneralQueue,
  toSupportQueue,
  toSupportSession,
  toSupportTeam,
} from './mapping.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"):
 * - support-sessions.xml: `generate_report=SupportSession&lsids=…` (ended, abandoned, active, waiting in a team queue, waiting in the general queue)
 * - cust-exit-surveys.xml / rep-exit-surveys.xml: `SupportCustExitSurvey` / `SupportRepExitSurvey` for four lsids
 * - support-teams.xml: `get_support_teams&showmembers=1`, trimmed to teams 1 and 3
 * - logged-in-reps.xml: `get_logged_in_reps`, trimmed to six reps
 * Each is read the way clients/bomgar/client.ts reads an answer: parseXmlDocument, then the decoders.
 */
function document(name: string, expectedRoot: string): XmlElement {
  const { root, element } = parseXmlDocument(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
  expect(root).toBe(expectedRoot);
  return element;
}

const sessions = children(document('support-sessions.xml', 'session_list'), 'session').map(decodeSupportSession);
const session = (lsid: string) => sessions.find((candidate) => candidate.lsid === lsid)!;
const teamsRoot = document('support-teams.xml', 'support_teams');
const teams = children(teamsRoot, 'support_team').map(decodeSupportTeam);
const loggedIn = children(document('logged-in-reps.xml', 'logged_in_reps'), 'rep').map(decodeLoggedInRep);
const customerSurveys = children(document('cust-exit-surveys.xml', 'exit_survey_list'), 'exit_survey').map(decodeExitSurvey);
const repSurveys = children(document('rep-exit-surveys.xml', 'exit_survey_list'), 'exit_survey').map(decodeExitSurvey);

const ENDED = '6136ccb8818271f6591203bfedd57a20';
const ABANDONED = '740d1b72cbb6464cac600c360983aae6';
const ACTIVE = '9e4523899f1cd2c1d26d0836165bde8b';
const WAITING_TEAM = '5bce3a4802222aa36dd138a42a9ecec3';
const WAITING_GENERAL = '56a7cfa7e043c50e66c231374fb86f6f';

function event(kind: SupportSessionEvent['kind'], vendorType: string, at: string, by: SupportSessionEvent['by'], fields: Partial<SupportSessionEvent> = {}): SupportSessionEvent {
  return { kind, vendorType, at, by, to: null, body: null, fileName: null, fileSize: null, ...fields };
}
const customer = (name: string) => ({ kind: 'CUSTOMER' as const, name });
const agent = (name: string) => ({ kind: 'AGENT' as const, name });
const SYSTEM = { kind: 'SYSTEM' as const, name: 'System' };

describe('Bomgar SupportSession report → SupportSession', () => {
  it('holds the five recorded sessions', () => {
    expect(sessions.map((recorded) => recorded.lsid)).toEqual([ENDED, ABANDONED, ACTIVE, WAITING_TEAM, WAITING_GENERAL]);
  });

  it('maps an ended session with a transfer, files, chat, a ticket and a recording', () => {
    const mapped = toSupportSession(session(ENDED));
    const { events, ...record } = mapped;
    expect(record).toEqual({
      vendor: 'bomgar',
      vendorId: ENDED,
      status: 'ENDED',
      startedAt: '2026-01-04T15:49:58Z',
      endedAt: '2026-01-04T16:20:20Z',
      durationSeconds: 30 * 60 + 22,
      portal: 'Enterprise Support Portal',
      queueId: 'team:4',
      teamId: '4',
      // The primary rep (after the owner change), with the email their rep-list username carries.
      agent: { vendor: 'bomgar', vendorId: '6', name: 'Fatima Martinez', email: 'fatima.martinez@switchboard.test' },
      customer: { name: 'Grace Fischer', company: 'Initech', email: null },
      externalKey: '19856122753847',
      recordingUrl: 'http://127.0.0.1:43785/bomgar/session_download.ns?lsid=6136ccb8818271f6591203bfedd57a20&dl_action=recording_view',
    });
    const grace = customer('Grace Fischer');
    const fatima = agent('Fatima Martinez');
    expect(events).toEqual([
      event('SESSION_START', 'Session Start', '2026-01-04T15:49:58Z', grace),
      event('PARTICIPANT_JOINED', 'Conference Member Added', '2026-01-04T15:53:32Z', agent('Tomás Dubois'), { body: 'representative: Tomás Dubois' }),
      event('FILE_TRANSFER', 'File Upload', '2026-01-04T15:55:50Z', agent('Tomás Dubois'), { to: grace, fileName: 'config_backup.xml', fileSize: 22870230 }),
      event('TRANSFER', 'Conference Owner Changed', '2026-01-04T15:59:38Z', agent('Tomás Dubois'), { to: fatima, body: 'from: Tomás Dubois, to: Fatima Martinez' }),
      event('CHAT_MESSAGE', 'Chat Message', '2026-01-04T16:02:16Z', fatima, { to: grace, body: 'Please restart when the installer finishes.' }),
      event('CHAT_MESSAGE', 'Chat Message', '2026-01-04T16:02:44Z', grace, { to: fatima, body: 'It started this morning after the update.' }),
      event('FILE_TRANSFER', 'File Download', '2026-01-04T16:06:25Z', fatima, { to: grace, fileName: 'screenshot.png', fileSize: 10006718 }),
      event('CHAT_MESSAGE', 'Chat Message', '2026-01-04T16:07:18Z', fatima, { to: grace, body: 'I am sending you the updated driver.' }),
      event('CHAT_MESSAGE', 'Chat Message', '2026-01-04T16:09:48Z', fatima, { to: grace, body: 'I have cleared the cached credentials.' }),
      event('CHAT_MESSAGE', 'Chat Message', '2026-01-04T16:12:16Z', fatima, { to: grace, body: 'Please restart when the installer finishes.' }),
      event('FILE_TRANSFER', 'File Download', '2026-01-04T16:12:54Z', fatima, { to: grace, fileName: 'logs.zip', fileSize: 7693671 }),
      event('PARTICIPANT_LEFT', 'Conference Member Departed', '2026-01-04T16:20:20Z', grace),
      event('SESSION_END', 'Session End', '2026-01-04T16:20:20Z', SYSTEM),
    ]);
  });

  it('maps a session that ended with no rep as abandoned, without an agent', () => {
    expect(toSupportSession(session(ABANDONED))).toEqual({
      vendor: 'bomgar',
      vendorId: ABANDONED,
      status: 'ABANDONED',
      startedAt: '2026-01-03T05:19:41Z',
      endedAt: '2026-01-03T05:31:27Z',
      durationSeconds: 11 * 60 + 46,
      portal: 'Default Public Site',
      queueId: 'team:4',
      teamId: '4',
      agent: null,
      customer: { name: 'Leo Garcia', company: 'Umbrella Health', email: null },
      externalKey: '19856122753360',
      recordingUrl: null,
      events: [
        event('SESSION_START', 'Session Start', '2026-01-03T05:19:41Z', customer('Leo Garcia')),
        event('PARTICIPANT_LEFT', 'Conference Member Departed', '2026-01-03T05:31:27Z', customer('Leo Garcia')),
        event('SESSION_END', 'Session End', '2026-01-03T05:31:27Z', SYSTEM),
      ],
    });
  });

  it('maps a running session with a rep as active, not ended', () => {
    expect(toSupportSession(session(ACTIVE))).toEqual({
      vendor: 'bomgar',
      vendorId: ACTIVE,
      status: 'ACTIVE',
      startedAt: '2026-01-05T08:26:00Z',
      endedAt: null,
      durationSeconds: 34 * 60,
      portal: 'Enterprise Support Portal',
      queueId: 'team:1',
      teamId: '1',
      agent: { vendor: 'bomgar', vendorId: '12', name: 'Elijah Garcia', email: 'elijah.garcia@switchboard.test' },
      customer: { name: 'Zoe Patel', company: 'Umbrella Health', email: null },
      externalKey: null,
      recordingUrl: null,
      events: [
        event('SESSION_START', 'Session Start', '2026-01-05T08:26:00Z', customer('Zoe Patel')),
        event('PARTICIPANT_JOINED', 'Conference Member Added', '2026-01-05T08:26:30Z', agent('Elijah Garcia'), { body: 'representative: Elijah Garcia' }),
      ],
    });
  });

  it('maps a running session without a rep as waiting, in its team’s queue or the general one', () => {
    const team = toSupportSession(session(WAITING_TEAM));
    expect(team).toMatchObject({ status: 'WAITING', startedAt: '2026-01-05T08:36:00Z', endedAt: null, queueId: 'team:3', teamId: '3', agent: null, portal: 'Default Public Site' });
    expect(team.customer).toEqual({ name: 'Priya Martin', company: 'Acme Corp', email: null });
    expect(team.events).toEqual([event('SESSION_START', 'Session Start', '2026-01-05T08:36:00Z', customer('Priya Martin'))]);

    const general = toSupportSession(session(WAITING_GENERAL));
    expect(general).toMatchObject({ status: 'WAITING', startedAt: '2026-01-05T08:50:00Z', queueId: GENERAL_QUEUE_ID, teamId: null, agent: null });
    expect(general.customer).toEqual({ name: 'Omar Andersson', company: 'Hooli', email: null });
  });
});

describe('Bomgar exit surveys → SessionFeedback', () => {
  const feedback = (lsid: string) =>
    toFeedback({ customer: customerSurveys.find((survey) => survey.lsid === lsid) ?? null, rep: repSurveys.find((survey) => survey.lsid === lsid) ?? null });

  it('holds the recorded surveys (an abandoned session has none)', () => {
    expect(customerSurveys.map((survey) => survey.lsid)).toEqual([ENDED, 'c9a123bda88b81cc65adf455ce27091d']);
    expect(repSurveys.map((survey) => survey.lsid)).toEqual([ENDED, 'c9a123bda88b81cc65adf455ce27091d', '81b4be6b4fe4245212a1ad8ea70fbd85']);
  });

  it('takes the rating and comment from the customer and the resolution from the rep', () => {
    expect(feedback(ENDED)).toEqual({ rating: 5, comment: 'Quick and friendly.', resolution: 'RESOLVED' });
    expect(feedback('c9a123bda88b81cc65adf455ce27091d')).toEqual({ rating: 5, comment: 'Problem came back the next day.', resolution: 'UNRESOLVED' });
  });

  it('leaves out what nobody answered', () => {
    expect(feedback('81b4be6b4fe4245212a1ad8ea70fbd85')).toEqual({ rating: null, comment: null, resolution: 'UNRESOLVED' });
    expect(feedback(ABANDONED)).toEqual({ rating: null, comment: null, resolution: null });
  });

  it('ignores a rating outside 1–5 and a resolution it does not know', () => {
    const [survey] = customerSurveys;
    const strange = { ...survey!, answers: survey!.answers.map((answer) => (answer.name === 'rating' ? { ...answer, answer: '10' } : answer)) };
    const [rep] = repSurveys;
    const unsure = { ...rep!, answers: rep!.answers.map((answer) => ({ ...answer, answer: 'Maybe' })) };
    expect(toFeedback({ customer: strange, rep: unsure })).toEqual({ rating: null, comment: 'Quick and friendly.', resolution: null });
  });
});

describe('Bomgar support teams and logged-in reps → teams, queues and identities', () => {
  const TEAM_1 = ['1', '2', '12', '13', '14', '21', '22', '25', '30', '34', '36'];
  const TEAM_3 = ['2', '4', '7', '9', '13', '15', '24', '27', '30', '37', '38'];

  it('maps each team, and its queue', () => {
    expect(teams.map(toSupportTeam)).toEqual([
      { vendor: 'bomgar', vendorId: '1', name: 'Tier 1 Support', memberIds: TEAM_1, queueId: 'team:1' },
      { vendor: 'bomgar', vendorId: '3', name: 'Network Operations', memberIds: TEAM_3, queueId: 'team:3' },
    ]);
    expect(teams.map(toSupportQueue)).toEqual([
      { vendor: 'bomgar', vendorId: 'team:1', name: 'Tier 1 Support', waitingCount: 0, longestWaitSeconds: 0, teamId: '1', memberIds: TEAM_1 },
      { vendor: 'bomgar', vendorId: 'team:3', name: 'Network Operations', waitingCount: 2, longestWaitSeconds: 1440, teamId: '3', memberIds: TEAM_3 },
    ]);
  });

  it('maps the general queue, which every team member serves', () => {
    const status = decodeQueueStatus(child(teamsRoot, 'general_queue'));
    expect(status).toEqual({ waitingCount: 1, longestWaitSeconds: 600 });
    expect(toGeneralQueue(status!, teams)).toEqual({
      vendor: 'bomgar',
      vendorId: 'general',
      name: 'General queue',
      waitingCount: 1,
      longestWaitSeconds: 600,
      teamId: null,
      memberIds: [...TEAM_1, ...TEAM_3.filter((id) => !TEAM_1.includes(id))],
    });
  });

  it('lists every rep once: team members (signed in or not) and signed-in reps of no team', () => {
    const identities = repIdentities(teams, loggedIn);
    expect(identities.map((identity) => [identity.vendorId, identity.status, identity.teamIds])).toEqual([
      ['1', 'BUSY', ['1']],
      ['2', 'BUSY', ['1', '3']],
      ['12', 'BUSY', ['1']], // hidden from the rep list but in a session: busy
      ['13', 'AVAILABLE', ['1', '3']],
      ['14', 'OFFLINE', ['1']],
      ['21', 'OFFLINE', ['1']],
      ['22', 'OFFLINE', ['1']],
      ['25', 'OFFLINE', ['1']],
      ['30', 'OFFLINE', ['1', '3']],
      ['34', 'OFFLINE', ['1']],
      ['36', 'OFFLINE', ['1']],
      ['4', 'OFFLINE', ['3']],
      ['7', 'OFFLINE', ['3']],
      ['9', 'OFFLINE', ['3']],
      ['15', 'OFFLINE', ['3']],
      ['24', 'OFFLINE', ['3']],
      ['27', 'OFFLINE', ['3']],
      ['37', 'OFFLINE', ['3']],
      ['38', 'OFFLINE', ['3']],
      ['17', 'AWAY', []], // signed in, no session, hidden from the rep list
      ['18', 'AVAILABLE', []],
    ]);
    const byId = (id: string) => identities.find((identity) => identity.vendorId === id);
    expect(byId('13')).toEqual({ vendor: 'bomgar', vendorId: '13', name: 'Ava Rossi', email: 'ava.rossi@switchboard.test', status: 'AVAILABLE', teamIds: ['1', '3'] });
    expect(byId('9')).toEqual({ vendor: 'bomgar', vendorId: '9', name: 'Leo Silva', email: 'leo.silva@switchboard.test', status: 'OFFLINE', teamIds: ['3'] });
    expect(byId('17')).toEqual({ vendor: 'bomgar', vendorId: '17', name: 'Fatima Fischer', email: 'fatima.fischer@switchboard.test', status: 'AWAY', teamIds: [] });
  });
});

describe('Bomgar mapping rules', () => {
  it('matches only usernames that are emails, lower-cased', () => {
    expect(emailOf('Ava.Rossi@Switchboard.TEST')).toBe('ava.rossi@switchboard.test');
    expect(emailOf('simulator-api')).toBeNull();
    expect(emailOf('ava rossi@switchboard.test')).toBeNull();
    expect(emailOf(null)).toBeNull();
  });

  it('reads a listing summary’s status from its end and its primary rep', () => {
    const summary = (endTime: string | null, primaryRepId: string | null): BomgarSessionSummary => ({ lsid: 'x', startTime: '2026-01-05T08:00:00Z', endTime, externalKey: null, publicSite: null, primaryRepId });
    expect(statusOfSummary(summary('2026-01-05T08:30:00Z', '6'))).toBe('ENDED');
    expect(statusOfSummary(summary('2026-01-05T08:30:00Z', null))).toBe('ABANDONED');
    expect(statusOfSummary(summary(null, '6'))).toBe('ACTIVE');
    expect(statusOfSummary(summary(null, null))).toBe('WAITING');
  });

  it('turns a support target into the queue Bomgar takes', () => {
    expect(bomgarQueue({ kind: 'general' })).toEqual({ kind: 'general' });
    expect(bomgarQueue({ kind: 'team', teamId: '3' })).toEqual({ kind: 'team', id: '3' });
    expect(bomgarQueue({ kind: 'agent', identityId: '12' })).toEqual({ kind: 'rep', id: '12' });
  });
});
