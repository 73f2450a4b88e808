import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CancelRegistrationDocument,
  ContactsByEmailDocument,
  GoToScheduleDocument,
  GoToTrainingDocument,
  GoToTrainingsDocument,
  GoToWebinarDocument,
  GoToWebinarsDocument,
  RegisterForTrainingDocument,
  RegisterForWebinarDocument,
} from '../clients/graphql/generated/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
const RANGE = { from: '2025-09-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
const TWO_POW_53 = 2n ** 53n;
const NOW = Date.parse('2026-01-05T09:00:00Z');

beforeAll(async () => {
  gw = await startGateway({ env: { UPSTREAM_RETRIES: '1' } });
});
afterAll(() => gw?.close());

async function webinars() {
  const { body } = await gw.run(GoToWebinarsDocument, { range: RANGE, first: 50 });
  expect(body.errors).toBeUndefined();
  return body.data!.webinars!.edges.map((e) => e.node);
}

describe('webinars', () => {
  it('lists the account webinars (paged v2 listing) with their organizers', async () => {
    const list = await webinars();
    expect(list).toHaveLength(16);
    expect(list.every((w) => BigInt(w.vendorId) > TWO_POW_53 && w.organizer?.name)).toBe(true);
    expect(list.every((w) => /^\d{9}$/.test(w.number ?? ''))).toBe(true);
  });

  it('reads a held webinar with registrants, sessions and attendance', async () => {
    const held = (await webinars()).find((w) => Date.parse(w.times[0]!.end) < NOW)!;
    const { body } = await gw.run(GoToWebinarDocument, { id: held.id });
    expect(body.errors).toBeUndefined();
    const webinar = body.data!.webinar!;
    expect(webinar.registrants!.length).toBeGreaterThan(0);
    expect(webinar.sessions!.length).toBeGreaterThan(0);
    const attendance = webinar.attendance!;
    expect(attendance.length).toBeGreaterThan(0);
    const registrantKeys = new Set(webinar.registrants!.map((r) => r.vendorId));
    for (const a of attendance) {
      expect(registrantKeys.has(a.registrantKey!)).toBe(true);
      expect(a.joins.length).toBeGreaterThan(0);
      expect(a.durationSeconds).toBeGreaterThan(0);
    }
  });

  it('registers a contact by id; registering again is AlreadyRegistered carrying the registrant; cancel removes it', async () => {
    const upcoming = (await webinars()).find((w) => Date.parse(w.times[0]!.start) > NOW)!;
    const contact = (await gw.run(ContactsByEmailDocument, { email: 'agent@switchboard.test' })).body.data!.contactsByEmail![0]!;
    const denied = await gw.run(RegisterForWebinarDocument, { webinarId: upcoming.id, registrant: { contactId: contact.id } }, 'agent');
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const first = await gw.run(RegisterForWebinarDocument, { webinarId: upcoming.id, registrant: { contactId: contact.id } }, 'manager');
    expect(first.body.data!.registerForWebinar).toMatchObject({ __typename: 'MutationRegisterForWebinarSuccess', registrant: { email: 'agent@switchboard.test', status: 'APPROVED', vendor: 'GOTO_WEBINAR' } });
    const registrant = (first.body.data!.registerForWebinar as { registrant: { id: string; vendorId: string } }).registrant;
    expect(BigInt(registrant.vendorId) > TWO_POW_53).toBe(true);

    const again = await gw.run(RegisterForWebinarDocument, { webinarId: upcoming.id, registrant: { name: 'Avery Agent', email: 'AGENT@switchboard.test' } }, 'manager');
    expect(again.body.data!.registerForWebinar).toMatchObject({ __typename: 'AlreadyRegistered', registrant: { id: registrant.id, vendorId: registrant.vendorId } });
    expect((await gw.sim.journal('goto')).some((e) => e.status === 409 && e.path.endsWith('/registrants'))).toBe(true);

    const cancelled = await gw.run(CancelRegistrationDocument, { id: registrant.id }, 'manager');
    expect(cancelled.body.data!.cancelRegistration).toMatchObject({ deleted: { id: registrant.id } });
    const twice = await gw.run(CancelRegistrationDocument, { id: registrant.id }, 'manager');
    expect(twice.body.data!.cancelRegistration).toMatchObject({ __typename: 'NotFoundError', resource: 'Registrant' });
  });

  it('names the field when the person to register is incomplete, before any upstream call', async () => {
    const upcoming = (await webinars()).find((w) => Date.parse(w.times[0]!.start) > NOW)!;
    await gw.sim.clearJournal();
    const { body } = await gw.run(RegisterForWebinarDocument, { webinarId: upcoming.id, registrant: { name: 'No Email' } }, 'manager');
    expect(body.data!.registerForWebinar).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'registrant.email' }] });
    // The bare webinar key (its vendorId) does not say whose webinar it is: the message says what to send.
    const bare = await gw.run(RegisterForWebinarDocument, { webinarId: upcoming.vendorId, registrant: { name: 'A B', email: 'a.b@example.com' } }, 'manager');
    expect(bare.body.data!.registerForWebinar).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'webinarId', message: expect.stringContaining('organizerKey.webinarKey') }] });
    expect(await gw.sim.journal('goto')).toHaveLength(0);
  });
});

describe('trainings', () => {
  it('lists the scheduled and ongoing trainings of the G2T organizers and reads registrants, report sessions and attendance', async () => {
    const { body } = await gw.run(GoToTrainingsDocument, {});
    expect(body.errors).toBeUndefined();
    const trainings = body.data!.trainings!;
    // GoTo leaves completed trainings out: the seed's ongoing one and three ahead.
    expect(trainings).toHaveLength(4);
    expect(trainings.every((t) => t.times.some((time) => Date.parse(time.end) > NOW))).toBe(true);
    const held = trainings.find((t) => Date.parse(t.times[0]!.end) < NOW)!;
    const training = (await gw.run(GoToTrainingDocument, { id: held.id })).body.data!.training!;
    expect(training.registrants!.length).toBeGreaterThan(0);
    expect(training.sessions!.length).toBeGreaterThan(0);
    expect(training.attendance!.length).toBe(training.sessions!.reduce((sum, s) => sum + (s.attendeeCount ?? 0), 0));
  });

  it('registers by name and email; a second time is AlreadyRegistered', async () => {
    const trainings = (await gw.run(GoToTrainingsDocument, {})).body.data!.trainings!;
    const upcoming = trainings.find((t) => Date.parse(t.times[0]!.start) > NOW)!;
    const who = { name: 'Grace Brewster Hopper', email: 'grace.hopper@example.net' };
    const first = await gw.run(RegisterForTrainingDocument, { trainingId: upcoming.id, registrant: who }, 'manager');
    expect(first.body.data!.registerForTraining).toMatchObject({ registrant: { name: 'Grace Brewster Hopper', vendor: 'GOTO_TRAINING' } });
    const again = await gw.run(RegisterForTrainingDocument, { trainingId: upcoming.id, registrant: who }, 'manager');
    expect(again.body.data!.registerForTraining).toMatchObject({ __typename: 'AlreadyRegistered' });
    const registrantId = (first.body.data!.registerForTraining as { registrant: { id: string } }).registrant.id;
    expect((again.body.data!.registerForTraining as { registrant: { id: string } }).registrant.id).toBe(registrantId);

    // A training registration cancels through the same mutation as a webinar one.
    const cancelled = await gw.run(CancelRegistrationDocument, { id: registrantId }, 'manager');
    expect(cancelled.body.data!.cancelRegistration).toMatchObject({ __typename: 'MutationCancelRegistrationSuccess', deleted: { id: registrantId } });
    const registrants = (await gw.run(GoToTrainingDocument, { id: upcoming.id })).body.data!.training!.registrants!;
    expect(registrants.some((r) => r.email === who.email)).toBe(false);
    const twice = await gw.run(CancelRegistrationDocument, { id: registrantId }, 'manager');
    expect(twice.body.data!.cancelRegistration).toMatchObject({ __typename: 'NotFoundError', resource: 'Registrant' });
  });
});

describe('partial failure', () => {
  it('GoToWebinar down while GoToMeeting and GoToTraining answer: webinars null with a typed error, the rest served', async () => {
    await gw.sim.fault({ vendor: 'goto', path: '/G2W/*', kind: 'status', status: 503 });
    try {
      const { body } = await gw.run(GoToScheduleDocument, { range: RANGE });
      expect(body.data!.webinars).toBeNull();
      expect(body.data!.meetings!.edges.length).toBeGreaterThan(0);
      expect(body.data!.trainings!.length).toBe(4);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]).toMatchObject({ path: ['webinars'], extensions: { code: 'UPSTREAM_UNAVAILABLE', vendor: 'gotowebinar', status: 503 } });
      // No credential of the GoTo session reaches the caller.
      for (const secret of ['simulator-goto-secret', 'simulator-goto-refresh-token', 'sim-goto-', 'Bearer']) expect(JSON.stringify(body)).not.toContain(secret);
    } finally {
      await gw.sim.clearFaults();
    }
  });
});
