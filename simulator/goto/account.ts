import { Prng } from '../core/prng.js';
import { generateZendeskSeed } from '../zendesk/index.js';
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES } from '../zendesk/seed-words.js';
import { GOTO_CREDENTIALS } from './credentials.js';
import { KeyMint } from './keys.js';

/** GoTo products an organizer may hold a licence for. */
export const GOTO_PRODUCTS = ['G2M', 'G2W', 'G2T', 'OPENVOICE'] as const;
export type GoToProductType = (typeof GOTO_PRODUCTS)[number];

export interface GoToGroup {
  groupKey: string;
  groupName: string;
  parentKey: string | null;
  status: 'active';
}

export interface GoToOrganizer {
  organizerKey: string;
  email: string;
  firstName: string;
  lastName: string;
  groupKey: string | null;
  status: 'active' | 'suspended';
  products: GoToProductType[];
  maxNumAttendeesAllowed: number;
}

/** Someone who attends meetings or registers for webinars and trainings. */
export interface GoToPerson {
  firstName: string;
  lastName: string;
  email: string;
}

/**
 * The account every GoTo product shares: its groups and organizers (the G2M admin API
 * changes them) and the people who attend. Some people are Zendesk end-users of the same
 * seed, so the gateway can join attendance to contacts by email.
 */
export interface GoToAccount {
  accountKey: string;
  groups: GoToGroup[];
  organizers: GoToOrganizer[];
  people: GoToPerson[];
  /** Mints new int64 keys (organizers created through the API). */
  keys: KeyMint;
}

export const ACCOUNT_SIZES = { groups: 5, organizers: 50, suspended: 5, people: 90, zendeskPeople: 45 } as const;

const GROUP_NAMES = ['Support', 'Sales', 'Customer Success', 'Training', 'Engineering'] as const;

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
}

/** The account of a seed: a pure function of seed and start time. */
export function generateGoToAccount(seed: number, startTime: Date): GoToAccount {
  const random = new Prng(seed, 'goto-account');
  const keys = new KeyMint(random);
  const accountKey = keys.next('account');
  const groups: GoToGroup[] = GROUP_NAMES.slice(0, ACCOUNT_SIZES.groups).map((groupName) => ({
    groupKey: keys.next('group'),
    groupName,
    parentKey: null,
    status: 'active',
  }));
  const used = new Set<string>([GOTO_CREDENTIALS.adminEmail]);
  const organizers: GoToOrganizer[] = [
    {
      organizerKey: keys.next('organizer'),
      email: GOTO_CREDENTIALS.adminEmail,
      firstName: 'Olive',
      lastName: 'Organizer',
      groupKey: groups[0]!.groupKey,
      status: 'active',
      products: ['G2M', 'G2W', 'G2T'],
      maxNumAttendeesAllowed: 250,
    },
  ];
  while (organizers.length < ACCOUNT_SIZES.organizers) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const email = `${slug(firstName)}.${slug(lastName)}@switchboard.test`;
    if (used.has(email)) continue;
    used.add(email);
    const products: GoToProductType[] = ['G2M'];
    if (random.chance(0.4)) products.push('G2W');
    if (random.chance(0.25)) products.push('G2T');
    if (random.chance(0.2)) products.push('OPENVOICE');
    organizers.push({
      organizerKey: keys.next('organizer'),
      email,
      firstName,
      lastName,
      groupKey: random.pick(groups).groupKey,
      status: 'active',
      products,
      maxNumAttendeesAllowed: random.pick([26, 101, 250]),
    });
  }
  // Suspending removes every product (the admin API's rule).
  for (const organizer of random.sample(organizers.slice(1), ACCOUNT_SIZES.suspended)) {
    organizer.status = 'suspended';
    organizer.products = [];
  }
  return { accountKey, groups, organizers, people: people(seed, startTime, random), keys };
}

/** Zendesk end-users with an email (the linked half), then made-up outsiders. */
function people(seed: number, startTime: Date, random: Prng): GoToPerson[] {
  const zendesk = generateZendeskSeed(seed, startTime)
    .users.filter((user) => user.role === 'end-user' && user.email !== null)
    .slice(0, ACCOUNT_SIZES.zendeskPeople)
    .map((user) => {
      const [firstName = user.name, ...rest] = user.name.split(' ');
      return { firstName, lastName: rest.join(' '), email: user.email! };
    });
  const used = new Set(zendesk.map((person) => person.email));
  const outsiders: GoToPerson[] = [];
  while (zendesk.length + outsiders.length < ACCOUNT_SIZES.people) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const email = `${slug(firstName)}${random.int(1, 99)}@${random.pick(EMAIL_DOMAINS)}`;
    if (used.has(email)) continue;
    used.add(email);
    outsiders.push({ firstName, lastName, email });
  }
  return [...zendesk, ...outsiders];
}

export function organizerByKey(account: GoToAccount, key: string): GoToOrganizer | undefined {
  return account.organizers.find((organizer) => organizer.organizerKey === key);
}

export function organizerName(organizer: GoToOrganizer): string {
  return `${organizer.firstName} ${organizer.lastName}`;
}
