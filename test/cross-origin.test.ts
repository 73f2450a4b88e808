import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../domain/config-error.js';
import { loadConfig } from '../server/config.js';
import { startGateway, type TestGateway } from './support/gateway.js';

/**
 * CORS_ORIGINS: which browser pages may call the gateway from another origin. By default none
 * (yoga's own default reflected any origin with credentials); listed origins only; `*` without
 * credentials. With any origin opened, yoga's CSRF prevention guards the requests browsers send
 * without a preflight.
 */

const APP = 'https://app.example.com';
const EVIL = 'https://evil.example.com';

let closed: TestGateway;
let listed: TestGateway;
let anyOrigin: TestGateway;
beforeAll(async () => {
  [closed, listed, anyOrigin] = await Promise.all([
    startGateway(),
    startGateway({ env: { CORS_ORIGINS: `${APP}, https://admin.example.com` } }),
    startGateway({ env: { CORS_ORIGINS: '*' } }),
  ]);
});
afterAll(async () => {
  await Promise.all([closed?.close(), listed?.close(), anyOrigin?.close()]);
});

const preflight = (gw: TestGateway, origin: string) =>
  fetch(gw.graphqlUrl, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });

const query = (gw: TestGateway, headers: Record<string, string> = {}) =>
  fetch(gw.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gw.keys.viewer}`, ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('CORS_ORIGINS unset (the default)', () => {
  it('grants no origin: a preflight from another origin gets no CORS headers, and neither does its request', async () => {
    const answer = await preflight(closed, EVIL);
    expect(answer.status).toBeLessThan(500);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    const response = await query(closed, { origin: EVIL });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('same-origin callers work as before: queries, GET queries without a CSRF header, GraphiQL and the dashboard', async () => {
    expect(await (await query(closed, { origin: closed.url })).json()).toEqual({ data: { __typename: 'Query' } });
    const get = await fetch(`${closed.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, { headers: { authorization: `Bearer ${closed.keys.viewer}` } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const graphiql = await fetch(closed.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/GraphiQL/i);
    expect((await fetch(`${closed.url}/dashboard`)).status).toBe(200);
  });
});

describe('CORS_ORIGINS listing origins', () => {
  it('grants a listed origin its own origin back, with credentials and the headers the API needs', async () => {
    const answer = await preflight(listed, APP);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(APP);
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(answer.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const response = await query(listed, { origin: APP });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('grants nothing to an unlisted origin, nor to the opaque origin "null" of sandboxed pages', async () => {
    for (const origin of [EVIL, 'null', `${APP}.evil.example.com`]) {
      const answer = await preflight(listed, origin);
      expect(answer.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(answer.headers.get('access-control-allow-credentials'), origin).toBeNull();
      expect((await query(listed, { origin })).headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('refuses requests a browser sends without a preflight unless they carry x-graphql-yoga-csrf (CSRF prevention)', async () => {
    const url = `${listed.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`;
    const refused = await fetch(url, { headers: { authorization: `Bearer ${listed.keys.viewer}` } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    const form = await fetch(listed.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${listed.keys.viewer}` },
      body: new URLSearchParams({ query: '{ __typename }' }).toString(),
    });
    expect(form.status).toBe(403);
    const allowed = await fetch(url, { headers: { authorization: `Bearer ${listed.keys.viewer}`, 'x-graphql-yoga-csrf': '1' } });
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
    // JSON bodies are preflighted by browsers: they pass as before.
    expect(await (await query(listed)).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps GraphiQL and the dashboard working on the same origin', async () => {
    const graphiql = await fetch(listed.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/GraphiQL/i);
    expect((await fetch(`${listed.url}/dashboard`)).status).toBe(200);
  });
});

describe('CORS_ORIGINS=*', () => {
  it('grants any origin, without credentials', async () => {
    const answer = await preflight(anyOrigin, EVIL);
    expect(answer.headers.get('access-control-allow-origin')).toBe(EVIL);
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    const response = await query(anyOrigin, { origin: EVIL, 'x-graphql-yoga-csrf': '1' });
    expect(response.headers.get('access-control-allow-origin')).toBe(EVIL);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('CORS_ORIGINS validation', () => {
  it('refuses an origin with a path, a non-http scheme, or * mixed with origins, naming the variable', () => {
    for (const value of ['https://app.example.com/', 'https://app.example.com/graphql', 'ftp://files.example.com', `*,${APP}`, 'app.example.com']) {
      let error: unknown;
      try {
        loadConfig({ CORS_ORIGINS: value });
      } catch (caught) {
        error = caught;
      }
      expect(error, value).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message, value).toMatch(/CORS_ORIGINS/);
    }
    expect(loadConfig({ CORS_ORIGINS: `${APP},http://localhost:5173` }).http.corsOrigins).toEqual([APP, 'http://localhost:5173']);
    expect(loadConfig({}).http.corsOrigins).toEqual([]);
  });
});
