import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { createSchema, createYoga } from 'graphql-yoga';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTPayload, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createAuthenticator } from '../server/auth.js';
import { useApiKeyAuth } from '../server/auth-plugin.js';
import { ConfigError } from '../domain/config-error.js';
import { loadConfig } from '../server/config.js';
import { createJwtVerifier, roleFromClaims } from '../server/jwt.js';
import { startGateway, type TestGateway } from './support/gateway.js';

const ISSUER = 'https://idp.switchboard.test/';
const AUDIENCE = 'switchboard-api';
const SECRET = randomBytes(32).toString('base64url');

/** A local identity provider: a JWKS endpoint on port 0 with an RS256 and an ES256 key, counting fetches. */
let jwksServer: Server;
let jwksUrl: string;
let jwksFetches = 0;
let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
let ec: { privateKey: CryptoKey; publicKey: CryptoKey };
let stranger: { privateKey: CryptoKey; publicKey: CryptoKey };

let gw: TestGateway;
const logLines: string[] = [];

beforeAll(async () => {
  [rsa, ec, stranger] = await Promise.all([generateKeyPair('RS256'), generateKeyPair('ES256'), generateKeyPair('RS256')]);
  const keys = [
    { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
  ];
  jwksServer = createServer((req, res) => {
    jwksFetches++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  gw = await startGateway({
    env: {
      JWT_JWKS_URL: jwksUrl,
      JWT_SECRET: SECRET,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: `other-api, ${AUDIENCE}`,
      JWT_ROLE_CLAIM: 'realm_access.roles',
      LOG_LEVEL: 'info',
    },
    logDestination: { write: (line: string) => void logLines.push(line) },
  });
});
afterAll(async () => {
  await gw?.close();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

interface TokenOptions {
  alg?: 'RS256' | 'ES256' | 'HS256';
  kid?: string;
  key?: CryptoKey | Uint8Array;
  roles?: unknown;
  sub?: string | null;
  iss?: string;
  aud?: string;
  /** Seconds from now; null leaves exp out. */
  exp?: number | null;
  /** Seconds from now. */
  nbf?: number;
  claims?: JWTPayload;
}

async function token(options: TokenOptions = {}): Promise<string> {
  const alg = options.alg ?? 'RS256';
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ realm_access: { roles: options.roles ?? ['offline_access', 'viewer'] }, ...options.claims })
    .setProtectedHeader({ alg, ...(alg !== 'HS256' && { kid: options.kid ?? (alg === 'ES256' ? 'ec-1' : 'rsa-1') }) })
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setIssuedAt();
  if (options.sub !== null) jwt.setSubject(options.sub ?? 'user-1');
  if (options.exp !== null) jwt.setExpirationTime(now + (options.exp ?? 300));
  if (options.nbf !== undefined) jwt.setNotBefore(now + options.nbf);
  const key = options.key ?? (alg === 'HS256' ? new TextEncoder().encode(SECRET) : alg === 'ES256' ? ec.privateKey : rsa.privateKey);
  return jwt.sign(key);
}

async function ask(credential: string, query = '{ __typename }') {
  const response = await fetch(gw.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${credential}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate'),
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

describe('JWTs beside API keys', () => {
  it('accepts an RS256 token from the JWKS and applies the role in its claim', async () => {
    const viewer = await token({ roles: ['offline_access', 'viewer'] });
    const read = await ask(viewer, '{ tickets(first: 1) { edges { node { id } } } }');
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    const write = await ask(viewer, 'mutation { createContact(input: {name: "No Body", email: "no@example.org"}) { __typename } }');
    expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('accepts ES256 from the JWKS and HS256 with the shared secret, naming the caller by subject', async () => {
    expect(await gw.app.authenticate(`Bearer ${await token({ alg: 'ES256', roles: ['agent'], sub: 'avery' })}`)).toEqual({
      ok: true,
      caller: { role: 'agent', label: 'jwt:avery' },
    });
    // A list of roles gives the highest of the four it holds.
    expect(await gw.app.authenticate(`Bearer ${await token({ alg: 'HS256', roles: ['viewer', 'manager', 'uma_authorization'], sub: 'svc-reports' })}`)).toEqual({
      ok: true,
      caller: { role: 'manager', label: 'jwt:svc-reports' },
    });
    expect((await ask(await token({ alg: 'HS256' }))).status).toBe(200);
  });

  it('keeps API keys working', async () => {
    expect((await ask(gw.keys.agent)).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('fetched the key set once and serves every later token from its cache', () => {
    expect(jwksFetches).toBe(1);
  });

  it('tolerates clocks 30 s apart, and says "expired" past that', async () => {
    expect((await ask(await token({ exp: -10 }))).status).toBe(200);
    const expired = await ask(await token({ exp: -120 }));
    expect(expired.status).toBe(401);
    expect(expired.body.errors).toEqual([{ message: 'The token has expired', extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }]);
    expect(expired.challenge).toBe('Bearer realm="switchboard", error="invalid_token", error_description="The token has expired"');
  });

  const invalid: [string, () => Promise<string>][] = [
    ['not valid yet (nbf)', () => token({ nbf: 300 })],
    ['for another audience', () => token({ aud: 'someone-else' })],
    ['from another issuer', () => token({ iss: 'https://evil.example/' })],
    ['signed by a key not in the set, under a known kid', () => token({ key: stranger.privateKey })],
    ['signed by a key with an unknown kid', () => token({ key: stranger.privateKey, kid: 'rsa-9' })],
    ['with a role none of the four', () => token({ roles: ['superuser'] })],
    ['without a role', () => token({ roles: [] })],
    ['without a subject', () => token({ sub: null })],
    ['without an expiry', () => token({ exp: null })],
    ['HS256 signed with another secret', () => token({ alg: 'HS256', key: new TextEncoder().encode('x'.repeat(40)) })],
    [
      'HS256 "signed" with the public RSA key (algorithm confusion)',
      async () => token({ alg: 'HS256', key: new TextEncoder().encode(await exportSPKI(rsa.publicKey)) }),
    ],
    [
      'unsigned (alg none)',
      async () => {
        const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
        const now = Math.floor(Date.now() / 1000);
        return `${part({ alg: 'none' })}.${part({ sub: 'x', iss: ISSUER, aud: AUDIENCE, exp: now + 300, realm_access: { roles: ['admin'] } })}.`;
      },
    ],
  ];

  for (const [name, make] of invalid) {
    it(`refuses a token ${name} with 401 "The token is not valid", and says no more`, async () => {
      const refused = await ask(await make());
      expect(refused.status).toBe(401);
      expect(refused.body.errors).toEqual([{ message: 'The token is not valid', extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }]);
      expect(refused.challenge).toContain('error="invalid_token"');
    });
  }

  it('logs why a token was refused, for the operator only', async () => {
    await ask(await token({ aud: 'someone-else' }));
    const refusals = logLines.map((line) => JSON.parse(line) as { msg: string; reason?: string; detail?: string }).filter((entry) => entry.msg === 'credential refused');
    expect(refusals.some((entry) => entry.reason === 'invalid' && /aud/.test(entry.detail ?? ''))).toBe(true);
  });

  it('treats a dotted three-part credential that is no JWT as an unknown API key', async () => {
    const refused = await ask('not.a.jwt');
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toBe('The API key is not recognised');
  });

  it('signs in graphql-ws with a token in the connection params, and closes the socket for an expired one', async () => {
    const open = (authorization: string) => {
      let closedWith: (code: number) => void = () => undefined;
      const closed = new Promise<number>((resolve) => (closedWith = resolve));
      const client = createClient({
        url: gw.graphqlUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        on: { closed: (event) => closedWith((event as { code: number }).code) },
      });
      return { client, closed };
    };
    const good = open(`Bearer ${await token({ roles: ['agent'] })}`);
    const result = await new Promise((resolve, reject) => {
      let value: unknown;
      good.client.subscribe({ query: '{ __typename }' }, { next: (next) => (value = next), error: reject, complete: () => resolve(value) });
    });
    expect(result).toEqual({ data: { __typename: 'Query' } });
    await good.client.dispose();
    const expired = open(`Bearer ${await token({ exp: -600 })}`);
    expect(await expired.closed).toBe(4403);
    await expired.client.dispose();
  });
});

describe('an identity provider that cannot be reached', () => {
  it('answers 503 with Retry-After, not 401: the token may be fine', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/jwks.json`;
    await new Promise((resolve) => closed.close(resolve));
    const verify = createJwtVerifier({ jwksUrl: url, issuer: ISSUER, audience: [AUDIENCE], roleClaim: 'realm_access.roles', clockToleranceSeconds: 30 });
    const jwt = await token();
    expect(await verify(jwt)).toMatchObject({ ok: false, reason: 'unavailable' });

    const yoga = createYoga({
      schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
      logging: false,
      plugins: [useApiKeyAuth(createAuthenticator(new Map(), verify), new WeakMap(), '/graphql')],
    });
    const response = await yoga.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
      body: '{"query":"{ ok }"}',
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({
      errors: [{ message: 'Tokens cannot be verified right now; try again shortly', extensions: { code: 'AUTH_UNAVAILABLE' } }],
    });
  });
});

describe('the role claim', () => {
  it('reads the claim by its exact name first, then by dotted path', () => {
    expect(roleFromClaims({ role: 'agent' }, 'role')).toBe('agent');
    expect(roleFromClaims({ 'https://acme.com/role': 'admin' }, 'https://acme.com/role')).toBe('admin');
    expect(roleFromClaims({ app: { access: { role: 'manager' } } }, 'app.access.role')).toBe('manager');
    expect(roleFromClaims({ roles: ['viewer', 'admin', 'agent'] }, 'roles')).toBe('admin');
    expect(roleFromClaims({ role: 'Admin' }, 'role')).toBeUndefined();
    expect(roleFromClaims({ role: { admin: true } }, 'role')).toBeUndefined();
  });
});

describe('JWT configuration', () => {
  const issues = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      return (error as ConfigError).issues.map((issue) => `${issue.variable}: ${issue.message}`);
    }
  };

  it('refuses a short secret, a plain-http key set off this machine, and a key set not pinned to an issuer and audience', () => {
    expect(issues({ JWT_SECRET: 'too-short' })).toEqual(['JWT_SECRET: must be at least 32 bytes (HS256 needs a key as long as its hash)']);
    expect(issues({ JWT_JWKS_URL: 'http://idp.example.com/jwks.json', JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE })).toEqual([
      'JWT_JWKS_URL: must be https:// (http:// only for a loopback address) (got "http://idp.example.com/jwks.json")',
    ]);
    expect(issues({ JWT_JWKS_URL: 'https://idp.example.com/jwks.json' })).toEqual([
      'JWT_ISSUER: required when JWT_JWKS_URL is set',
      'JWT_AUDIENCE: required when JWT_JWKS_URL is set',
    ]);
    expect(issues({ JWT_ISSUER: ISSUER })).toEqual(['JWT_SECRET: JWT_SECRET or JWT_JWKS_URL is required when JWT_ISSUER is set']);
  });

  it('accepts an https key set, a loopback one, and reads audiences as a list', () => {
    const config = loadConfig({ JWT_JWKS_URL: 'https://idp.example.com/jwks.json', JWT_ISSUER: ISSUER, JWT_AUDIENCE: 'a, b' });
    expect(config.jwt).toEqual({
      secret: undefined,
      jwksUrl: 'https://idp.example.com/jwks.json',
      issuer: ISSUER,
      audience: ['a', 'b'],
      roleClaim: 'role',
      clockToleranceSeconds: 30,
    });
    expect(issues({ JWT_JWKS_URL: 'http://[::1]:8080/jwks.json', JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE })).toEqual([]);
    expect(loadConfig({}).jwt).toBeUndefined();
  });
});
