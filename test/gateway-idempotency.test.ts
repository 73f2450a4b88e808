import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/**
 * Issue 17, defect 12 and the end of 14, end to end: a write whose answer is cut answers
 * UPSTREAM_OUTCOME_UNKNOWN (the vendor did it); an idempotencyKey makes the repeat safe (the
 * first result, no vendor call; other arguments refused; per caller; 24 h on the gateway's clock);
 * Zendesk gets the key as its own Idempotency-Key; and a 1 MB "email" never reaches a vendor.
 */
let gw: TestGateway;
/** How far the gateway's clock is ahead of the real one: the test moves it by a day. */
let skewMs = 0;

beforeAll(async () => {
  gw = await startGateway({ now: () => Date.now() + skewMs });
});
afterAll(() => gw?.close());
beforeEach(async () => {
  await gw.sim.clearFaults();
  await gw.sim.clearJournal();
});

interface Answer {
  data?: Record<string, Record<string, unknown> | null> | null;
  errors?: { message: string; path?: string[]; extensions: Record<string, unknown> }[];
}

async function graphql(query: string, variables: Record<string, unknown> = {}, role: Role = 'agent'): Promise<Answer> {
  const response = await fetch(gw.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${gw.keys[role]}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

/** The simulator's own Zendesk, as a second opinion on what exists. */
async function zendesk<T>(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await fetch(`${gw.simulatorUrl}/zendesk/api/v2${path}`, {
    ...init,
    headers: { authorization: `Basic ${Buffer.from('agent@switchboard.test/token:simulator-token').toString('base64')}`, 'content-type': 'application/json', ...init.headers },
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

async function ticketsWithExternalId(externalId: string): Promise<string[]> {
  const { body } = await zendesk<{ results: { id: number }[] }>(`/search.json?query=${encodeURIComponent(`type:ticket external_id:${externalId}`)}`);
  return body.results.map((ticket) => String(ticket.id));
}

/** Zendesk requests the gateway made since the journal was cleared, e.g. `POST /api/v2/tickets.json`. */
async function calls(vendor: string): Promise<string[]> {
  return (await gw.sim.journal(vendor)).map((entry) => `${entry.method} ${entry.path.replace(`/${vendor}`, '')}`);
}

const CREATE_TICKET = `mutation ($input: CreateTicketInput!, $key: String) {
  createTicket(input: $input, idempotencyKey: $key) {
    __typename
    ... on MutationCreateTicketSuccess { ticket { id vendorId subject externalId } }
    ... on ValidationError { issues { field message } }
  }
}`;

const newTicket = (externalId: string, subject = 'Printer on fire') => ({
  subject,
  description: 'Smoke everywhere.',
  requester: { email: 'customer@example.com', name: 'A Customer' },
  externalId,
});

const upstreamError = (answer: Answer) => answer.errors?.[0]?.extensions;

describe('a write whose answer is lost', () => {
  it('answers UPSTREAM_OUTCOME_UNKNOWN when Zendesk made the ticket but its answer was cut, and the ticket exists', async () => {
    const externalId = `cut-${randomUUID()}`;
    await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/tickets*', kind: 'malformed', times: 1 });
    const answer = await graphql(CREATE_TICKET, { input: newTicket(externalId) });
    expect(answer.data?.['createTicket']).toBeNull();
    expect(upstreamError(answer)).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'zendesk' });
    expect(answer.errors![0]!.message).toBe('zendesk may have carried out the request, but its answer was lost: check before repeating it');
    expect(await ticketsWithExternalId(externalId)).toHaveLength(1);
    // Never repeated by the gateway itself.
    expect((await calls('zendesk')).filter((call) => call === 'POST /api/v2/tickets.json')).toHaveLength(1);
  });

  it('answers UPSTREAM_OUTCOME_UNKNOWN for a comment whose answer was cut, and the comment exists', async () => {
    const created = await graphql(CREATE_TICKET, { input: newTicket(`comment-${randomUUID()}`) });
    const ticket = (created.data!['createTicket'] as { ticket: { id: string; vendorId: string } }).ticket;
    await gw.sim.fault({ vendor: 'zendesk', path: `/api/v2/tickets/${ticket.vendorId}*`, kind: 'malformed', times: 1 });
    const answer = await graphql(
      `mutation ($id: ID!) { addTicketComment(ticketId: $id, comment: { body: "Replaced the toner.", public: true }) { __typename } }`,
      { id: ticket.id },
    );
    expect(upstreamError(answer)).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'zendesk' });
    const { body } = await zendesk<{ comments: { body: string }[] }>(`/tickets/${ticket.vendorId}/comments.json`);
    expect(body.comments.map((comment) => comment.body)).toContain('Replaced the toner.');
  });

  it('answers UPSTREAM_OUTCOME_UNKNOWN for a 2xx of the wrong shape (GoToMeeting) and a dropped connection (Ameyo)', async () => {
    await gw.sim.fault({ vendor: 'goto', path: '/G2M/rest/meetings', kind: 'status', status: 200, body: '{"unexpected":true}', times: 1 });
    const meeting = await graphql(
      `mutation { createMeeting(input: { subject: "Kickoff", start: "2027-02-01T10:00:00Z", end: "2027-02-01T11:00:00Z" }) { __typename } }`,
      {},
      'manager',
    );
    expect(upstreamError(meeting)).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'gotomeeting' });

    // Signed in first, so the reset hits the dial itself (login and commands share one path).
    await graphql(`mutation { dial(phone: "+14155550100", campaign: "99") { __typename } }`);
    await gw.sim.fault({ vendor: 'ameyo', path: '/ameyowebaccess/command', kind: 'reset', times: 1 });
    const dial = await graphql(`mutation { dial(phone: "+14155550100", campaign: "5") { __typename } }`);
    expect(upstreamError(dial)).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'ameyo' });
  });

  it('answers UPSTREAM_OUTCOME_UNKNOWN for a remote-support session whose answer was cut (GoToAssist, Bomgar)', async () => {
    const ticket = await someTicketId();
    const start = (vendor: string) =>
      graphql(`mutation ($ticket: ID!) { startSupportSession(input: { ticketId: $ticket, vendor: ${vendor}, customer: { name: "Kim" } }) { __typename } }`, { ticket });
    await gw.sim.fault({ vendor: 'goto', path: '/G2A/rest/v1/sessions', kind: 'malformed', times: 1 });
    expect(upstreamError(await start('GOTO_ASSIST'))).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'gotoassist' });
    await gw.sim.fault({ vendor: 'bomgar', path: '/api/command*', kind: 'status', status: 200, body: '<other_root/>', times: 1 });
    expect(upstreamError(await start('BOMGAR'))).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'bomgar' });
  });

  it('still answers UPSTREAM_UNAVAILABLE when the vendor said it failed (a 503)', async () => {
    const externalId = `failed-${randomUUID()}`;
    await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/tickets*', kind: 'status', status: 503, times: 1 });
    expect(upstreamError(await graphql(CREATE_TICKET, { input: newTicket(externalId) }))).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk' });
    expect(await ticketsWithExternalId(externalId)).toEqual([]);
  });
});

/** Moves the gateway's clock and the vendors' (the simulator's) together. */
async function advance(ms: number): Promise<void> {
  skewMs += ms;
  const moved = await gw.sim.call('/_sim/clock', { advanceMs: ms });
  expect(moved.status).toBe(200);
}

async function someTicketId(): Promise<string> {
  const answer = await graphql(`{ tickets(first: 1) { edges { node { id } } } }`);
  return (answer.data!['tickets'] as { edges: { node: { id: string } }[] }).edges[0]!.node.id;
}

describe('idempotencyKey', () => {
  it('answers a repeat with the first ticket, without calling Zendesk', async () => {
    const key = randomUUID();
    const externalId = `key-${key}`;
    const first = await graphql(CREATE_TICKET, { input: newTicket(externalId), key });
    expect(first.errors).toBeUndefined();
    await gw.sim.clearJournal();
    const repeat = await graphql(CREATE_TICKET, { input: newTicket(externalId), key });
    expect(repeat).toEqual(first);
    expect(await calls('zendesk')).toEqual([]);
    expect(await ticketsWithExternalId(externalId)).toHaveLength(1);
  });

  it('sends the key to Zendesk as its Idempotency-Key, made the caller’s own', async () => {
    const externalId = `header-${randomUUID()}`;
    const answer = await graphql(CREATE_TICKET, { input: newTicket(externalId), key: 'same-key-for-everyone' });
    expect(answer.errors).toBeUndefined();
    // The simulated Zendesk keeps creations by key: asking with the gateway's derived key finds nothing of ours.
    const direct = await zendesk<{ ticket: { id: number } }>('/tickets.json', { method: 'POST', headers: { 'idempotency-key': 'same-key-for-everyone' }, body: JSON.stringify({ ticket: { subject: 'x', comment: { body: 'y' } } }) });
    expect(direct.headers.get('x-idempotency-lookup')).toBe('miss');
  });

  it('refuses the key with other arguments, naming idempotencyKey, and calls no vendor', async () => {
    const key = randomUUID();
    await graphql(CREATE_TICKET, { input: newTicket(`args-${key}`), key });
    await gw.sim.clearJournal();
    const other = await graphql(CREATE_TICKET, { input: newTicket(`args-${key}`, 'Scanner on fire'), key });
    expect(other.data!['createTicket']).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'idempotencyKey', message: expect.stringContaining('was used for another request (createTicket with other arguments)') }],
    });
    expect(await calls('zendesk')).toEqual([]);
  });

  it('keeps keys per caller', async () => {
    const key = randomUUID();
    const externalId = `caller-${key}`;
    const agent = await graphql(CREATE_TICKET, { input: newTicket(externalId), key }, 'agent');
    const manager = await graphql(CREATE_TICKET, { input: newTicket(externalId), key }, 'manager');
    const id = (answer: Answer) => (answer.data!['createTicket'] as { ticket: { vendorId: string } }).ticket.vendorId;
    expect(id(manager)).not.toBe(id(agent));
    expect(await ticketsWithExternalId(externalId)).toHaveLength(2);
  });

  it('forgets a key 24 h after its first request, by the gateway’s clock', async () => {
    const key = randomUUID();
    const externalId = `day-${key}`;
    await graphql(CREATE_TICKET, { input: newTicket(externalId), key });
    await advance(23 * 3_600_000);
    await graphql(CREATE_TICKET, { input: newTicket(externalId), key });
    expect(await ticketsWithExternalId(externalId)).toHaveLength(1);
    // Zendesk forgot its Idempotency-Key long before (2 h): only the gateway's key kept the repeat safe.
    await advance(3_600_000);
    const later = await graphql(CREATE_TICKET, { input: newTicket(externalId), key });
    expect(later.errors).toBeUndefined();
    expect(await ticketsWithExternalId(externalId)).toHaveLength(2);
  });

  it('keeps the key after a lost answer: the repeat answers UPSTREAM_OUTCOME_UNKNOWN again, stating the key, and calls no vendor', async () => {
    const key = randomUUID();
    await graphql(`mutation { dial(phone: "+14155550100", campaign: "99") { __typename } }`);
    await gw.sim.fault({ vendor: 'ameyo', path: '/ameyowebaccess/command', kind: 'reset', times: 1 });
    const dial = `mutation ($key: String) { dial(phone: "+14155550101", campaign: "5", idempotencyKey: $key) { __typename } }`;
    const first = await graphql(dial, { key });
    expect(upstreamError(first)).toEqual(expect.objectContaining({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'ameyo', idempotencyKey: key }));
    await gw.sim.clearJournal();
    const repeat = await graphql(dial, { key });
    expect(upstreamError(repeat)).toEqual(expect.objectContaining({ code: 'UPSTREAM_OUTCOME_UNKNOWN', vendor: 'ameyo', idempotencyKey: key }));
    expect(repeat.errors![0]!.message).toContain(`the first request with idempotencyKey "${key}" may have been carried out by ameyo`);
    expect(await calls('ameyo')).toEqual([]);
  });

  it('repeats a ticket creation whose answer was lost under the same Zendesk key: Zendesk answers with the ticket it made, once', async () => {
    const key = randomUUID();
    const externalId = `resend-${key}`;
    await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/tickets*', kind: 'malformed', times: 1 });
    expect(upstreamError(await graphql(CREATE_TICKET, { input: newTicket(externalId), key }))).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', idempotencyKey: key });
    const made = await ticketsWithExternalId(externalId);
    expect(made).toHaveLength(1);
    const repeat = await graphql(CREATE_TICKET, { input: newTicket(externalId), key });
    expect((repeat.data!['createTicket'] as { ticket: { vendorId: string } }).ticket.vendorId).toBe(made[0]);
    expect(await ticketsWithExternalId(externalId)).toEqual(made);
  });

  it('frees the key when the first request failed cleanly (the vendor said 503): the repeat creates the ticket', async () => {
    const key = randomUUID();
    const externalId = `free-${key}`;
    await gw.sim.fault({ vendor: 'zendesk', path: '/api/v2/tickets*', kind: 'status', status: 503, times: 1 });
    expect(upstreamError(await graphql(CREATE_TICKET, { input: newTicket(externalId), key }))).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    const repeat = await graphql(CREATE_TICKET, { input: newTicket(externalId), key });
    expect(repeat.data!['createTicket']).toMatchObject({ __typename: 'MutationCreateTicketSuccess' });
    expect(await ticketsWithExternalId(externalId)).toHaveLength(1);
  });

  it('refuses a key that is not 1–128 letters, digits or _ . : -', async () => {
    const answer = await graphql(CREATE_TICKET, { input: newTicket(`bad-key-${randomUUID()}`), key: 'no spaces please' });
    expect(answer.data!['createTicket']).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'idempotencyKey' }] });
    expect(await calls('zendesk')).toEqual([]);
  });
});

describe('the simulated Zendesk honours Idempotency-Key as Zendesk documents it', () => {
  it('answers a repeat with the first ticket (hit), and refuses the key with another body', async () => {
    const key = randomUUID();
    const send = (subject: string) =>
      zendesk<{ ticket?: { id: number }; error?: string }>('/tickets.json', { method: 'POST', headers: { 'idempotency-key': key }, body: JSON.stringify({ ticket: { subject, comment: { body: 'b' } } }) });
    const first = await send('one');
    expect(first.status).toBe(201);
    expect(first.headers.get('x-idempotency-lookup')).toBe('miss');
    const again = await send('one');
    expect(again.status).toBe(201);
    expect(again.headers.get('x-idempotency-lookup')).toBe('hit');
    expect(again.body.ticket!.id).toBe(first.body.ticket!.id);
    const other = await send('two');
    expect(other.status).toBe(400);
    expect(other.body.error).toBe('IdempotentRequestError');
  });
});

describe('string inputs are bounded', () => {
  // 1 MB, under the request body limit (LIMIT_MAX_BODY_BYTES, 1 MiB) so the field's own bound is what refuses it.
  const megabyte = `${'a'.repeat(1_000_000 - 12)}@example.com`;

  it('refuses a 1 MB email, naming the field, without calling Zendesk', async () => {
    const answer = await graphql(
      `mutation ($email: String) { createContact(input: { name: "Big", email: $email }) { __typename ... on ValidationError { issues { field message } } } }`,
      { email: megabyte },
    );
    expect(answer.data!['createContact']).toEqual({
      __typename: 'ValidationError',
      issues: [{ field: 'input.email', message: `must be at most 254 characters (it has ${megabyte.length})` }],
    });
    const ticket = await graphql(CREATE_TICKET, { input: { ...newTicket('big'), requester: { email: megabyte } } });
    expect(ticket.data!['createTicket']).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'input.requester.email' }] });
    const query = await graphql(`query ($email: String!) { contactsByEmail(email: $email) { id } }`, { email: megabyte }, 'viewer');
    expect(upstreamError(query)).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'email', message: expect.stringContaining('at most 254') }] });
    expect(await calls('zendesk')).toEqual([]);
  });

  it('tells a caller without the role nothing about the input', async () => {
    const answer = await graphql(`mutation ($email: String) { createContact(input: { name: "Big", email: $email }) { __typename } }`, { email: megabyte }, 'viewer');
    expect(upstreamError(answer)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
