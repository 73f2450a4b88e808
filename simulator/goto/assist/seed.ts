import { Prng } from '../../core/prng.js';
import { generateZendeskSeed } from '../../zendesk/index.js';
import type { GoToAccount } from '../account.js';
import { endedEvent, joinedEvent, waitingSession, type AssistEvent, type AssistExpert, type AssistPortal, type AssistSession } from './model.js';

export const ASSIST_SEED_SIZES = { experts: 16, pastSessions: 600, activeSessions: 3, waitingSessions: 4, historyDays: 90 } as const;

const CUSTOMER_LINES = ['Hi, my screen is frozen.', 'I can see you now.', 'Thanks, that fixed it!', 'Should I restart?'];
const EXPERT_LINES = ['Hello! Connecting now.', 'Please accept the screen-sharing prompt.', 'I am sending you a patch.', 'All done, anything else?'];
const FEEDBACK = ['Great help!', 'Took a while to connect.', 'Fixed fast.', 'Still broken afterwards.'];

/**
 * GoToAssist data of a seed: experts (the first are the Zendesk seed's staff, so they match
 * Bomgar reps by email), two portals, ~600 past sessions (about 30 % with a Zendesk ticket id
 * as partnerObject), a few active and waiting ones.
 */
export function generateAssist(seed: number, account: GoToAccount, start: number) {
  const random = new Prng(seed, 'goto-assist');
  const zendesk = generateZendeskSeed(seed, new Date(start));
  const staff = zendesk.users.filter((user) => user.role !== 'end-user');
  let key = 9300000000000000111n;
  const nextKey = (): string => (key += BigInt(random.int(1, 9_999) * 13)).toString();
  const portals: AssistPortal[] = [
    { portalKey: nextKey(), name: 'Support Portal' },
    { portalKey: nextKey(), name: 'VIP Portal' },
  ];
  const organizers = account.organizers.filter((organizer) => organizer.status === 'active');
  const experts: AssistExpert[] = [];
  for (let i = 0; i < ASSIST_SEED_SIZES.experts; i++) {
    const person = staff[i] ? { name: staff[i]!.name, email: staff[i]!.email! } : { name: `${organizers[i]!.firstName} ${organizers[i]!.lastName}`, email: organizers[i]!.email };
    experts.push({
      userKey: nextKey(),
      name: person.name,
      email: person.email,
      status: random.weighted([['available', 40], ['away', 15], ['offline', 45]] as const),
      portalKeys: random.chance(0.3) ? portals.map((portal) => portal.portalKey) : [random.pick(portals).portalKey],
    });
  }
  let sessionNumber = 1_400_000_000;
  const nextSessionId = (): string => String((sessionNumber += random.int(1, 500)));
  // A numeric start token (the API lists it as a number): 18 digits, below 2^63. It still draws 24
  // values, as the alphanumeric token it replaced did, so the rest of the seed data is unchanged.
  const token = (): string => {
    const draws = Array.from({ length: 24 }, () => random.int(0, 35) % 10);
    return `${1 + (draws[0]! % 8)}${draws.slice(1, 18).join('')}`;
  };
  const customers = account.people;
  const sessions: AssistSession[] = [];
  const base = (at: number, expert: AssistExpert | null): AssistSession => {
    const customer = random.pick(customers);
    return waitingSession({
      sessionId: nextSessionId(),
      sessionStartToken: token(),
      createdAt: at,
      customerName: `${customer.firstName} ${customer.lastName}`.trim(),
      customerEmail: customer.email,
      expertUserKey: expert?.userKey ?? null,
      portalKey: expert ? random.pick(expert.portalKeys) : random.pick(portals).portalKey,
    });
  };
  const times = Array.from({ length: ASSIST_SEED_SIZES.pastSessions }, () => start - random.int(3_600, ASSIST_SEED_SIZES.historyDays * 86_400) * 1000).sort((a, b) => a - b);
  for (const at of times) {
    const expert = random.pick(experts);
    const session = base(at, expert);
    const eligible = zendesk.tickets.filter((ticket) => Date.parse(ticket.createdAt) <= at);
    if (eligible.length > 0 && random.chance(0.3)) {
      session.partnerObject = String(random.pick(eligible).id);
      session.partnerObjectUrl = `https://switchboard.zendesk.com/agent/tickets/${session.partnerObject}`;
    }
    if (random.chance(0.06)) {
      session.status = 'abandoned';
      session.expertUserKey = null;
      session.endedAt = at + random.int(60, 600) * 1000;
      session.events = [endedEvent(session.endedAt)];
    } else {
      session.status = 'complete';
      session.customerJoinedAt = at + random.int(10, 120) * 1000;
      let t = session.customerJoinedAt;
      const events: AssistEvent[] = [joinedEvent(session, t)];
      for (let n = random.int(2, 7); n > 0; n--) {
        t += random.int(20, 200) * 1000;
        const roll = random.next();
        if (roll < 0.65) {
          const fromCustomer = random.chance(0.45);
          events.push({ at: t, eventType: 'chatMessage', participantType: fromCustomer ? 'customer' : 'expert', participantName: fromCustomer ? session.customerName : expert.name, content: random.pick(fromCustomer ? CUSTOMER_LINES : EXPERT_LINES) });
        } else if (roll < 0.85) {
          events.push({ at: t, eventType: 'fileTransfer', participantType: 'expert', participantName: expert.name, content: 'File sent', fileName: random.pick(['patch.exe', 'log.zip', 'readme.txt']), fileSize: random.int(1_000, 9_000_000) });
        } else {
          events.push({ at: t, eventType: 'note', participantType: 'expert', participantName: expert.name, content: 'Cleared cache and reinstalled.' });
        }
      }
      session.endedAt = t + random.int(30, 300) * 1000;
      session.events = [...events, endedEvent(session.endedAt)];
      session.recorded = random.chance(0.6);
      if (random.chance(0.55)) {
        session.rating = random.weighted([[5, 45], [4, 30], [3, 12], [2, 8], [1, 5]] as const);
        if (random.chance(0.5)) session.feedback = random.pick(FEEDBACK);
      }
      session.resolution = random.chance(0.8) ? 'resolved' : 'unresolved';
      session.notes = random.chance(0.3) ? 'Customer on legacy OS.' : '';
    }
    sessions.push(session);
  }
  const available = experts.filter((expert) => expert.status === 'available');
  for (let i = 0; i < ASSIST_SEED_SIZES.activeSessions && i < available.length; i++) {
    const expert = available[i]!;
    const session = base(start - random.int(3, 30) * 60_000, expert);
    session.status = 'active';
    session.customerJoinedAt = session.createdAt + 30_000;
    session.events = [joinedEvent(session, session.customerJoinedAt)];
    expert.status = 'busy';
    sessions.push(session);
  }
  for (let i = 0; i < ASSIST_SEED_SIZES.waitingSessions; i++) sessions.push(base(start - random.int(1, 20) * 60_000, null));
  sessions.sort((a, b) => a.createdAt - b.createdAt);
  return { experts, portals, sessions, nextKey, nextSessionId, token, random };
}
