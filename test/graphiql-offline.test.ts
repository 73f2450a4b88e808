import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type TestGateway } from './support/gateway.js';

/** Debian's chromium package (.ci/run installs it); playwright-core never downloads a browser. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let gw: TestGateway;
let browser: BrowserContext;
let profile: string;
/** Every request the page tried beyond the gateway's own origin (each was refused). */
const outside: string[] = [];

beforeAll(async () => {
  // No configured keys: the gateway makes the dev keys, and GraphiQL gets the admin one, as `npm start` runs it.
  gw = await startGateway({ env: { SWITCHBOARD_API_KEYS: '' } });
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  profile = await mkdtemp(join(tmpdir(), 'switchboard-graphiql-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  // The network is cut: only the gateway answers, as on a machine without internet.
  const own = new URL(gw.url).origin;
  await browser.route('**', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === own) return route.continue();
    outside.push(url);
    return route.abort('internetdisconnected');
  });
});
afterAll(async () => {
  await browser?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
  await gw?.close();
});

describe('GraphiQL without internet', () => {
  it('renders from the gateway alone and runs its default operation with the dev key it was given', async () => {
    expect(gw.app.devKeys).not.toBeNull();
    const page = await browser.newPage();
    await page.goto(gw.graphqlUrl);
    // Yoga's own page would have asked a CDN for its scripts and styles by now.
    expect(outside).toEqual([]);
    await page.waitForSelector('.graphiql-query-editor .view-lines');
    expect(await page.title()).toBe('Switchboard');
    const editor = await page.locator('.graphiql-query-editor .view-lines').innerText();
    expect(editor.replace(/\s+/g, ' ')).toContain('query OpenTickets');

    const answered = page.waitForResponse((response) => response.url() === gw.graphqlUrl && response.request().method() === 'POST' && (response.request().postData() ?? '').includes('OpenTickets'));
    await page.click('.graphiql-execute-button');
    const response = await answered;
    expect(response.request().headers()['authorization']).toBe(`Bearer ${gw.app.devKeys!.admin}`);
    const body = (await response.json()) as { data?: { tickets: { edges: { node: { subject: string | null } }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const subject = body.data!.tickets.edges[0]!.node.subject!;
    expect(subject).toBeTruthy();
    // The answer shows in the result pane.
    await page.locator('.graphiql-response').getByText(subject, { exact: false }).first().waitFor();
    expect(outside).toEqual([]);
    await page.close();
  });
});
