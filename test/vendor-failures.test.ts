import { format } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GoToTrainingsDocument, VendorFailureAuditDocument, type VendorFailureAuditQuery } from '../clients/graphql/generated/graphql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/*
 * The audit of the quality bar "one vendor down, slow or rate-limited degrades only its fields":
 * for every vendor and every fault kind, one operation reads every vendor at once; the failing
 * vendor's field is null with a typed error (or names it in unavailableVendors, for listings across
 * vendors), every other field has data, and no credential (configured, or a token the gateway sent
 * upstream) appears in the answer or the logs.
 */

const SEED = 42;
const RANGE = { from: '2025-09-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
// Contact.events reads every meeting's attendees in its range: a short one keeps each case quick.
const EVENTS_RANGE = { from: '2025-12-01T00:00:00Z', to: '2026-01-05T00:00:00Z' };
const TYPED = ['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT', 'UPSTREAM_RATE_LIMITED', 'UPSTREAM_REJECTED'];
/** A URL, or `user:password@` userinfo: neither belongs in a message a caller sees. */
const URL_LIKE = /https?:\/\/|[\w-]+:[^\s@/]+@/;

type Vendor = 'zendesk' | 'gotomeeting' | 'gotowebinar' | 'gototraining' | 'gotoassist' | 'bomgar' | 'ameyo';
type Audit = VendorFailureAuditQuery;
type Field = 'tickets' | 'organizerGroups' | 'webinars' | 'trainings';
interface Listing {
  unavailableVendors: { vendor: string; code: string; message: string }[];
  nodes?: unknown[];
}

/** Root fields of one vendor: null with a typed error when it fails. */
const FIELDS: { field: Field; vendor: Vendor }[] = [
  { field: 'tickets', vendor: 'zendesk' },
  { field: 'organizerGroups', vendor: 'gotomeeting' },
  { field: 'webinars', vendor: 'gotowebinar' },
  { field: 'trainings', vendor: 'gototraining' },
];
/**
 * Listings across vendors (at the root, and under the ticket's requester): a failing vendor is named in unavailableVendors.
 * `needs`: another vendor a part depends on (GoToTraining lists trainings per organizer, and the organizers come from GoToMeeting).
 * `under`: the vendor whose field the listing hangs under (none is there when that vendor fails).
 */
const LISTINGS: { name: string; vendors: Vendor[]; needs?: Partial<Record<Vendor, Vendor>>; under?: Vendor; of: (data: Audit) => Listing[] }[] = [
  { name: 'assistQueues', vendors: ['gotoassist'], of: (d) => [d.assistQueues!] },
  { name: 'bomgarTeams', vendors: ['bomgar'], of: (d) => [d.bomgarTeams!] },
  { name: 'agents', vendors: ['gotoassist', 'bomgar', 'ameyo'], of: (d) => [d.agents!] },
  {
    name: 'Contact.events',
    vendors: ['gotomeeting', 'gotowebinar', 'gototraining'],
    needs: { gototraining: 'gotomeeting' },
    under: 'zendesk',
    of: (d) => d.tickets?.edges.map((e) => e.node.requester!.events!) ?? [],
  },
];
const VENDOR_ENUM: Record<Vendor, string> = {
  zendesk: 'ZENDESK',
  gotomeeting: 'GOTO_MEETING',
  gotowebinar: 'GOTO_WEBINAR',
  gototraining: 'GOTO_TRAINING',
  gotoassist: 'GOTO_ASSIST',
  bomgar: 'BOMGAR',
  ameyo: 'AMEYO',
};

/** What a fault hits (simulator vendor and path glob), which of our vendors go down, and the `extensions.vendor` they may name. */
const TARGETS = [
  { name: 'zendesk', sim: 'zendesk', path: '*', down: ['zendesk'], named: ['zendesk'] },
  { name: 'gotomeeting', sim: 'goto', path: '/G2M/*', down: ['gotomeeting'], named: ['gotomeeting'] },
  { name: 'gotowebinar', sim: 'goto', path: '/G2W/*', down: ['gotowebinar'], named: ['gotowebinar'] },
  { name: 'gototraining', sim: 'goto', path: '/G2T/*', down: ['gototraining'], named: ['gototraining'] },
  { name: 'gotoassist', sim: 'goto', path: '/G2A/*', down: ['gotoassist'], named: ['gotoassist'] },
  { name: 'bomgar', sim: 'bomgar', path: '*', down: ['bomgar'], named: ['bomgar'] },
  { name: 'ameyo', sim: 'ameyo', path: '*', down: ['ameyo'], named: ['ameyo'] },
  // The shared GoTo sign-in: a simulator reset first voids the held token, so every product must refresh.
  { name: 'goto token endpoint', sim: 'goto', path: '/oauth/*', down: ['gotomeeting', 'gotowebinar', 'gototraining', 'gotoassist'], named: ['goto'], voidTokens: true },
] satisfies { name: string; sim: string; path: string; down: Vendor[]; named: string[]; voidTokens?: boolean }[];

/** The simulator's fault kinds, and the code each must surface as. */
const FAULTS = [
  { kind: '500', spec: { kind: 'status', status: 500 }, code: 'UPSTREAM_UNAVAILABLE' },
  // A Retry-After beyond the transport's 30 s cap fails at once instead of waiting.
  { kind: '503 with Retry-After', spec: { kind: 'status', status: 503, retryAfter: 60 }, code: 'UPSTREAM_UNAVAILABLE' },
  { kind: '429', spec: { kind: 'status', status: 429, retryAfter: 60 }, code: 'UPSTREAM_RATE_LIMITED' },
  { kind: 'redirect', spec: { kind: 'status', status: 302, body: '<html>Moved</html>' }, code: 'UPSTREAM_UNAVAILABLE' },
  { kind: '401', spec: { kind: 'status', status: 401 }, code: 'UPSTREAM_REJECTED' },
  { kind: 'timeout', spec: { kind: 'latency', latencyMs: 20_000 }, code: 'UPSTREAM_TIMEOUT' },
  { kind: 'connection drop', spec: { kind: 'reset' }, code: 'UPSTREAM_UNAVAILABLE' },
  { kind: 'malformed body', spec: { kind: 'malformed' }, code: 'UPSTREAM_UNAVAILABLE' },
  // Valid JSON of the wrong shape (an API change, a proxy's answer): the client's decoding must fail typed.
  { kind: 'unexpected JSON', spec: { kind: 'status', status: 200, body: '{"unexpected":[1]}' }, code: 'UPSTREAM_UNAVAILABLE' },
  { kind: 'HTML page', spec: { kind: 'status', status: 200, body: '<html><body>Down for maintenance</body></html>' }, code: 'UPSTREAM_UNAVAILABLE' },
];

const CASES = TARGETS.flatMap((target) => FAULTS.map((fault) => ({ ...fault, target, name: target.name })));

let gw: TestGateway;
let trainerId: string;
let secrets: string[];
const logged: string[] = [];
/** Credentials sent over HTTP (GoTo and Bomgar access tokens, the Ameyo session, the callers' API keys), seen on the way out. */
const sent = new Set<string>();

beforeAll(async () => {
  // Production logging, at debug (the most it ever writes), captured from the logger's destination and the console.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(format(...args)));
  }
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>)) {
      if (/authorization|session/i.test(name) && !/^basic /i.test(value)) sent.add(value.replace(/^bearer\s+/i, ''));
    }
    return realFetch(input, init);
  });
  gw = await startGateway({
    seed: SEED,
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'debug',
      UPSTREAM_TIMEOUT_MS: '800',
      UPSTREAM_RETRIES: '1',
      UPSTREAM_DEADLINE_MS: '1000',
      // The breaker would turn every later fault into "breaker open": keep it out of this audit.
      BREAKER_FAILURES: '100000',
    },
    logDestination: { write: (line: string) => void logged.push(line) },
  });
  const { vendors, ameyo, zendeskSsoSecret } = gw.app.config;
  const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');
  secrets = [
    vendors.goto!.clientSecret,
    vendors.goto!.refreshToken,
    basic(vendors.goto!.clientId, vendors.goto!.clientSecret),
    vendors.bomgar!.clientSecret!,
    basic(vendors.bomgar!.clientId!, vendors.bomgar!.clientSecret!),
    vendors.ameyo!.password,
    ameyo.webhookSecret!,
    vendors.zendesk!.token,
    basic(`${vendors.zendesk!.email}/token`, vendors.zendesk!.token),
    zendeskSsoSecret!,
  ];
  const trainings = await gw.run(GoToTrainingsDocument, {});
  trainerId = trainings.body.data!.trainings![0]!.organizers![0]!.id;
});

afterEach(() => gw.sim.clearFaults());

afterAll(async () => {
  await gw?.close();
  vi.restoreAllMocks();
});

describe('one failing vendor degrades only its own fields', () => {
  it('reads every vendor when none fails', async () => {
    const { status, body } = await gw.run(VendorFailureAuditDocument, { range: RANGE, eventsRange: EVENTS_RANGE, trainerId });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    for (const { field } of FIELDS) expectData(body.data!, field);
    for (const listing of LISTINGS) for (const { unavailableVendors } of listing.of(body.data!)) expect(unavailableVendors, listing.name).toEqual([]);
  });

  it.each(CASES)('$name: $kind', async ({ target, spec, code }) => {
    if ('voidTokens' in target) await gw.sim.reset(SEED);
    await gw.sim.fault({ vendor: target.sim, path: target.path, ...spec });

    const { status, body } = await gw.run(VendorFailureAuditDocument, { range: RANGE, eventsRange: EVENTS_RANGE, trainerId });

    expect(status).toBe(200);
    const down = new Set<Vendor>(target.down);
    const errors = body.errors ?? [];
    const data = body.data!;
    for (const { field, vendor } of FIELDS) {
      if (!down.has(vendor)) {
        expectData(data, field);
        continue;
      }
      expect(data[field], field).toBeNull();
      const error = errors.find((e) => e.path?.[0] === field);
      expect(error?.extensions, field).toMatchObject({ code, vendor: expect.toBeOneOf(target.named) });
    }
    for (const listing of LISTINGS) {
      const needed = listing.needs ?? {};
      const failing = listing.vendors.filter((vendor) => down.has(vendor) || down.has(needed[vendor]!));
      const expected = failing.map((vendor) => ({ vendor: VENDOR_ENUM[vendor], code, message: expect.any(String) }));
      const found = listing.of(data);
      if (listing.under && down.has(listing.under)) {
        expect(found, listing.name).toEqual([]);
        continue;
      }
      expect(found.length, listing.name).toBeGreaterThan(0);
      for (const { unavailableVendors, nodes } of found) {
        expect(unavailableVendors, listing.name).toHaveLength(expected.length);
        expect(unavailableVendors, listing.name).toEqual(expect.arrayContaining(expected));
        for (const { message } of unavailableVendors) expect(message).not.toMatch(URL_LIKE);
        if (nodes && failing.length < listing.vendors.length) expect(nodes.length, `${listing.name} has data`).toBeGreaterThan(0);
      }
    }
    // Every error is a typed upstream error on a failing vendor's field, and names no vendor URL.
    const nullFields = FIELDS.filter((f) => down.has(f.vendor)).map((f) => f.field);
    for (const error of errors) {
      expect(nullFields).toContain(error.path?.[0]);
      expect(TYPED).toContain(error.extensions?.code);
      expect(error.message).not.toMatch(URL_LIKE);
    }
    expectNoSecret(JSON.stringify(body));
  });

  it('logs no secret over the whole run', () => {
    // The capture is wired (each failing vendor is logged at warn) and saw the vendors' own credentials go out.
    expect(logged.join('\n')).toContain('gotowebinar');
    expect([...sent].some((token) => token.startsWith('sim-goto-'))).toBe(true);
    expectNoSecret(logged.join('\n'));
  });
});

function expectData(data: Audit, field: Field): void {
  const value = data[field];
  const items = Array.isArray(value) ? value : value?.edges;
  expect(items?.length ?? 0, `${field} has data`).toBeGreaterThan(0);
}

function expectNoSecret(text: string): void {
  for (const secret of [...secrets, ...sent]) expect(text.includes(secret), `a credential (${secret.slice(0, 3)}…) leaked`).toBe(false);
}
