import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TicketDocument } from '../clients/graphql/generated/graphql.js';
import { graphql } from '../clients/graphql/generated/gql.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
let ticketNumber: string;

// Short timeouts and fast retries keep the fault tests quick; the behaviour is the same.
beforeAll(async () => {
  gw = await startGateway({ env: { UPSTREAM_TIMEOUT_MS: '400', UPSTREAM_RETRIES: '2', BREAKER_FAILURES: '50' } });
  const list = await gw.run(
    graphql(`query FaultProbeSetup { tickets(first: 1) { edges { node { vendorId } } } }`),
  );
  ticketNumber = list.body.data!.tickets!.edges[0]!.node.vendorId;
});
afterAll(() => gw?.close());
beforeEach(async () => {
  await gw.sim.clearFaults();
});

/** Two independent Zendesk reads: only the faulted one may fail. */
const TicketAndContacts = graphql(`
  query FaultProbe($id: ID!, $email: String!) {
    ticket(id: $id) { id subject }
    contactsByEmail(email: $email) { id }
  }
`);

const TwoWrites = graphql(`
  mutation FaultTwoWrites($subject: String!) {
    ticket: createTicket(input: { subject: $subject, description: "d", requester: { email: "partial@example.org", name: "P" } }) {
      __typename
      ... on MutationCreateTicketSuccess { ticket { id } }
    }
    contact: createContact(input: { name: "Never Made", email: "never@example.org" }) { __typename }
  }
`);

async function fault(spec: Record<string, unknown>) {
  await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/tickets*', ...spec });
}

async function probe() {
  return gw.run(TicketAndContacts, { id: ticketNumber, email: 'agent@switchboard.test' });
}

async function expectHealthy() {
  const { body } = await gw.run(TicketDocument, { id: ticketNumber });
  expect(body.errors).toBeUndefined();
  expect(body.data!.ticket!.vendorId).toBe(ticketNumber);
}

describe('one Zendesk resource failing degrades only its fields', () => {
  it.each([
    ['answering 500', { kind: 'status', status: 500 }, 'UPSTREAM_UNAVAILABLE'],
    ['answering 429 again and again', { kind: 'status', status: 429, retryAfter: 0 }, 'UPSTREAM_RATE_LIMITED'],
    ['hanging past the timeout', { kind: 'latency', latencyMs: 5000 }, 'UPSTREAM_TIMEOUT'],
    ['dropping the connection', { kind: 'reset' }, 'UPSTREAM_UNAVAILABLE'],
    ['sending a malformed body', { kind: 'malformed' }, 'UPSTREAM_UNAVAILABLE'],
  ])('%s', async (_name, spec, code) => {
    await fault(spec);
    const { status, body } = await probe();
    expect(status).toBe(200);
    expect(body.data?.ticket).toBeNull();
    expect(body.data?.contactsByEmail).toHaveLength(1);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ path: ['ticket'], extensions: { code, vendor: 'zendesk' } });
    const text = JSON.stringify(body);
    expect(text).not.toContain('simulator-token');
    expect(text).not.toMatch(/stack|Basic /);
    await gw.sim.clearFaults();
    await expectHealthy();
  });

  it('keeps the ticket when the contact search fails (the other direction)', async () => {
    await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/users/search*', kind: 'status', status: 500 });
    const { body } = await probe();
    expect(body.data!.ticket!.id).toBeTruthy();
    expect(body.data!.contactsByEmail).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ path: ['contactsByEmail'], extensions: { code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk' } });
  });

  it('returns one mutation\'s result when another in the same operation fails', async () => {
    await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/users.json', kind: 'status', status: 500 });
    const { body } = await gw.run(TwoWrites, { subject: `Partial ${Date.now()}` }, 'agent');
    expect(body.data!.ticket).toMatchObject({ __typename: 'MutationCreateTicketSuccess' });
    expect(body.data!.contact).toBeNull();
    expect(body.errors![0]).toMatchObject({ path: ['contact'], extensions: { code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk' } });
  });

  it('succeeds after one 429 by waiting the Retry-After it was given', async () => {
    await fault({ kind: 'status', status: 429, retryAfter: 1, times: 1 });
    await gw.sim.clearJournal();
    const { body } = await probe();
    expect(body.errors).toBeUndefined();
    expect(body.data!.ticket!.id).toBeTruthy();
    const calls = (await gw.sim.journal('zendesk')).filter((entry) => entry.path.includes('/tickets'));
    expect(calls.map((entry) => entry.status)).toEqual([429, 200]);
    const waited = Date.parse(calls[1]!.at) - Date.parse(calls[0]!.at);
    expect(waited).toBeGreaterThanOrEqual(900);
  });

  it('keeps the ticket when only its requester lookup fails', async () => {
    await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/users/show_many*', kind: 'status', status: 503 });
    const { body } = await gw.run(TicketDocument, { id: ticketNumber });
    expect(body.data!.ticket!.subject).toBeTruthy();
    expect(body.data!.ticket!.requester).toBeNull();
    expect(body.errors![0]).toMatchObject({ path: ['ticket', 'requester'], extensions: { code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk' } });
  });
});

describe('the Zendesk circuit breaker', () => {
  it('opens after repeated failures, then answers at once without calling Zendesk', async () => {
    const tripped = await startGateway({
      env: { UPSTREAM_TIMEOUT_MS: '400', UPSTREAM_RETRIES: '0', BREAKER_FAILURES: '3', BREAKER_COOLDOWN_MS: '60000' },
    });
    try {
      await tripped.sim.fault({ vendor: 'zendesk', kind: 'status', status: 503 });
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const { body } = await tripped.run(TicketDocument, { id: ticketNumber });
        expect(body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk' });
      }
      expect(tripped.app.vendors.zendesk!.transport.breakerState()).toBe('open');
      await tripped.sim.clearFaults();
      await tripped.sim.clearJournal();
      const { body } = await tripped.run(TicketDocument, { id: ticketNumber });
      expect(body.data!.ticket).toBeNull();
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk' });
      expect(await tripped.sim.journal('zendesk')).toHaveLength(0);
    } finally {
      await tripped.close();
    }
  });
});
