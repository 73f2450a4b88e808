import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createGoToMeetingClient,
  createGoToSession,
  createGoToTrainingClient,
  createGoToWebinarClient,
  type GoToMeetingClient,
  type GoToSession,
  type GoToTrainingClient,
  type GoToWebinarClient,
} from '../clients/goto/index.js';
import { ConfigError } from '../domain/config-error.js';
import { loadConfig } from '../server/config.js';
import { startSimulator } from '../simulator/server.js';
import { simulatorAdmin, type SimulatorAdmin } from './support/simulator-admin.js';
import { upstreamFailure } from './support/upstream-failure.js';

let sim: Awaited<ReturnType<typeof startSimulator>>;
let admin: SimulatorAdmin;
let session: GoToSession;
let meetings: GoToMeetingClient;
let webinars: GoToWebinarClient;
let trainings: GoToTrainingClient;

const CREDENTIALS = { clientId: 'simulator-goto-client', clientSecret: 'simulator-goto-secret', refreshToken: 'simulator-goto-refresh-token' };
const TWO_POW_53 = 2n ** 53n;
const HOUR = 3_600_000;

function newSession(overrides: Partial<typeof CREDENTIALS> = {}): GoToSession {
  return createGoToSession({ baseUrl: `${sim.url}/goto`, ...CREDENTIALS, ...overrides, transport: { backoff: { baseMs: 1, capMs: 5 }, timeoutMs: 3000 } });
}

const journal = () => admin.journal('goto');
const tokenCalls = async () => (await journal()).filter((entry) => entry.path === '/goto/oauth/v2/token');

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 42 });
  admin = simulatorAdmin(sim.url);
});
afterAll(() => sim?.close());
beforeEach(async () => {
  await admin.reset(42);
  session = newSession();
  meetings = createGoToMeetingClient(session);
  webinars = createGoToWebinarClient(session);
  trainings = createGoToTrainingClient(session);
});

describe('GoTo OAuth session', () => {
  it('signs in once with the refresh token and shares the token across products', async () => {
    const token = await session.token();
    expect(BigInt(token.organizerKey) > TWO_POW_53).toBe(true);
    expect(BigInt(token.accountKey) > TWO_POW_53).toBe(true);
    await Promise.all([meetings.listGroups(), webinars.listAccountWebinars({ from: new Date('2025-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }), trainings.listTrainings(token.organizerKey)]);
    expect(await tokenCalls()).toHaveLength(1);
  });

  it("works with the current token server's answer (no keys in it): reads them once from /admin/rest/v1/me", async () => {
    const current = createGoToSession({ baseUrl: `${sim.url}/goto`, tokenUrl: `${sim.url}/goto/oauth/token`, ...CREDENTIALS, transport: { retries: 0 } });
    const legacy = await session.token();
    const token = await current.token();
    expect(token).toMatchObject({ organizerKey: legacy.organizerKey, accountKey: legacy.accountKey, email: 'organizer@switchboard.test' });
    await current.refresh();
    const all = await createGoToWebinarClient(current).listAccountWebinars({ from: new Date('2025-09-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') });
    expect(all).toHaveLength(16);
    const calls = (await journal()).map((entry) => entry.path).filter((path) => !path.startsWith('/goto/G2W'));
    expect(calls).toEqual(['/goto/oauth/v2/token', '/goto/oauth/token', '/goto/admin/rest/v1/me', '/goto/oauth/token']);
  });

  it('refreshes once on 403 InvalidToken after the token expires on the virtual clock, and repeats the call', async () => {
    await meetings.listGroups();
    await admin.call('/_sim/clock', { advanceMs: 2 * HOUR });
    await admin.clearJournal();
    // Five calls in parallel with the expired token: one refresh between them, each repeated once.
    const answers = await Promise.all(Array.from({ length: 5 }, () => meetings.listGroups()));
    expect(answers.every((groups) => groups.length === 5)).toBe(true);
    const entries = await journal();
    expect(entries.filter((e) => e.status === 403)).toHaveLength(5);
    expect(entries.filter((e) => e.path === '/goto/oauth/v2/token')).toHaveLength(1);
    expect(entries.filter((e) => e.path === '/goto/G2M/rest/groups' && e.status === 200)).toHaveLength(5);
  });

  it('fails with UPSTREAM_REJECTED when the refresh token is refused, without leaking it', async () => {
    const bad = createGoToMeetingClient(newSession({ refreshToken: 'stale-refresh-token-value' }));
    const error = await upstreamFailure(bad.listGroups());
    expect(error.code).toBe('UPSTREAM_REJECTED');
    expect(error.vendor).toBe('goto');
    expect(error.vendorCode).toBe('invalid_grant');
    expect(JSON.stringify(error)).not.toContain('stale-refresh-token-value');
    expect(String(error.stack)).not.toContain('simulator-goto-secret');
  });

  it('a token refused by the vendor for another reason is not refreshed in a loop', async () => {
    await admin.fault({ vendor: 'goto', path: '/G2M/rest/groups', kind: 'status', status: 403, body: '{"errorCode":"AccessDenied","description":"not an admin","incident":4410212345678901234}' });
    const error = await upstreamFailure(meetings.listGroups());
    expect(error.status).toBe(403);
    expect(error.vendorCode).toBe('AccessDenied');
    expect(await tokenCalls()).toHaveLength(1);
  });
});

describe('GoToMeeting client', () => {
  it('keeps int64 keys exact whether GoTo sends them as numbers or strings', async () => {
    const organizers = await meetings.listOrganizers();
    expect(organizers).toHaveLength(50);
    const token = await session.token();
    const me = organizers.find((o) => o.email === 'organizer@switchboard.test')!;
    // organizerKey is a JSON number above 2^53 in /organizers and a string in the token response.
    expect(me.organizerKey).toBe(token.organizerKey);
    const raw = await (await fetch(`${sim.url}/goto/G2M/rest/organizers/${me.organizerKey}`, { headers: { authorization: `Bearer ${token.accessToken}` } })).text();
    expect(raw).toContain(`"organizerKey":${me.organizerKey},`);
    expect(await meetings.getOrganizer(me.organizerKey)).toMatchObject({ organizerKey: me.organizerKey, status: 'active' });
    expect(organizers.filter((o) => o.status === 'suspended')).toHaveLength(5);
  });

  it('reads the casing quirks: groupkey, organizerkey, meetingid, and G2M times', async () => {
    const groups = await meetings.listGroups();
    expect(groups[0]!.groupKey).toMatch(/^\d{18}$/);
    const history = await meetings.historicalMeetings({ groupKey: groups[0]!.groupKey }, { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2026-01-05T09:00:00Z') });
    expect(history.length).toBeGreaterThan(5);
    const row = history[0]!;
    expect(row.organizerKey).toMatch(/^\d+$/);
    expect(row.startTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(typeof row.durationMinutes).toBe('number');
    // History rows carry no instance key: the row's attendees are the meeting's with the row's start.
    const attendees = (await meetings.meetingAttendees(row.meetingId)).filter((a) => a.startTime === row.startTime);
    expect(attendees).toHaveLength(row.numAttendees);
    // Attendees by meeting carry only `organizerkey` (lower-case k): read into organizerKey.
    expect(attendees.every((a) => a.organizerKey === row.organizerKey && a.meetingInstanceKey !== null)).toBe(true);
    const byGroup = await meetings.attendees({ groupKey: groups[0]!.groupKey }, { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2026-01-05T09:00:00Z') });
    expect(byGroup.length).toBe(history.reduce((sum, h) => sum + h.numAttendees, 0));

    const created = await meetings.createMeeting({ subject: 'Kickoff', startTime: new Date('2026-02-01T10:00:00Z'), endTime: new Date('2026-02-01T11:00:00Z'), conferenceCallInfo: 'VoIP', meetingType: 'scheduled', passwordRequired: false });
    expect(created.meetingId).toMatch(/^\d{9}$/);
    expect(created.joinUrl).toContain(created.meetingId);
    const read = await meetings.getMeeting(created.meetingId);
    expect(read).toMatchObject({ meetingId: created.meetingId, subject: 'Kickoff', startTime: '2026-02-01T10:00:00Z', status: 'INACTIVE' });
  });

  it('starts, ends, updates and deletes a meeting; a missing meeting is null/false', async () => {
    const created = await meetings.createMeeting({ subject: 'Standup', meetingType: 'immediate', conferenceCallInfo: 'Free' });
    expect(await meetings.startMeeting(created.meetingId)).toMatch(/^https:\/\//);
    expect((await meetings.getMeeting(created.meetingId))!.status).toBe('ACTIVE');
    await admin.call('/_sim/clock', { advanceMs: 30 * 60_000 });
    expect(await meetings.endMeeting(created.meetingId)).toBe(true);
    const history = await meetings.meetingAttendees(created.meetingId);
    expect(history.length).toBeGreaterThan(0);
    expect(await meetings.updateMeeting(created.meetingId, { subject: 'Standup (moved)' })).toBe(true);
    expect((await meetings.getMeeting(created.meetingId))!.subject).toBe('Standup (moved)');
    expect(await meetings.deleteMeeting(created.meetingId)).toBe(true);
    expect(await meetings.getMeeting(created.meetingId)).toBeNull();
    expect(await meetings.deleteMeeting(created.meetingId)).toBe(false);
  });

  it('signs up, suspends and deletes an organizer; a duplicate email is a 409', async () => {
    const [group] = await meetings.listGroups();
    const created = await meetings.createOrganizer({ email: 'new.host@switchboard.test', firstName: 'New', lastName: 'Host', productType: 'G2M', groupKey: group!.groupKey });
    expect(BigInt(created.organizerKey) > TWO_POW_53).toBe(true);
    const duplicate = await upstreamFailure(meetings.createOrganizer({ email: 'new.host@switchboard.test', firstName: 'N', lastName: 'H', productType: 'G2M' }));
    expect(duplicate.status).toBe(409);
    expect(await meetings.setOrganizerStatus(created.organizerKey, 'suspended')).toBe(true);
    expect((await meetings.listOrganizers({ email: 'new.host@switchboard.test' }))[0]).toMatchObject({ status: 'suspended', groupKey: group!.groupKey });
    expect(await meetings.deleteOrganizer(created.organizerKey)).toBe(true);
    expect(await meetings.getOrganizer(created.organizerKey)).toBeNull();
  });
});

describe('GoToWebinar and GoToTraining clients', () => {
  const window = { from: new Date('2025-09-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };

  it('pages account webinars and registers with 409 mapped to the existing registrant', async () => {
    const all = await webinars.listAccountWebinars(window);
    expect(all).toHaveLength(16);
    expect(all.every((w) => BigInt(w.webinarKey) > TWO_POW_53)).toBe(true);
    const upcoming = all.find((w) => Date.parse(w.times[0]!.startTime) > Date.parse('2026-01-06T00:00:00Z'))!;
    const first = await webinars.register(upcoming.organizerKey, upcoming.webinarKey, { firstName: 'Ada', lastName: 'Lovelace', email: 'Ada@Example.com' });
    expect(first.created).toBe(true);
    expect(BigInt(first.registrant.registrantKey) > TWO_POW_53).toBe(true);
    const again = await webinars.register(upcoming.organizerKey, upcoming.webinarKey, { firstName: 'Ada', lastName: 'L', email: 'ada@example.com' });
    expect(again).toEqual({ created: false, registrant: first.registrant });
    expect(await webinars.cancelRegistration(upcoming.organizerKey, upcoming.webinarKey, first.registrant.registrantKey)).toBe(true);
    expect(await webinars.getRegistrant(upcoming.organizerKey, upcoming.webinarKey, first.registrant.registrantKey)).toBeNull();
  });

  it("reads a webinar's organizer start link; an unknown webinar's is null", async () => {
    const [webinar] = await webinars.listAccountWebinars(window);
    expect(await webinars.startUrl(webinar!.webinarKey)).toBe(`https://global.gotowebinar.com/start/${webinar!.webinarKey}`);
    expect(await webinars.startUrl('1')).toBeNull();
  });

  it('reads webinar attendance with join spans', async () => {
    const held = (await webinars.listAccountWebinars(window)).filter((w) => Date.parse(w.times[0]!.endTime) < Date.parse('2026-01-05T00:00:00Z'));
    const attendance = await webinars.listAttendees(held[0]!.organizerKey, held[0]!.webinarKey);
    expect(attendance.length).toBeGreaterThan(0);
    for (const a of attendance) {
      expect(a.attendance.length).toBeGreaterThan(0);
      expect(a.sessionKey).toMatch(/^\d+$/);
    }
  });

  it('creates a training (bare-string key), registers twice, and reads report sessions', async () => {
    const token = await session.token();
    const key = await trainings.createTraining(token.organizerKey, { name: 'Macros 101', times: [{ startTime: new Date('2026-03-01T10:00:00Z'), endTime: new Date('2026-03-01T12:00:00Z') }] });
    expect(BigInt(key) > TWO_POW_53).toBe(true);
    expect((await trainings.getTraining(token.organizerKey, key))!.times).toEqual([{ startTime: '2026-03-01T10:00:00Z', endTime: '2026-03-01T12:00:00Z' }]);
    const first = await trainings.register(token.organizerKey, key, { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com' });
    await admin.clearJournal();
    const again = await trainings.register(token.organizerKey, key, { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com' });
    expect(first.created && !again.created).toBe(true);
    expect(again.registrant).toEqual(first.registrant);
    // The 409 names the existing registration: it is read by that key, not searched for by email.
    const registrantsPath = `/goto/G2T/rest/organizers/${token.organizerKey}/trainings/${key}/registrants`;
    expect((await journal()).map((entry) => `${entry.method} ${entry.path} ${entry.status}`)).toEqual([
      `POST ${registrantsPath} 409`,
      `GET ${registrantsPath}/${first.registrant.registrantKey} 200`,
    ]);
    expect(await trainings.startTraining(key)).toMatch(/^https:\/\//);
    expect(await trainings.startUrl(token.organizerKey, key)).toBe(`https://global.gototraining.com/organizer/start/${key}`);
    expect(await trainings.startUrl(token.organizerKey, '1')).toBeNull();
    const sessions = (await Promise.all((await meetings.listOrganizers()).map((o) => trainings.sessionsByDate(o.organizerKey, window)))).flat();
    expect(sessions.length).toBeGreaterThan(0);
  });
});

describe('GoTo configuration', () => {
  const env = { GOTO_URL: 'https://api.getgo.com/', GOTO_CLIENT_ID: 'app-id', GOTO_CLIENT_SECRET: 'app-secret', GOTO_REFRESH_TOKEN: 'refresh-me' };

  it('reads GOTO_* into config.vendors.goto', () => {
    expect(loadConfig(env).vendors.goto).toEqual({ url: 'https://api.getgo.com', clientId: 'app-id', clientSecret: 'app-secret', refreshToken: 'refresh-me' });
    expect(loadConfig({}).vendors.goto).toBeUndefined();
    expect(loadConfig({ ...env, GOTO_TOKEN_URL: 'https://authentication.logmeininc.com/oauth/token' }).vendors.goto?.tokenUrl).toBe('https://authentication.logmeininc.com/oauth/token');
  });

  it('names what is missing: credentials without a URL, or a URL without credentials', () => {
    const noUrl = (() => { try { loadConfig({ GOTO_CLIENT_ID: 'app-id' }); } catch (error) { return error; } })();
    expect(noUrl).toBeInstanceOf(ConfigError);
    expect((noUrl as ConfigError).issues).toEqual([{ variable: 'GOTO_URL', message: 'required when GOTO_CLIENT_ID is set' }]);
    const partial = (() => { try { loadConfig({ GOTO_URL: env.GOTO_URL, GOTO_CLIENT_ID: 'app-id' }); } catch (error) { return error; } })();
    expect((partial as ConfigError).issues.map((i) => i.variable)).toEqual(['GOTO_CLIENT_SECRET', 'GOTO_REFRESH_TOKEN']);
    expect(String(partial)).not.toContain('app-id');
  });
});
