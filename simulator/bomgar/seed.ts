import { DEFAULT_START_TIME } from '../core/clock.js';
import { Prng } from '../core/prng.js';
import { FIRST_NAMES, LAST_NAMES } from '../zendesk/seed-words.js';
import { generateZendeskSeed } from '../zendesk/seed.js';
import type { BomgarRep, BomgarSeedData, BomgarSession, BomgarTeam, QueueRef, SessionActor, SessionEvent, SurveyAnswer } from './model.js';
import * as words from './words.js';

/** How big a seed's dataset is. */
export const BOMGAR_SEED_SIZES = { reps: 40, pastSessions: 2000, activeSessions: 8, waitingSessions: 6, historyDays: 90 } as const;

/** Share of past sessions whose external key is a Zendesk ticket id of the same seed. */
const TICKET_KEY_SHARE = 0.3;
const DAY = 86_400_000;
const FIRST_LSID_STREAM = 'bomgar-lsid';

/**
 * The appliance's data for a seed: a pure function of `seed` and `startTime`. The first reps are
 * the Zendesk seed's staff (same emails), and about 30 % of sessions carry a Zendesk ticket id of
 * the same seed as their external key, so the same seed links vendors.
 */
export function generateBomgarSeed(seed: number, startTime: Date = DEFAULT_START_TIME, pastSessions: number = BOMGAR_SEED_SIZES.pastSessions): BomgarSeedData {
  const random = new Prng(seed, 'bomgar-seed');
  const lsids = new Prng(seed, FIRST_LSID_STREAM);
  const start = startTime.getTime();
  const zendesk = generateZendeskSeed(seed, startTime);
  const staff = zendesk.users.filter((user) => user.role !== 'end-user');

  const sites = words.SITE_NAMES.map((name, index) => ({ id: index + 1, name }));
  const teams: BomgarTeam[] = words.TEAM_NAMES.map((name, index) => ({
    id: index + 1,
    name,
    codeName: name.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
  }));

  const reps: BomgarRep[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < BOMGAR_SEED_SIZES.reps; i++) {
    const known = staff[i];
    let name = known?.name ?? `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    while (!known && usedNames.has(name)) name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    usedNames.add(name);
    const username = known?.email ?? `${slug(name)}@switchboard.test`;
    const teamCount = random.chance(0.25) ? 2 : 1;
    const teamIds = random.sample(teams, teamCount).map((team) => team.id).sort((a, b) => a - b);
    const loggedIn = i < 2 || random.chance(0.6);
    reps.push({
      id: i + 1,
      username,
      displayName: name,
      publicDisplayName: name.split(' ')[0] ?? name,
      privateDisplayName: name,
      teamIds,
      loggedInSince: loggedIn ? start - random.int(10, 480) * 60_000 : null,
      showingOnRepList: !loggedIn || random.chance(0.85),
    });
  }

  const tickets = zendesk.tickets;
  // The tickets created by each session's start, in the seed's ticket order: sessions start in time
  // order, so each admits the tickets created since the last one (filtering every ticket per session
  // was most of a seed's cost). Same order and contents as `tickets.filter(created <= at)`.
  const byCreation = tickets.map((ticket, index) => ({ index, at: Date.parse(ticket.createdAt) })).sort((a, b) => a.at - b.at);
  const eligible: typeof tickets = [];
  const eligibleIndexes: number[] = [];
  let admitted = 0;
  const sessions: BomgarSession[] = [];
  const newLsid = (): string => Array.from({ length: 4 }, () => (Math.floor(lsids.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0')).join('');
  const startTimes = Array.from({ length: pastSessions }, () => start - random.int(3_600, BOMGAR_SEED_SIZES.historyDays * 86_400) * 1000).sort((a, b) => a - b);
  for (const [index, at] of startTimes.entries()) {
    const rep = random.pick(reps);
    for (; admitted < byCreation.length && byCreation[admitted]!.at <= at; admitted++) {
      const { index } = byCreation[admitted]!;
      let position = eligibleIndexes.length;
      while (position > 0 && eligibleIndexes[position - 1]! > index) position--;
      eligibleIndexes.splice(position, 0, index);
      eligible.splice(position, 0, tickets[index]!);
    }
    const ticket = eligible.length > 0 && random.chance(TICKET_KEY_SHARE) ? random.pick(eligible) : undefined;
    const abandoned = random.chance(0.05);
    sessions.push(pastSession(random, newLsid(), index + 1, at, rep, reps, teams, sites.length, ticket ? String(ticket.id) : '', abandoned));
  }
  const loggedIn = reps.filter((rep) => rep.loggedInSince !== null);
  for (let i = 0; i < BOMGAR_SEED_SIZES.activeSessions; i++) {
    const rep = loggedIn[i % loggedIn.length]!;
    const at = start - random.int(2, 40) * 60_000;
    const session = liveSession(random, newLsid(), sessions.length + 1, at, { kind: 'team', id: rep.teamIds[0]! }, sites.length);
    session.reps.push({ gsnumber: 2, repId: rep.id, secondsInvolved: Math.round((start - at) / 1000) });
    session.primaryRepId = rep.id;
    session.events.push(event(at + 30_000, 'Conference Member Added', repActor(rep), undefined, { representative: rep.displayName }));
    sessions.push(session);
  }
  for (let i = 0; i < BOMGAR_SEED_SIZES.waitingSessions; i++) {
    const at = start - random.int(1, 25) * 60_000;
    const queue: QueueRef = i === 0 ? { kind: 'general' } : { kind: 'team', id: random.pick(teams).id };
    sessions.push(liveSession(random, newLsid(), sessions.length + 1, at, queue, sites.length));
  }
  sessions.sort((a, b) => a.startTime - b.startTime);
  return { sites, teams, reps, sessions };
}

function customerActor(name: string): SessionActor {
  return { kind: 'customer', gsnumber: 1, name };
}

function repActor(rep: BomgarRep, gsnumber = 2): SessionActor {
  return { kind: 'representative', gsnumber, name: rep.displayName };
}

const SYSTEM: SessionActor = { kind: 'system', gsnumber: 0, name: 'System' };

function event(at: number, type: string, performedBy: SessionActor, body?: string, data?: Record<string, string>): SessionEvent {
  return { at, type, performedBy, ...(body !== undefined && { body }), ...(data && { data }) };
}

function newCustomer(random: Prng) {
  const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  const host = `${name.split(' ')[0]!.toUpperCase().replace(/[^A-Z]/g, '')}-PC${random.int(10, 99)}`;
  return {
    gsnumber: 1,
    name,
    company: random.pick(words.COMPANIES),
    companyCode: '',
    issue: random.pick(words.ISSUES),
    details: '',
    username: slug(name).replace('.', ''),
    hostname: host,
    os: random.pick(words.OS_NAMES),
    publicIp: `203.0.113.${random.int(1, 254)}`,
    privateIp: `10.0.${random.int(0, 9)}.${random.int(2, 254)}`,
  };
}

function liveSession(random: Prng, lsid: string, lseq: number, at: number, queue: QueueRef, siteCount: number): BomgarSession {
  const customer = newCustomer(random);
  return {
    lsid,
    lseq,
    startTime: at,
    endTime: null,
    publicSiteId: random.int(1, siteCount),
    queue,
    externalKey: '',
    customAttributes: {},
    customer,
    reps: [],
    primaryRepId: null,
    events: [event(at, 'Session Start', customerActor(customer.name))],
    custSurvey: null,
    repSurvey: null,
    recorded: false,
  };
}

function pastSession(
  random: Prng,
  lsid: string,
  lseq: number,
  at: number,
  rep: BomgarRep,
  reps: BomgarRep[],
  teams: BomgarTeam[],
  siteCount: number,
  externalKey: string,
  abandoned: boolean,
): BomgarSession {
  const session = liveSession(random, lsid, lseq, at, { kind: 'team', id: rep.teamIds[0] ?? teams[0]!.id }, siteCount);
  session.externalKey = externalKey;
  if (externalKey) session.customAttributes.external_key = externalKey;
  const customer = customerActor(session.customer.name);
  if (abandoned) {
    const end = at + random.int(60, 900) * 1000;
    session.events.push(event(end, 'Conference Member Departed', customer), event(end, 'Session End', SYSTEM));
    session.endTime = end;
    return session;
  }
  let t = at + random.int(15, 300) * 1000;
  const owner = repActor(rep);
  session.reps.push({ gsnumber: 2, repId: rep.id, secondsInvolved: 0 });
  session.primaryRepId = rep.id;
  session.events.push(event(t, 'Conference Member Added', owner, undefined, { representative: rep.displayName }));
  let current = owner;
  let currentRep = rep;
  const steps = random.int(3, 10);
  for (let s = 0; s < steps; s++) {
    t += random.int(20, 240) * 1000;
    const roll = random.next();
    if (roll < 0.55) {
      const fromCustomer = random.chance(0.45);
      session.events.push({ ...event(t, 'Chat Message', fromCustomer ? customer : current, random.pick(fromCustomer ? words.CUSTOMER_LINES : words.REP_LINES)), destination: fromCustomer ? current : customer });
    } else if (roll < 0.75) {
      const upload = random.chance(0.5);
      session.events.push({
        ...event(t, upload ? 'File Upload' : 'File Download', current),
        destination: customer,
        filename: random.pick(words.FILES),
        filesize: random.int(2_000, 25_000_000),
      });
    } else if (roll < 0.9) {
      session.events.push(event(t, 'Session Note Added', current, random.pick(words.NOTES)));
    } else if (session.reps.length < 2) {
      const next = random.pick(reps.filter((other) => other.id !== currentRep.id));
      const gs = session.reps.length + 2;
      session.reps.push({ gsnumber: gs, repId: next.id, secondsInvolved: 0 });
      const nextActor = repActor(next, gs);
      session.events.push({ ...event(t, 'Conference Owner Changed', current, undefined, { from: currentRep.displayName, to: next.displayName }), destination: nextActor });
      current = nextActor;
      currentRep = next;
      session.primaryRepId = next.id;
    }
  }
  const end = t + random.int(30, 600) * 1000;
  session.events.push(event(end, 'Conference Member Departed', customer), event(end, 'Session End', SYSTEM));
  session.endTime = end;
  for (const entry of session.reps) entry.secondsInvolved = Math.round((end - at) / 1000 / session.reps.length);
  session.recorded = random.chance(0.7);
  if (random.chance(0.6)) session.custSurvey = customerSurvey(random);
  if (random.chance(0.8)) session.repSurvey = repSurvey(random.chance(0.8));
  return session;
}

function customerSurvey(random: Prng): SurveyAnswer[] {
  const rating = random.weighted([[5, 45], [4, 30], [3, 12], [2, 8], [1, 5]] as const);
  const answers: SurveyAnswer[] = [{ id: 1, name: 'rating', label: 'How would you rate this support session?', type: 'radio', answer: String(rating) }];
  if (random.chance(0.5)) answers.push({ id: 2, name: 'comments', label: 'Comments', type: 'text', answer: random.pick(words.FEEDBACK) });
  return answers;
}

function repSurvey(resolved: boolean): SurveyAnswer[] {
  return [{ id: 1, name: 'resolution', label: 'Was the issue resolved?', type: 'radio', answer: resolved ? 'Resolved' : 'Unresolved' }];
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z ]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '.');
}
