import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOperationAST, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TicketsDocument } from '../clients/graphql/generated/graphql.js';
import { estimateCost } from '../server/limits/cost.js';
import { DEFAULT_LIMITS } from '../server/limits/options.js';
import { shapeRules } from '../server/limits/shape-rules.js';
import { limitedParse } from '../server/limits/tokens.js';
import { loadTrustedDocuments, TRUSTED_SOURCES } from '../server/limits/trusted-documents.js';
import { schema } from '../schema/index.js';
import { ticketChain } from './support/deep-documents.js';
import { startGateway, type TestGateway } from './support/gateway.js';

interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; limit?: number; measured?: number } }[];
}

/** Tight limits, so each refusal is reached with a small document. */
const TIGHT = {
  LIMIT_MAX_DEPTH: '7',
  LIMIT_MAX_ALIASES: '3',
  LIMIT_MAX_TOKENS: '400',
  LIMIT_MAX_COST: '1000',
  LIMIT_MAX_BODY_BYTES: '20000',
};

let gw: TestGateway;
let trustedGw: TestGateway;
const sockets: Client[] = [];
beforeAll(async () => {
  [gw, trustedGw] = await Promise.all([startGateway({ env: TIGHT }), startGateway({ env: { TRUSTED_DOCUMENTS: 'true' } })]);
});
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await Promise.all([gw?.close(), trustedGw?.close()]);
});

async function post(target: TestGateway, body: unknown, init: RequestInit = {}): Promise<{ status: number; body: ErrorBody }> {
  const response = await fetch(target.graphqlUrl, {
    method: 'POST',
    ...init,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization: `Bearer ${target.keys.admin}`,
      ...init.headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

function wsClient(target: TestGateway): Client {
  const client = createClient({
    url: target.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${target.keys.admin}` },
    retryAttempts: 0,
  });
  sockets.push(client);
  return client;
}

/** One operation over graphql-ws: its result, or the errors it was refused with. */
function overWebSocket(client: Client, payload: { query: string; variables?: Record<string, unknown> }) {
  return new Promise<ErrorBody>((resolve) => {
    let result: ErrorBody = {};
    client.subscribe(payload, {
      next: (value) => (result = value as ErrorBody),
      error: (errors) => resolve({ errors: errors as ErrorBody['errors'] }),
      complete: () => resolve(result),
    });
  });
}

describe('defaults fit the front-end', () => {
  it('lets every operation in clients/graphql/operations through, even with every page at its largest (100)', () => {
    const parseLimited = limitedParse(DEFAULT_LIMITS);
    const rules = [...specifiedRules, ...shapeRules(DEFAULT_LIMITS)];
    const largestPages = new Proxy({}, { get: () => 100 });
    const trusted = loadTrustedDocuments();
    expect(trusted.size).toBeGreaterThan(40);
    const over: string[] = [];
    for (const text of trusted.values()) {
      const document = parseLimited(text);
      const errors = validate(schema, document, rules);
      const operation = getOperationAST(document)!;
      const cost = estimateCost(schema, document, operation, largestPages);
      if (errors.length > 0 || cost > DEFAULT_LIMITS.maxCost) over.push(`${operation.name?.value}: cost ${cost} ${errors.map((e) => e.message).join('; ')}`);
    }
    expect(over).toEqual([]);
  });
});

describe('the cost estimate', () => {
  const cost = (query: string, variables?: Record<string, unknown>) => {
    const document = parse(query);
    return estimateCost(schema, document, getOperationAST(document)!, variables);
  };

  it('counts a field as 1 and multiplies a connection by first, counting its pageInfo once', () => {
    expect(cost('{ __typename }')).toBe(1);
    // tickets 1 + pageInfo (1 + 1) + edges 1 + 10 × (node 1 + id 1 + subject 1)
    expect(cost('{ tickets(first: 10) { pageInfo { hasNextPage } edges { node { id subject } } } }')).toBe(1 + 2 + 1 + 10 * 3);
  });

  it('reads first from variables, their defaults and the argument default, else assumes a page of 25', () => {
    const query = 'query ($n: Int) { tickets(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 4 })).toBe(2 + 4 * 2);
    expect(cost('query ($n: Int = 7) { tickets(first: $n) { edges { node { id } } } }', {})).toBe(2 + 7 * 2);
    expect(cost(query, {})).toBe(2 + 25 * 2);
    // recentTickets(first: Int! = 5) is a plain list with a default.
    expect(cost('{ screenPop(callId: "1") { recentTickets { id } } }')).toBe(1 + 1 + 5 * 1);
  });

  it('multiplies nested pages, so a page of pages is expensive', () => {
    const nested = '{ tickets(first: 100) { edges { node { comments(first: 100) { edges { node { body } } } } } } }';
    expect(cost(nested)).toBe(2 + 100 * (3 + 100 * 2));
  });

  it('counts fragments where they are spread, without expanding them one by one', () => {
    const fragments = Array.from({ length: 60 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join('\n');
    const started = performance.now();
    expect(cost(`{ ...F60 }\nfragment F0 on Query { __typename }\n${fragments}`)).toBe(2 ** 60);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('refusals, each naming the limit and what was measured', () => {
  it('refuses a document nested deeper than LIMIT_MAX_DEPTH with QUERY_TOO_DEEP', async () => {
    expect((await post(gw, { query: ticketChain(5) })).body.errors).toBeUndefined();
    const { status, body } = await post(gw, { query: ticketChain(8) });
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({
      message: 'The operation nests fields 8 levels deep; the limit is 7 (LIMIT_MAX_DEPTH)',
      extensions: { code: 'QUERY_TOO_DEEP', limit: 7, measured: 8 },
    });
  });

  it('counts depth through fragments', async () => {
    const query = `{ tickets { ...Page } } fragment Page on QueryTicketsConnection { edges { node { requester { tickets { edges { node { id } } } } } } }`;
    const { body } = await post(gw, { query });
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', measured: 8 });
  });

  it('refuses more aliases than LIMIT_MAX_ALIASES with TOO_MANY_ALIASES, counting each time a fragment is spread', async () => {
    const { status, body } = await post(gw, { query: 'query Four { a: __typename b: __typename c: __typename d: __typename }' });
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({
      message: 'Operation Four uses 4 aliases; the limit is 3 (LIMIT_MAX_ALIASES)',
      extensions: { code: 'TOO_MANY_ALIASES', limit: 3, measured: 4 },
    });
    const spread = await post(gw, { query: '{ ...A ...A } fragment A on Query { a: __typename b: __typename }' });
    expect(spread.body.errors![0]!.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', measured: 4 });
  });

  it('refuses a document of more than LIMIT_MAX_TOKENS tokens with TOO_MANY_TOKENS, before parsing', async () => {
    const query = `{ ${Array.from({ length: 401 }, () => '__typename').join(' ')} }`;
    const { status, body } = await post(gw, { query });
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({
      message: 'The document has 403 tokens; the limit is 400 (LIMIT_MAX_TOKENS)',
      extensions: { code: 'TOO_MANY_TOKENS', limit: 400, measured: 403 },
    });
    // A legacy application/json client gets the same error with 200, as for any request error.
    const legacy = await post(gw, { query }, { headers: { accept: 'application/json' } });
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors![0]!.extensions!.code).toBe('TOO_MANY_TOKENS');
  });

  it('refuses an operation whose estimated cost exceeds LIMIT_MAX_COST with QUERY_TOO_COMPLEX, before any vendor call', async () => {
    const query = 'query Nested($first: Int) { tickets(first: $first) { edges { node { comments(first: 10) { edges { node { body } } } } } } }';
    await gw.sim.clearJournal();
    const { status, body } = await post(gw, { query, variables: { first: 50 } });
    expect(status).toBe(400);
    const measured = 2 + 50 * (3 + 10 * 2);
    expect(body.errors![0]).toMatchObject({
      message: `Operation Nested has an estimated cost of ${measured}; the limit is 1000 (LIMIT_MAX_COST). Ask for smaller pages (first/last) or fewer nested lists`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 1000, measured },
    });
    expect(body.data).toBeUndefined();
    expect(await gw.sim.journal('zendesk')).toHaveLength(0);
    // The same document with a smaller page runs.
    const small = await post(gw, { query, variables: { first: 2 } });
    expect(small.body.errors).toBeUndefined();
    expect(small.status).toBe(200);
  });

  it('refuses a body over LIMIT_MAX_BODY_BYTES with 413 REQUEST_TOO_LARGE, declared or streamed', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(25_000) } });
    const declared = await post(gw, body);
    expect(declared.status).toBe(413);
    expect(declared.body.errors![0]).toMatchObject({
      message: `The request body is ${body.length} bytes; the limit is 20000 (LIMIT_MAX_BODY_BYTES)`,
      extensions: { code: 'REQUEST_TOO_LARGE', limit: 20000, measured: body.length },
    });
    // Chunked, with no Content-Length: cut off as it streams.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(i === 0 ? `{"query":"{ __typename }","variables":{"pad":"` : 'x'.repeat(10_000)));
        controller.enqueue(new TextEncoder().encode('"}}'));
        controller.close();
      },
    });
    const streamed = await fetch(gw.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.admin}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as ErrorBody).errors![0]!.message).toMatch(/too large/i);
  });

  it('applies the same limits to graphql-ws operations, and the socket stays open', async () => {
    const client = wsClient(gw);
    const refused = await overWebSocket(client, { query: '{ a: __typename b: __typename c: __typename d: __typename }' });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', measured: 4 });
    const tooMany = await overWebSocket(client, { query: `{ ${Array.from({ length: 401 }, () => '__typename').join(' ')} }` });
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'TOO_MANY_TOKENS' });
    const costly = await overWebSocket(client, { query: '{ tickets(first: 100) { edges { node { comments(first: 10) { edges { node { body } } } } } } }' });
    expect(costly.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(await overWebSocket(client, { query: '{ __typename }' })).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('trusted documents (TRUSTED_DOCUMENTS=true)', () => {
  const hashOf = (document: DocumentNode) => (document as unknown as { __meta__: { hash: string } }).__meta__.hash;

  it('runs a front-end operation sent by its hash, as documentId or as an APQ extension', async () => {
    const byId = await post(trustedGw, { documentId: hashOf(TicketsDocument), variables: { first: 2 } });
    expect(byId.status).toBe(200);
    expect(byId.body.errors).toBeUndefined();
    expect((byId.body.data as { tickets: { edges: unknown[] } }).tickets.edges).toHaveLength(2);
    const byExtension = await post(trustedGw, {
      variables: { first: 1 },
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(TicketsDocument) } },
    });
    expect((byExtension.body.data as { tickets: { edges: unknown[] } }).tickets.edges).toHaveLength(1);
  });

  it('refuses query text, even the text of a trusted operation, and names the way out', async () => {
    for (const query of ['{ __typename }', loadTrustedDocuments().get(hashOf(TicketsDocument))!]) {
      const { status, body } = await post(trustedGw, { query });
      expect(status).toBe(400);
      expect(body.errors![0]!.extensions!.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
      expect(body.errors![0]!.message).toContain('send the operation\'s documentId');
    }
  });

  it('refuses unknown hashes and the probes tests write inline (they are not front-end operations)', async () => {
    const unknown = await post(trustedGw, { documentId: 'f'.repeat(64) });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors![0]!.extensions!.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
    const manifest = JSON.parse(readFileSync(TRUSTED_SOURCES.manifest, 'utf8')) as Record<string, string>;
    const probe = Object.entries(manifest).find(([, text]) => text.startsWith('query FaultProbe'));
    expect(probe).toBeDefined();
    const refused = await post(trustedGw, { documentId: probe![0] });
    expect(refused.body.errors![0]!.extensions!.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
  });

  it('answers a browser asking for GraphiQL with 403 and the reason', async () => {
    const response = await fetch(trustedGw.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('GraphiQL is off: This gateway runs only trusted documents');
  });

  it('over graphql-ws runs only the trusted text itself', async () => {
    const client = wsClient(trustedGw);
    const text = loadTrustedDocuments().get(hashOf(TicketsDocument))!;
    const ok = await overWebSocket(client, { query: text, variables: { first: 1 } });
    expect((ok.data as { tickets: { edges: unknown[] } }).tickets.edges).toHaveLength(1);
    const adHoc = await overWebSocket(client, { query: '{ __typename }' });
    expect(adHoc.errors![0]!.extensions!.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  it('refuses to start on a manifest older than the operations, or tampered with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trusted-'));
    mkdirSync(join(dir, 'operations'));
    const manifest = join(dir, 'manifest.json');
    writeFileSync(join(dir, 'operations', 'a.graphql'), 'query Newer { __typename }');
    writeFileSync(manifest, JSON.stringify({}));
    expect(() => loadTrustedDocuments({ manifest, operations: join(dir, 'operations') })).toThrow(/lacks Newer; run `npm run codegen`/);
    writeFileSync(manifest, JSON.stringify({ ['0'.repeat(64)]: 'query Newer { __typename }' }));
    expect(() => loadTrustedDocuments({ manifest, operations: join(dir, 'operations') })).toThrow(/does not match its text/);
    expect(() => loadTrustedDocuments({ manifest: join(dir, 'missing.json'), operations: TRUSTED_SOURCES.operations })).toThrow(/run `npm run codegen`/);
  });
});
