import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoToTrainingsDocument, GoToWebinarsDocument, TrainingStartUrlDocument, WebinarStartUrlDocument } from '../clients/graphql/generated/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
// The seed is relative to the simulator's start: starting it now puts its upcoming events ahead of the gateway's clock.
const START = new Date();
const RANGE = { from: new Date(START.getTime() - 90 * 86_400_000).toISOString(), to: new Date(START.getTime() + 60 * 86_400_000).toISOString() };

beforeAll(async () => {
  gw = await startGateway({ simulatorStartTime: START });
});
afterAll(() => gw?.close());

const startUrlCalls = async () => (await gw.sim.journal('goto')).filter((entry) => entry.path.endsWith('/startUrl')).map((entry) => entry.path);

describe("organizer start links (Webinar.startUrl, Training.startUrl)", () => {
  it("gives a manager an upcoming webinar's start link, reads none for a held one, and refuses an agent", async () => {
    const list = (await gw.run(GoToWebinarsDocument, { range: RANGE, first: 50 })).body.data!.webinars!.edges.map((edge) => edge.node);
    const upcoming = list.find((w) => Date.parse(w.times[0]!.start) > START.getTime())!;
    const held = list.find((w) => w.times.every((time) => Date.parse(time.end) < START.getTime()))!;
    await gw.sim.clearJournal();

    const { body } = await gw.run(WebinarStartUrlDocument, { id: upcoming.id }, 'manager');
    expect(body.errors).toBeUndefined();
    expect(body.data!.webinar!.startUrl).toBe(`https://global.gotowebinar.com/start/${upcoming.vendorId}`);
    expect(await startUrlCalls()).toEqual([`/goto/G2W/rest/v2/webinars/${upcoming.vendorId}/startUrl`]);

    const past = await gw.run(WebinarStartUrlDocument, { id: held.id }, 'manager');
    expect(past.body.data!.webinar!.startUrl).toBeNull();
    expect(await startUrlCalls()).toHaveLength(1);

    const denied = await gw.run(WebinarStartUrlDocument, { id: upcoming.id }, 'agent');
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(denied.body.errors?.[0]?.path).toEqual(['webinar', 'startUrl']);
  });

  it("gives a manager a scheduled training's start link", async () => {
    const trainings = (await gw.run(GoToTrainingsDocument, {})).body.data!.trainings!;
    const ahead = trainings.find((t) => Date.parse(t.times[0]!.start) > START.getTime())!;
    const { body } = await gw.run(TrainingStartUrlDocument, { id: ahead.id }, 'manager');
    expect(body.errors).toBeUndefined();
    expect(body.data!.training!.startUrl).toBe(`https://global.gototraining.com/organizer/start/${ahead.vendorId}`);
    const denied = await gw.run(TrainingStartUrlDocument, { id: ahead.id }, 'viewer');
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
