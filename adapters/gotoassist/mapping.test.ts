import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSessionCallback } from '../../clients/goto/assist/callback.js';
import { agentsSchema, eventsSchema, queuesSchema, sessionListSchema } from '../../clients/goto/assist/schemas.js';
import { parseJson } from '../../clients/transport/json.js';
import type { SupportSession, SupportSessionEvent } from '../../domain/support.js';
import { toIdentity, toSessionEvent, toSupportQueue, toSupportSession } from './mapping.js';

/**
 * Recorded from the bundled simulator (seed 42; docs/testing.md, "Recorded vendor payloads"):
 * - sessions.json: `GET /G2A/rest/v1/sessions?sessionType=screen_sharing&fromTime=…&toTime=…`, trimmed to six sessions
 *   (keys are int64 JSON numbers above 2^53 there, as GoTo prints them)
 * - session-1400150636.json: `GET /sessions/1400150636` (keys as strings; the record the status callback POSTs)
 * - events-1400149287.json: `GET /sessions/1400149287/events`
 * - agents.json, queues.json: `GET /monitors/agents`, `GET /monitors/queues`
 * Each is read the way the client reads an answer: the transport's parseJson (which keeps big keys exact), then its schema.
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const listed = sessionListSchema.parse(parseJson(fixture('sessions.json')));
const mapped = (sessionId: string): SupportSession => toSupportSession(listed.sessions.find((session) => session.sessionId === sessionId)!);

describe('GoToAssist session listing → SupportSession', () => {
  it('holds the six recorded sessions', () => {
    expect(listed.totalNumSessions).toBe(6);
    expect(listed.sessions.map((session) => [session.sessionId, session.status])).toEqual([
      ['1400135502', 'complete'],
      ['1400138199', 'complete'],
      ['1400140490', 'abandoned'],
      ['1400149287', 'complete'],
      ['1400150636', 'active'],
      ['1400151645', 'waiting'],
    ]);
  });

  it('maps a rated, unresolved session with a ticket and a recording, keeping 64-bit keys exact', () => {
    expect(mapped('1400138199')).toEqual({
      vendor: 'gotoassist',
      vendorId: '1400138199',
      status: 'ENDED',
      startedAt: '2025-12-30T08:27:13Z',
      endedAt: '2025-12-30T08:40:57Z',
      durationSeconds: 13 * 60 + 44,
      portal: 'VIP Portal',
      queueId: '9300000000000138483',
      teamId: null,
      agent: { vendor: 'gotoassist', vendorId: '9300000000000250413', name: 'Leo Anderson', email: 'leo.anderson@switchboard.test' },
      customer: { name: 'Rafael Lee', company: null, email: 'rafael.lee@acme.example' },
      externalKey: '19856122753323',
      recordingUrl: 'https://app.gotoassist.com/sessions/1400138199/recording',
      feedback: { rating: 2, comment: 'Took a while to connect.', resolution: 'UNRESOLVED' },
    });
  });

  it('maps an empty partnerObject to no ticket, and a resolution without a rating', () => {
    expect(mapped('1400135502')).toEqual({
      vendor: 'gotoassist',
      vendorId: '1400135502',
      status: 'ENDED',
      startedAt: '2025-12-29T05:03:11Z',
      endedAt: '2025-12-29T05:16:38Z',
      durationSeconds: 13 * 60 + 27,
      portal: 'Support Portal',
      queueId: '9300000000000087770',
      teamId: null,
      agent: { vendor: 'gotoassist', vendorId: '9300000000000398249', name: 'Mateo Wilson', email: 'mateo.wilson@switchboard.test' },
      customer: { name: 'Layla Kowalski', company: null, email: 'layla.kowalski@example.com' },
      externalKey: null,
      recordingUrl: 'https://app.gotoassist.com/sessions/1400135502/recording',
      feedback: { rating: null, comment: null, resolution: 'RESOLVED' },
    });
  });

  it('maps an abandoned session without an expert', () => {
    expect(mapped('1400140490')).toEqual({
      vendor: 'gotoassist',
      vendorId: '1400140490',
      status: 'ABANDONED',
      startedAt: '2025-12-31T05:09:50Z',
      endedAt: '2025-12-31T05:15:32Z',
      durationSeconds: 5 * 60 + 42,
      portal: 'VIP Portal',
      queueId: '9300000000000138483',
      teamId: null,
      agent: null,
      customer: { name: 'Diego Lee', company: null, email: 'diego.lee@example.com' },
      externalKey: '19856122753340',
      recordingUrl: null,
      feedback: { rating: null, comment: null, resolution: null },
    });
  });

  it('maps running sessions: active with its expert, waiting without, no end and no duration', () => {
    expect(mapped('1400150636')).toMatchObject({
      status: 'ACTIVE',
      startedAt: '2026-01-05T08:33:00Z',
      endedAt: null,
      durationSeconds: null,
      queueId: '9300000000000138483',
      agent: { vendor: 'gotoassist', vendorId: '9300000000000379711', name: 'Olivia Martinez', email: 'olivia.martinez@switchboard.test' },
      customer: { name: 'Mateo Nakamura', company: null, email: 'mateo56@globex.example' },
      externalKey: null,
      recordingUrl: null,
    });
    expect(mapped('1400151645')).toMatchObject({
      status: 'WAITING',
      startedAt: '2026-01-05T08:45:00Z',
      endedAt: null,
      durationSeconds: null,
      portal: 'Support Portal',
      queueId: '9300000000000087770',
      agent: null,
      customer: { name: 'Mateo Murphy', company: null, email: 'mateo97@example.com' },
    });
  });

  it('maps the single-session record (keys as strings, as the status callback sends it) like the listing’s', () => {
    const record = decodeSessionCallback(fixture('session-1400150636.json'));
    expect(record).not.toBeNull();
    expect(toSupportSession(record!)).toEqual(mapped('1400150636'));
  });
});

describe('GoToAssist transcript → SupportSessionEvent', () => {
  it('maps each event of a recorded transcript', () => {
    const events = eventsSchema.parse(parseJson(fixture('events-1400149287.json')));
    const omar = { kind: 'CUSTOMER' as const, name: 'Omar Lee' };
    const fatima = { kind: 'AGENT' as const, name: 'Fatima Schmidt' };
    const event = (kind: SupportSessionEvent['kind'], vendorType: string, at: string, by: SupportSessionEvent['by'], body: string, file: { fileName: string; fileSize: number } | null = null): SupportSessionEvent => ({
      kind,
      vendorType,
      at,
      by,
      to: null,
      body,
      fileName: file?.fileName ?? null,
      fileSize: file?.fileSize ?? null,
    });
    expect(events.map(toSessionEvent)).toEqual([
      event('PARTICIPANT_JOINED', 'customerJoined', '2026-01-04T13:22:33Z', omar, 'Omar Lee joined'),
      event('NOTE', 'note', '2026-01-04T13:25:50Z', fatima, 'Cleared cache and reinstalled.'),
      event('FILE_TRANSFER', 'fileTransfer', '2026-01-04T13:28:17Z', fatima, 'File sent', { fileName: 'patch.exe', fileSize: 2593479 }),
      event('CHAT_MESSAGE', 'chatMessage', '2026-01-04T13:31:03Z', omar, 'I can see you now.'),
      event('NOTE', 'note', '2026-01-04T13:34:03Z', fatima, 'Cleared cache and reinstalled.'),
      event('SESSION_END', 'sessionEnded', '2026-01-04T13:34:37Z', { kind: 'SYSTEM', name: 'System' }, 'Session ended'),
    ]);
  });

  it('types an event it does not know as OTHER, keeping the vendor’s name, and one without a participant as by nobody', () => {
    expect(toSessionEvent({ timeStamp: null, eventType: 'screenShared', participantType: null, participantName: null, content: null, fileName: null, fileSize: null })).toEqual({
      kind: 'OTHER',
      vendorType: 'screenShared',
      at: null,
      by: null,
      to: null,
      body: null,
      fileName: null,
      fileSize: null,
    });
  });
});

describe('GoToAssist monitors → identities and queues', () => {
  it('maps each agent to an identity with its status, keeping its key exact', () => {
    const { agents } = agentsSchema.parse(parseJson(fixture('agents.json')));
    const identities = agents.map(toIdentity);
    expect(identities).toHaveLength(16);
    expect(identities.slice(0, 5)).toEqual([
      { vendor: 'gotoassist', vendorId: '9300000000000140316', name: 'Avery Agent', email: 'agent@switchboard.test', status: 'OFFLINE', teamIds: [] },
      { vendor: 'gotoassist', vendorId: '9300000000000165978', name: 'Addison Admin', email: 'admin@switchboard.test', status: 'OFFLINE', teamIds: [] },
      { vendor: 'gotoassist', vendorId: '9300000000000206499', name: 'Fatima Schmidt', email: 'fatima.schmidt@switchboard.test', status: 'BUSY', teamIds: [] },
      { vendor: 'gotoassist', vendorId: '9300000000000217263', name: 'Mateo Brown', email: 'mateo.brown@switchboard.test', status: 'OFFLINE', teamIds: [] },
      { vendor: 'gotoassist', vendorId: '9300000000000250413', name: 'Leo Anderson', email: 'leo.anderson@switchboard.test', status: 'AWAY', teamIds: [] },
    ]);
    expect(identities.find((identity) => identity.name === 'Harper Khan')).toMatchObject({ vendorId: '9300000000000515093', status: 'AVAILABLE' });
    expect(new Set(identities.map((identity) => identity.status))).toEqual(new Set(['OFFLINE', 'BUSY', 'AWAY', 'AVAILABLE']));
  });

  it('lower-cases an expert’s email', () => {
    const identity = toIdentity({ userKey: '1', name: 'Ava', email: 'Ava.Rossi@Switchboard.TEST', status: 'available', activeSessions: [], portalKeys: [] });
    expect(identity.email).toBe('ava.rossi@switchboard.test');
  });

  it('maps each portal’s queue with the experts serving it', () => {
    const { queues } = queuesSchema.parse(parseJson(fixture('queues.json')));
    expect(queues.map(toSupportQueue)).toEqual([
      {
        vendor: 'gotoassist',
        vendorId: '9300000000000087770',
        name: 'Support Portal',
        waitingCount: 3,
        longestWaitSeconds: 900,
        teamId: null,
        memberIds: ['9300000000000140316', '9300000000000165978', '9300000000000398249', '9300000000000419296', '9300000000000515093', '9300000000000529211', '9300000000000595420', '9300000000000707155'],
      },
      {
        vendor: 'gotoassist',
        vendorId: '9300000000000138483',
        name: 'VIP Portal',
        waitingCount: 1,
        longestWaitSeconds: 660,
        teamId: null,
        memberIds: [
          '9300000000000165978',
          '9300000000000206499',
          '9300000000000217263',
          '9300000000000250413',
          '9300000000000311890',
          '9300000000000379711',
          '9300000000000419296',
          '9300000000000489236',
          '9300000000000534541',
          '9300000000000707155',
          '9300000000000735131',
        ],
      },
    ]);
  });
});
