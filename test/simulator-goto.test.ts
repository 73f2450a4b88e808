import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateZendeskSeed } from '../simulator/zendesk/index.js';
import { startSimulator } from '../simulator/server.js';
import { simulatorAdmin, type SimulatorAdmin } from './support/simulator-admin.js';

let sim: Awaited<ReturnType<typeof startSimulator>>;
let admin: SimulatorAdmin;
let base: string;
let token: { access_token: string; organizer_key: string; account_key: string };

const BASIC = `Basic ${Buffer.from('simulator-goto-client:simulator-goto-secret').toString('base64')}`;
const TWO_POW_53 = 2n ** 53n;

function tokenRequest(body: string, authorization = BASIC) {
  return fetch(`${base}/oauth/v2/token`, { method: 'POST', headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' }, body });
}

/** A call with the current token; the raw text is kept so number-vs-string can be checked. */
async function call(method: string, path: string, body?: unknown): Promise<{ status: number; text: string; json: any }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token.access_token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: text ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 42 });
  admin = simulatorAdmin(sim.url);
  base = `${sim.url}/goto`;
});
afterAll(() => sim?.close());
beforeEach(async () => {
  await admin.reset(42);
  token = await (await tokenRequest('grant_type=refresh_token&refresh_token=simulator-goto-refresh-token')).json();
});

describe('OAuth', () => {
  it('answers both grants with the token response, keys as strings', async () => {
    const byCode = await tokenRequest('grant_type=authorization_code&code=simulator-goto-code');
    expect(byCode.status).toBe(200);
    const body = await byCode.json();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, refresh_token: 'simulator-goto-refresh-token', email: 'organizer@switchboard.test', account_type: 'corporate' });
    expect(typeof body.organizer_key).toBe('string');
    expect(BigInt(body.organizer_key) > TWO_POW_53).toBe(true);
    expect(BigInt(body.account_key) > TWO_POW_53).toBe(true);
  });

  it('refuses bad client auth, grants and codes in RFC 6749 shape', async () => {
    expect((await tokenRequest('grant_type=refresh_token&refresh_token=simulator-goto-refresh-token', 'Basic eDp5')).status).toBe(401);
    const badGrant = await tokenRequest('grant_type=password');
    expect([badGrant.status, (await badGrant.json()).error]).toEqual([400, 'unsupported_grant_type']);
    const badToken = await tokenRequest('grant_type=refresh_token&refresh_token=nope');
    expect([badToken.status, (await badToken.json()).error]).toEqual([400, 'invalid_grant']);
  });

  it('expires access tokens after an hour of virtual time with 403 InvalidToken; unknown tokens too', async () => {
    expect((await call('GET', '/G2M/rest/groups')).status).toBe(200);
    await admin.call('/_sim/clock', { advanceMs: 3_599_000 });
    expect((await call('GET', '/G2M/rest/groups')).status).toBe(200);
    await admin.call('/_sim/clock', { advanceMs: 2_000 });
    const expired = await call('GET', '/G2M/rest/groups');
    expect(expired).toMatchObject({ status: 403, json: { int_err_code: 'InvalidToken' } });
    const unknown = await fetch(`${base}/G2W/rest/v2/organizers/1/webinars`, { headers: { authorization: 'Bearer made-up' } });
    expect(unknown.status).toBe(403);
    expect((await unknown.json()).int_err_code).toBe('InvalidToken');
  });
});

describe('errors and the current token server', () => {
  it('answers errors as {errorCode, description, incident}; a rejected token keeps {int_err_code, msg}', async () => {
    const missing = await call('GET', `/G2W/rest/v2/organizers/${token.organizer_key}/webinars/1`);
    expect(missing.status).toBe(404);
    expect(missing.text).toMatch(/^\{"errorCode":"NotFound","description":"Webinar not found","incident":\d+\}$/);
    const bad = await call('GET', `/G2W/rest/v2/accounts/${token.account_key}/webinars`);
    expect(bad.json).toMatchObject({ errorCode: 'InvalidRequest', description: expect.stringContaining('fromTime') });
    const refused = await fetch(`${base}/G2T/rest/organizers/1/trainings`, { headers: { authorization: 'Bearer made-up' } });
    expect(await refused.json()).toEqual({ int_err_code: 'InvalidToken', msg: 'Invalid token passed' });
  });

  it('answers the current token shape at /oauth/token, with the keys at GET /admin/rest/v1/me', async () => {
    const current = await fetch(`${base}/oauth/token`, { method: 'POST', headers: { authorization: BASIC, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=refresh_token&refresh_token=simulator-goto-refresh-token' });
    const body = await current.json();
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'principal', 'refresh_token', 'scope', 'token_type']);
    expect(body).toMatchObject({ expires_in: 3600, principal: 'organizer@switchboard.test' });
    const me = await fetch(`${base}/admin/rest/v1/me`, { headers: { authorization: `Bearer ${body.access_token}` } });
    const text = await me.text();
    expect(text).toContain(`"key":${token.organizer_key},`);
    expect(text).toContain(`"accountKey":${token.account_key},`);
  });
});

describe('seed', () => {
  it('has 50 organizers (5 suspended) in 5 groups, and attendees shared with Zendesk contacts', async () => {
    const organizers = (await call('GET', '/G2M/rest/organizers')).json as { status: string }[];
    expect(organizers).toHaveLength(50);
    expect(organizers.filter((o) => o.status === 'suspended')).toHaveLength(5);
    expect((await call('GET', '/G2M/rest/groups')).json).toHaveLength(5);
    const zendeskEmails = new Set(generateZendeskSeed(42).users.map((u) => u.email));
    // Group keys exceed 2^53: read them from the raw text, not through JSON.parse.
    const groupKey = (await call('GET', '/G2M/rest/groups')).text.match(/"groupkey":(\d+)/)![1]!;
    const attendees = (await call('GET', `/G2M/rest/groups/${groupKey}/attendees?startDate=2025-10-01T00:00:00Z&endDate=2026-01-05T09:00:00Z`)).json as { attendeeEmail: string }[];
    expect(attendees.some((a) => zendeskEmails.has(a.attendeeEmail))).toBe(true);
    expect(attendees.some((a) => !zendeskEmails.has(a.attendeeEmail))).toBe(true);
  });

  it('is deterministic per seed and differs across seeds', async () => {
    const first = (await call('GET', '/G2M/rest/organizers')).text;
    await admin.reset(42);
    token = await (await tokenRequest('grant_type=refresh_token&refresh_token=simulator-goto-refresh-token')).json();
    expect((await call('GET', '/G2M/rest/organizers')).text).toBe(first);
    await admin.reset(7);
    token = await (await tokenRequest('grant_type=refresh_token&refresh_token=simulator-goto-refresh-token')).json();
    expect((await call('GET', '/G2M/rest/organizers')).text).not.toBe(first);
  });
});

describe('GoToMeeting wire format', () => {
  it('creates with lower-case keys and answers an array with `meetingid`; GET answers an array with `meetingId`', async () => {
    const created = await call('POST', '/G2M/rest/meetings', { subject: 'Wire check', starttime: '2026-02-01T10:00:00Z', endtime: '2026-02-01T11:00:00Z', passwordrequired: false, conferencecallinfo: 'VoIP', timezonekey: '', meetingtype: 'scheduled' });
    expect(created.status).toBe(201);
    expect(Array.isArray(created.json)).toBe(true);
    expect(Object.keys(created.json[0]).sort()).toEqual(['conferenceCallInfo', 'joinURL', 'maxParticipants', 'meetingid', 'uniqueMeetingId']);
    const id = created.text.match(/"meetingid":(\d+)/)![1]!;
    const read = await call('GET', `/G2M/rest/meetings/${id}`);
    expect(read.json[0]).toMatchObject({ meetingId: Number(id), subject: 'Wire check', status: 'INACTIVE', startTime: '2026-02-01T10:00:00.+0000' });
    expect(read.text).toMatch(/"uniqueMeetingId":\d{17,}/);
    expect((await call('POST', '/G2M/rest/meetings', { subject: 'x', meetingtype: 'weekly', conferencecallinfo: 'VoIP' })).status).toBe(400);
  });

  it('history rows: ids and counts as strings; attendee rows: organizerkey a number (and meetingId a string by group)', async () => {
    expect((await call('GET', '/G2M/rest/historicalMeetings?startDate=2025-10-01T00:00:00Z')).json).toMatchObject({ errorCode: 'InvalidRequest', description: expect.stringMatching(/^endDate is required/) });
    const groups = (await call('GET', '/G2M/rest/groups')).text;
    const groupKey = groups.match(/"groupkey":(\d+)/)![1]!;
    const history = await call('GET', `/G2M/rest/groups/${groupKey}/historicalMeetings?startDate=2025-10-01T00:00:00Z&endDate=2026-01-05T09:00:00Z`);
    expect(history.status).toBe(200);
    const row = history.json[0];
    expect(typeof row.meetingId).toBe('string');
    expect(typeof row.organizerKey).toBe('string');
    expect(typeof row.duration).toBe('string');
    expect(typeof row.numAttendees).toBe('string');
    expect(row).toHaveProperty('groupName');
    expect(row).not.toHaveProperty('meetingInstanceKey');
    const byGroup = await call('GET', `/G2M/rest/groups/${groupKey}/attendees?startDate=2025-10-01T00:00:00Z&endDate=2026-01-05T09:00:00Z`);
    const attendee = byGroup.json[0];
    expect(typeof attendee.meetingId).toBe('string');
    expect(typeof attendee.organizerKey).toBe('string');
    expect(byGroup.text).toContain(`"organizerkey":${attendee.organizerKey},`);
    const byMeeting = await call('GET', `/G2M/rest/meetings/${row.meetingId}/attendees`);
    expect(byMeeting.text).toContain(`"meetingId":${row.meetingId},`);
    expect(byMeeting.json[0]).not.toHaveProperty('organizerKey');
    expect(byMeeting.json[0]).toMatchObject({ groupName: 'NA', name: byMeeting.json[0].attendeeName });
  });

  it('organizers: 409 on a taken email, PUT status → 204, DELETE → 204 then 404', async () => {
    const body = { organizerEmail: 'organizer@switchboard.test', firstName: 'O', lastName: 'O', productType: 'G2M' };
    expect((await call('POST', '/G2M/rest/organizers', body)).status).toBe(409);
    const created = await call('POST', '/G2M/rest/organizers', { ...body, organizerEmail: 'fresh@switchboard.test' });
    expect(created.status).toBe(201);
    const key = created.text.match(/"key":(\d+)/)![1]!;
    expect(BigInt(key) > TWO_POW_53).toBe(true);
    expect((await call('PUT', `/G2M/rest/organizers/${key}`, { status: 'suspended' })).status).toBe(204);
    expect((await call('GET', `/G2M/rest/organizers/${key}`)).json[0]).toMatchObject({ status: 'suspended', products: [] });
    // Reactivation grants a product, as the API wants since `status: "active"` was deprecated.
    expect((await call('PUT', `/G2M/rest/organizers/${key}`, { productType: 'G2W' })).status).toBe(204);
    expect((await call('GET', `/G2M/rest/organizers/${key}`)).json[0]).toMatchObject({ status: 'active', products: ['G2W'] });
    expect((await call('DELETE', `/G2M/rest/organizers/${key}`)).status).toBe(204);
    expect((await call('GET', `/G2M/rest/organizers/${key}`)).status).toBe(404);
    // And by email.
    await call('POST', '/G2M/rest/organizers', { ...body, organizerEmail: 'by.email@switchboard.test' });
    expect((await call('DELETE', '/G2M/rest/organizers?email=by.email@switchboard.test')).status).toBe(204);
    expect((await call('GET', '/G2M/rest/organizers?email=by.email@switchboard.test')).json).toEqual([]);
  });
});

describe('GoToWebinar v2 wire format', () => {
  const window = 'fromTime=2025-09-01T00:00:00Z&toTime=2026-04-01T00:00:00Z';

  it('pages account webinars in the _embedded/page envelope from page 0', async () => {
    const first = await call('GET', `/G2W/rest/v2/accounts/${token.account_key}/webinars?${window}&page=0&size=5`);
    expect(first.json.page).toEqual({ size: 5, totalElements: 16, totalPages: 4, number: 0 });
    expect(first.json._embedded.webinars).toHaveLength(5);
    const last = await call('GET', `/G2W/rest/v2/accounts/${token.account_key}/webinars?${window}&page=3&size=5`);
    expect(last.json._embedded.webinars).toHaveLength(1);
    // Listings carry keys as strings; the same webinar read by key carries them as int64 numbers.
    const listed = first.json._embedded.webinars[0];
    expect(typeof listed.webinarKey).toBe('string');
    expect(typeof listed.organizerKey).toBe('string');
    expect(listed).not.toHaveProperty('inSession');
    const byKey = await call('GET', `/G2W/rest/v2/organizers/${listed.organizerKey}/webinars/${listed.webinarKey}`);
    expect(byKey.text).toContain(`"webinarKey":${listed.webinarKey},`);
    expect(byKey.text).toContain(`"organizerKey":${listed.organizerKey},`);
    expect(byKey.json).toMatchObject({ inSession: false, numberOfRegistrants: expect.any(Number) });
  });

  it('registrants: 201 {registrantKey (number), joinUrl}; 409 for a duplicate email', async () => {
    const list = (await call('GET', `/G2W/rest/v2/accounts/${token.account_key}/webinars?${window}&size=50`)).json._embedded.webinars as { webinarKey: string; times: { startTime: string }[]; organizerKey: string }[];
    const upcoming = list.find((w) => w.times[0]!.startTime > '2026-01-06')!;
    const path = `/G2W/rest/v2/organizers/${upcoming.organizerKey}/webinars/${upcoming.webinarKey}/registrants`;
    const created = await call('POST', path, { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' });
    expect(created.status).toBe(201);
    expect(created.text).toMatch(/^\{"registrantKey":\d{19},"joinUrl":"https:[^"]+"\}$/);
    expect((await call('POST', path, { firstName: 'Ada', lastName: 'L', email: 'ADA@example.com' })).status).toBe(409);
    expect((await call('POST', path, { firstName: 'Ada' })).status).toBe(400);
  });

  it('deleting a past webinar is 405, one in session 409, an upcoming one 204', async () => {
    const list = (await call('GET', `/G2W/rest/v2/accounts/${token.account_key}/webinars?${window}&size=50`)).json._embedded.webinars as { webinarKey: string; organizerKey: string; times: { startTime: string; endTime: string }[] }[];
    const past = list.find((w) => w.times.every((t) => t.endTime < '2026-01-05'))!;
    expect((await call('DELETE', `/G2W/rest/v2/organizers/${past.organizerKey}/webinars/${past.webinarKey}`)).status).toBe(405);
    const upcoming = list.find((w) => w.times[0]!.startTime > '2026-01-06')!;
    const path = `/G2W/rest/v2/organizers/${upcoming.organizerKey}/webinars/${upcoming.webinarKey}`;
    const untilStart = Date.parse(upcoming.times[0]!.startTime) - Date.parse((await (await admin.call('/_sim/clock')).json()).now);
    await admin.call('/_sim/clock', { advanceMs: untilStart + 60_000 });
    token = await (await tokenRequest('grant_type=refresh_token&refresh_token=simulator-goto-refresh-token')).json();
    expect((await call('DELETE', path)).status).toBe(409);
    expect((await call('PUT', path, { subject: 'Renamed live' })).status).toBe(400);
    await admin.reset(42);
    token = await (await tokenRequest('grant_type=refresh_token&refresh_token=simulator-goto-refresh-token')).json();
    expect((await call('DELETE', path)).status).toBe(204);
    expect((await call('GET', path)).status).toBe(404);
  });
});

describe('GoToWebinar v2 details', () => {
  const window = 'fromTime=2025-09-01T00:00:00Z&toTime=2026-04-01T00:00:00Z';
  type Listed = { webinarKey: string; organizerKey: string; times: { startTime: string; endTime: string }[] };
  const webinars = async () => (await call('GET', `/G2W/rest/v2/accounts/${token.account_key}/webinars?${window}&size=50`)).json._embedded.webinars as Listed[];

  it('serves a held session and one attendee by key, meeting times and the organizer start URL', async () => {
    const held = (await webinars()).find((w) => w.times[0]!.endTime < '2026-01-05')!;
    const path = `/G2W/rest/v2/organizers/${held.organizerKey}/webinars/${held.webinarKey}`;
    const sessionKey = (await call('GET', `${path}/sessions`)).json._embedded.sessionInfoResources[0].sessionKey as string;
    const session = await call('GET', `${path}/sessions/${sessionKey}`);
    expect(session.json.length).toBeGreaterThan(0);
    expect(session.text).toMatch(/^\[\{"registrantKey":\d{19},"sessionKey":\d{19},/);
    const registrantKey = session.text.match(/"registrantKey":(\d+)/)![1]!;
    const attendee = await call('GET', `${path}/sessions/${sessionKey}/attendees/${registrantKey}`);
    expect(attendee.text).toContain(`"registrantKey":${registrantKey},`);
    expect(attendee.json).toMatchObject({ status: 'APPROVED', joinUrl: expect.stringMatching(/^https:/) });
    expect((await call('GET', `${path}/sessions/${sessionKey}/attendees/1`)).status).toBe(404);
    expect((await call('GET', `${path}/meetingtimes`)).json).toEqual(held.times);
    expect((await call('GET', `/G2W/rest/v2/webinars/${held.webinarKey}/startUrl`)).json).toEqual({ startUrl: `https://global.gotowebinar.com/start/${held.webinarKey}` });
    expect((await call('GET', '/G2W/rest/v2/webinars/1/startUrl')).status).toBe(404);
  });

  it('lists panelists (panelistId a number) and co-organizers (internal ones are the account\'s organizers)', async () => {
    const list = await webinars();
    let panelists = 0;
    let coorganizers = 0;
    for (const w of list) {
      const path = `/G2W/rest/v2/organizers/${w.organizerKey}/webinars/${w.webinarKey}`;
      const panel = await call('GET', `${path}/panelists`);
      for (const p of panel.json) expect(Object.keys(p).sort()).toEqual(['email', 'firstName', 'joinLink', 'lastName', 'name', 'panelistId']);
      if (panel.json.length > 0) expect(panel.text).toMatch(/"panelistId":\d{19},/);
      panelists += panel.json.length;
      const members = (await call('GET', `${path}/coorganizers`)).json as { memberKey: string; external: boolean; surname: string }[];
      for (const m of members) expect(m.external || (m.memberKey !== w.organizerKey && m.surname !== '')).toBe(true);
      coorganizers += members.length;
    }
    expect(panelists).toBeGreaterThan(0);
    expect(coorganizers).toBeGreaterThan(0);
  });
});

describe('GoToTraining wire format', () => {
  it('creates with startDate/endDate and answers a bare JSON string key; registrants use givenName/surname; 409 duplicate', async () => {
    const path = `/G2T/rest/organizers/${token.organizer_key}/trainings`;
    const created = await call('POST', path, { name: 'Wire training', times: [{ startDate: '2026-03-01T10:00:00Z', endDate: '2026-03-01T12:00:00Z' }] });
    expect(created.status).toBe(201);
    expect(created.text).toMatch(/^"\d{19}"$/);
    const key = created.json as string;
    const registrants = `${path}/${key}/registrants`;
    const registered = await call('POST', registrants, { email: 'grace@example.com', givenName: 'Grace', surname: 'Hopper' });
    expect(registered.status).toBe(201);
    expect(Object.keys(registered.json).sort()).toEqual(['confirmationUrl', 'joinUrl', 'registrantKey']);
    // G2T sends every key as a string (paths take them as int64).
    expect(registered.text).toMatch(/"registrantKey":"\d{19}"/);
    // The 409 names the existing registration (an int64 number), as GoToTraining's does.
    const duplicate = await call('POST', registrants, { email: 'grace@example.com', givenName: 'G', surname: 'H' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.text).toMatch(new RegExp(`^\\{"errorCode":"DuplicateRegistrant","description":"[^"]+","incident":\\d+,"registrantKey":${registered.json.registrantKey}\\}$`));
    const list = await call('GET', registrants);
    expect(list.json[0]).toMatchObject({ givenName: 'Grace', surname: 'Hopper', status: 'APPROVED' });
    // The organizer's start link is a bare JSON string.
    expect((await call('GET', `${path}/${key}/startUrl`)).text).toBe(`"https://global.gototraining.com/organizer/start/${key}"`);
  });

  it('reports sessions by date (POST) and their attendees with inSessionTimes', async () => {
    const organizers = (await call('GET', '/G2M/rest/organizers')).text.match(/"organizerKey":\d+/g)!.map((m) => m.split(':')[1]!);
    let found = false;
    for (const key of organizers) {
      const sessions = await call('POST', `/G2T/rest/reports/organizers/${key}/sessions`, { startDate: '2025-09-01T00:00:00Z', endDate: '2026-01-05T09:00:00Z' });
      if (sessions.status !== 200 || sessions.json.length === 0) continue;
      const session = sessions.json[0];
      expect(Object.keys(session).sort()).toEqual(['attendanceCount', 'duration', 'organizers', 'sessionEndTime', 'sessionKey', 'sessionStartTime', 'trainingName']);
      const attendees = (await call('GET', `/G2T/rest/reports/organizers/${key}/sessions/${session.sessionKey}/attendees`)).json as { timeInSession: number; inSessionTimes: object[] }[];
      const present = attendees.filter((a) => a.timeInSession > 0);
      expect(present).toHaveLength(session.attendanceCount);
      // Registrants who did not attend come last, with timeInSession 0.
      expect(attendees.slice(present.length).every((a) => a.timeInSession === 0 && a.inSessionTimes.length === 0)).toBe(true);
      if (present.length > 0) expect(present[0]!.inSessionTimes[0]).toHaveProperty('timeInPartOfSession');
      found = true;
      break;
    }
    expect(found).toBe(true);
  });
});

describe('GoToWebinar v2 paged reporting', () => {
  it('pages a webinar\'s attendees (attendeeParticipationResponses) and sessions (sessionInfoResources)', async () => {
    const list = (await call('GET', `/G2W/rest/v2/accounts/${token.account_key}/webinars?fromTime=2025-09-01T00:00:00Z&toTime=2026-01-05T00:00:00Z&size=50`)).json._embedded.webinars as { webinarKey: string; organizerKey: string }[];
    const path = `/G2W/rest/v2/organizers/${list[0]!.organizerKey}/webinars/${list[0]!.webinarKey}`;
    const attendees = await call('GET', `${path}/attendees?page=0&size=2`);
    expect(attendees.json.page).toMatchObject({ size: 2, number: 0 });
    expect(attendees.json._embedded.attendeeParticipationResponses.length).toBeLessThanOrEqual(2);
    expect(attendees.text).toMatch(/"registrantKey":\d{19}/);
    const sessions = await call('GET', `${path}/sessions`);
    const session = sessions.json._embedded.sessionInfoResources[0];
    expect(typeof session.sessionKey).toBe('string');
    expect(session).toMatchObject({ webinarKey: list[0]!.webinarKey, registrantsAttended: expect.any(Number) });
    const sessionAttendees = await call('GET', `${path}/sessions/${session.sessionKey}/attendees`);
    expect(Array.isArray(sessionAttendees.json)).toBe(true);
    expect(sessionAttendees.json).toHaveLength(session.registrantsAttended);
  });
});

describe('GoToTraining listing', () => {
  it('leaves completed trainings out of GET /organizers/{ok}/trainings but keeps ongoing ones', async () => {
    const organizers = (await call('GET', '/G2M/rest/organizers')).text.match(/"organizerKey":\d+/g)!.map((m) => m.split(':')[1]!);
    const listed = (await Promise.all(organizers.map(async (key) => (await call('GET', `/G2T/rest/organizers/${key}/trainings`)).json as { times: { endDate: string }[] }[]))).flat();
    expect(listed).toHaveLength(4);
    expect(listed.every((t) => t.times.some((time) => time.endDate > '2026-01-05T09:00:00Z'))).toBe(true);
    expect(listed.some((t) => t.times.some((time) => time.endDate < '2026-01-05T09:00:00Z'))).toBe(true);
  });
});
