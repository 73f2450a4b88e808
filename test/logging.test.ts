import { GraphQLError, print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SupportTeamsDocument, TicketsDocument } from '../clients/graphql/generated/graphql.js';
import { UpstreamError } from '../clients/transport/errors.js';
import { createLogger, REDACTED } from '../server/logger.js';
import { runInRequestScope } from '../resolvers/request-scope.js';
import { yogaLogger } from '../server/observability/yoga-logger.js';
import { startGateway, type TestGateway } from './support/gateway.js';

type Line = Record<string, unknown> & { level: string; msg: string };

/** A pino destination that keeps every line, parsed (a line that is not JSON fails the parse). */
function capture() {
  const raw: string[] = [];
  return {
    raw,
    destination: { write: (line: string) => void raw.push(line) },
    lines: (): Line[] => raw.map((line) => JSON.parse(line) as Line),
  };
}

describe('createLogger', () => {
  it('is silent under NODE_ENV=test unless LOG_LEVEL says otherwise; info elsewhere', () => {
    expect(createLogger({ env: 'test' }).level).toBe('silent');
    expect(createLogger({ env: 'test', logLevel: 'debug' }).level).toBe('debug');
    expect(createLogger({ env: 'production' }).level).toBe('info');
  });

  it('writes JSON lines with level names and redacts credentials at any depth and in text', () => {
    const out = capture();
    const log = createLogger({ env: 'production' }, { destination: out.destination });
    const headers = new Headers({ authorization: 'Bearer hdr-secret-1', 'x-api-key': 'hdr-secret-2', accept: 'application/json' });
    const error = Object.assign(new Error('refresh failed for https://x.test/cb?access_token=txt-secret-1'), { clientSecret: 'err-secret-1' });
    log.child({ vendor: 'goto', token: 'bound-secret-1' }).warn(
      {
        headers,
        request: { cookie: 'c=cookie-secret-1', nested: [{ deeper: { password: 'pw-secret-1', api_key: 'k-secret-1', refresh_token: 'r-secret-1' } }] },
        config: new Map([['SWITCHBOARD_API_KEYS', 'admin:map-secret-1']]),
        url: new URL('https://cc.example.com/webhooks/ameyo?token=url-secret-1&x=1'),
        err: error,
        attempts: 2,
      },
      'calling with Authorization: Basic dXNlcjp0ZXh0LXNlY3JldA==',
    );
    const text = out.raw.join('');
    for (const secret of ['hdr-secret', 'cookie-secret', 'pw-secret', 'k-secret', 'r-secret', 'map-secret', 'url-secret', 'txt-secret', 'err-secret', 'bound-secret', 'dXNlcjp0ZXh0LXNlY3JldA']) {
      expect(text, secret).not.toContain(secret);
    }
    const [line] = out.lines();
    expect(line).toMatchObject({
      level: 'warn',
      vendor: 'goto',
      token: REDACTED,
      attempts: 2,
      headers: { authorization: REDACTED, 'x-api-key': REDACTED, accept: 'application/json' },
      url: `https://cc.example.com/webhooks/ameyo?token=${REDACTED}&x=1`,
      msg: `calling with Authorization: Basic ${REDACTED}`,
    });
    expect((line!['err'] as Record<string, unknown>)['type']).toBe('Error');
    expect((line!['err'] as Record<string, unknown>)['stack']).toContain('logging.test.ts');
  });

  it('adds the request id to every line logged inside a request', () => {
    const out = capture();
    const log = createLogger({ env: 'production' }, { destination: out.destination });
    runInRequestScope({ requestId: 'req-1', logger: log }, () => {
      log.info('inside');
      log.child({ requestId: 'bound' }).info('bound already');
    });
    log.info('outside');
    expect(out.lines().map((line) => [line.msg, line['requestId']])).toEqual([
      ['inside', 'req-1'],
      ['bound already', 'bound'],
      ['outside', undefined],
    ]);
    expect(out.raw[1]!.match(/"requestId"/g)).toHaveLength(1);
  });

  it("logs yoga's masked errors at error with the stack for bugs, at debug for expected typed errors", () => {
    const out = capture();
    const yoga = yogaLogger(createLogger({ env: 'production', logLevel: 'debug' }, { destination: out.destination }));
    yoga.error(new GraphQLError('boom', { originalError: new TypeError("Cannot read properties of undefined (reading 'id')") }));
    yoga.error(new GraphQLError('x', { originalError: new UpstreamError({ code: 'UPSTREAM_TIMEOUT', vendor: 'zendesk', message: 'slow' }) }));
    const [bug, expected] = out.lines();
    expect(bug).toMatchObject({ level: 'error', component: 'yoga', err: { type: 'TypeError' } });
    expect((bug!['err'] as { stack: string }).stack).toContain('TypeError');
    expect(expected).toMatchObject({ level: 'debug', err: { code: 'UPSTREAM_TIMEOUT', vendor: 'zendesk' } });
  });
});

describe('the gateway’s logs', () => {
  const out = capture();
  /** Credentials the gateway sent upstream (access tokens, sessions), seen on the way out. */
  const sent = new Set<string>();
  let gw: TestGateway;

  beforeAll(async () => {
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>)) {
        if (/authorization|session/i.test(name)) sent.add(value.replace(/^(bearer|basic)\s+/i, ''));
      }
      return realFetch(input, init);
    });
    gw = await startGateway({ env: { LOG_LEVEL: 'debug', UPSTREAM_RETRIES: '1' }, logDestination: out.destination });
  });
  afterAll(async () => {
    await gw?.close();
    vi.restoreAllMocks();
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const request = async (document: DocumentNode, variables: unknown, requestId: string): Promise<any> => {
    const response = await fetch(gw.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.admin}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: print(document), variables }),
    });
    expect(response.status).toBe(200);
    return response.json();
  };

  it('writes one access line per request, with request id, operation and status', async () => {
    await request(TicketsDocument, { first: 1 }, 'log-access-1');
    const access = out.lines().filter((line) => line['component'] === 'http' && line['requestId'] === 'log-access-1');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200, operation: 'Tickets', type: 'query', ms: expect.any(Number) });
  });

  it('logs a failing vendor once per request at warn, with vendor and code, for fields and for unavailableVendors', async () => {
    await gw.sim.fault({ vendor: 'bomgar', kind: 'status', status: 500 });
    await gw.sim.fault({ vendor: 'zendesk', kind: 'status', status: 503 });
    try {
      // Two reads of Bomgar in one request (teams), retried: still one line.
      const teams = await request(SupportTeamsDocument, { vendor: 'BOMGAR' }, 'log-vendor-1');
      expect(teams.data.teams.unavailableVendors).toEqual([{ vendor: 'BOMGAR', code: 'UPSTREAM_UNAVAILABLE' }]);
      const tickets = await request(TicketsDocument, { first: 1 }, 'log-vendor-2');
      expect(tickets.errors[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'zendesk' });
    } finally {
      await gw.sim.clearFaults();
    }
    const warned = (requestId: string) => out.lines().filter((line) => line.level === 'warn' && line['requestId'] === requestId);
    expect(warned('log-vendor-1')).toEqual([expect.objectContaining({ vendor: 'bomgar', code: 'UPSTREAM_UNAVAILABLE' })]);
    expect(warned('log-vendor-2')).toEqual([expect.objectContaining({ vendor: 'zendesk', code: 'UPSTREAM_UNAVAILABLE' })]);
    // Nothing about an expected vendor failure reaches level error.
    expect(out.lines().filter((line) => line.level === 'error')).toEqual([]);
  });

  it('every line is JSON; every line of a request carries its id; no line holds a credential', () => {
    const lines = out.lines();
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines.filter((entry) => entry['component'] === 'http' || entry.level === 'warn')) {
      expect(line['requestId'], line.msg).toEqual(expect.any(String));
    }
    const { vendors, ameyo, zendeskSsoSecret } = gw.app.config;
    const secrets = [
      ...Object.values(gw.keys),
      vendors.goto!.clientSecret,
      vendors.goto!.refreshToken,
      vendors.bomgar!.clientSecret!,
      vendors.ameyo!.password,
      vendors.zendesk!.token,
      ameyo.webhookSecret!,
      zendeskSsoSecret!,
      ...sent,
    ];
    expect(sent.size).toBeGreaterThan(0);
    const text = out.raw.join('');
    for (const secret of secrets) expect(text.includes(secret), `a credential (${secret.slice(0, 4)}…) was logged`).toBe(false);
  });
});
