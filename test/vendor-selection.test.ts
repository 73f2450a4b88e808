import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AgentsDocument,
  ContactEventsDocument,
  GoToOrganizersDocument,
  SupportQueuesDocument,
  SupportSessionsDocument,
  TicketsDocument,
} from '../clients/graphql/generated/graphql.js';
import { ConfigError } from '../domain/config-error.js';
import { loadConfig } from '../server/config.js';
import { embedSimulatorWhereUnconfigured } from '../server/embedded-simulator.js';
import { startGateway, type TestGateway } from './support/gateway.js';
import { cliFromSources } from './support/switchboard-cli.js';

/** The variables a ConfigError names, with their messages. */
function refusal(load: () => unknown): Record<string, string> {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return Object.fromEntries(error.issues.map((issue) => [issue.variable, issue.message]));
    throw error;
  }
  throw new Error('the configuration was accepted');
}

const GOTO = { GOTO_URL: 'https://api.getgo.com', GOTO_CLIENT_ID: 'id', GOTO_CLIENT_SECRET: 'secret', GOTO_REFRESH_TOKEN: 'refresh' };

describe('SWITCHBOARD_VENDORS', () => {
  it('enables every vendor by default, or those listed (any order, case or spacing)', () => {
    expect(loadConfig({}).enabledVendors).toEqual(['zendesk', 'goto', 'bomgar', 'ameyo']);
    expect(loadConfig({ SWITCHBOARD_VENDORS: '' }).enabledVendors).toEqual(['zendesk', 'goto', 'bomgar', 'ameyo']);
    expect(loadConfig({ SWITCHBOARD_VENDORS: ' Bomgar, zendesk ,bomgar' }).enabledVendors).toEqual(['zendesk', 'bomgar']);
    expect(loadConfig({ SWITCHBOARD_VENDORS: 'goto' }).enabledVendors).toEqual(['goto']);
  });

  it('refuses an unknown vendor or an empty list, naming the variable', () => {
    const unknown = refusal(() => loadConfig({ SWITCHBOARD_VENDORS: 'zendesk,gotomeeting,salesforce' }));
    expect(Object.keys(unknown)).toEqual(['SWITCHBOARD_VENDORS']);
    expect(unknown['SWITCHBOARD_VENDORS']).toContain('"gotomeeting", "salesforce"');
    expect(unknown['SWITCHBOARD_VENDORS']).toContain('zendesk, goto, bomgar, ameyo');
    expect(Object.keys(refusal(() => loadConfig({ SWITCHBOARD_VENDORS: ' , ' })))).toEqual(['SWITCHBOARD_VENDORS']);
  });

  it("leaves a disabled vendor unconfigured even when its variables are set, and names them as ignored", () => {
    const config = loadConfig({
      SWITCHBOARD_VENDORS: 'zendesk,bomgar',
      ...GOTO,
      AMEYO_URL: 'https://cc.example.com:8888',
      AMEYO_WEBHOOK_SECRET: 'a-webhook-secret-of-some-length',
    });
    expect(config.vendors.goto).toBeUndefined();
    expect(config.vendors.ameyo).toBeUndefined();
    // The webhook of a disabled Ameyo is off.
    expect(config.ameyo.webhookSecret).toBeUndefined();
    expect(config.ignoredVariables.sort()).toEqual(['AMEYO_URL', 'AMEYO_WEBHOOK_SECRET', ...Object.keys(GOTO)].sort());
    // Half a disabled vendor's configuration is not an error: it is not read.
    expect(loadConfig({ SWITCHBOARD_VENDORS: 'zendesk', GOTO_URL: 'https://api.getgo.com' }).vendors.goto).toBeUndefined();
    // An enabled vendor's is.
    expect(Object.keys(refusal(() => loadConfig({ SWITCHBOARD_VENDORS: 'goto', GOTO_URL: 'https://api.getgo.com' })))).toEqual(
      ['GOTO_CLIENT_ID', 'GOTO_CLIENT_SECRET', 'GOTO_REFRESH_TOKEN'],
    );
  });

  it('requires in production the URL of the listed vendors only', async () => {
    const production = { NODE_ENV: 'production', SWITCHBOARD_API_KEYS: 'admin:0123456789abcdef0123' };
    const missing: Record<string, string> = await embedSimulatorWhereUnconfigured(loadConfig({ ...production, SWITCHBOARD_VENDORS: 'zendesk,bomgar', ...GOTO })).then(
      () => ({}),
      (error: unknown) => refusal(() => { throw error; }),
    );
    expect(Object.keys(missing).sort()).toEqual(['BOMGAR_URL', 'ZENDESK_URL']);
    expect(missing['BOMGAR_URL']).toContain('unless SWITCHBOARD_VENDORS leaves bomgar out');
    // Every listed vendor configured: nothing is embedded.
    const bomgarOnly = loadConfig({ ...production, SWITCHBOARD_VENDORS: 'bomgar', BOMGAR_URL: 'https://support.example.com', BOMGAR_CLIENT_ID: 'id', BOMGAR_CLIENT_SECRET: 'secret' });
    expect(await embedSimulatorWhereUnconfigured(bomgarOnly)).toBeNull();
  });
});

describe('switchboard serve with SWITCHBOARD_VENDORS', () => {
  const work = mkdtempSync(join(tmpdir(), 'switchboard-vendors-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const unset = Object.fromEntries(
    Object.keys(process.env).filter((name) => /^(ZENDESK|GOTO|BOMGAR|AMEYO|SWITCHBOARD)_/.test(name)).map((name) => [name, '']),
  );

  it('in production names only the listed vendors’ missing URLs', async () => {
    const child = spawn(process.execPath, cliFromSources(['serve']), {
      cwd: work,
      env: { ...process.env, ...unset, NODE_ENV: 'production', SWITCHBOARD_API_KEYS: 'admin:0123456789abcdef0123', SWITCHBOARD_VENDORS: 'zendesk,bomgar', DATABASE_URL: ':memory:' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('ZENDESK_URL: required in production');
    expect(stderr).toContain('BOMGAR_URL: required in production');
    expect(stderr).not.toMatch(/GOTO_URL|AMEYO_URL/);
  });

  it('in development simulates only the listed vendors and says which variables it ignores, in one line', async () => {
    const child = spawn(process.execPath, cliFromSources(['serve']), {
      cwd: work,
      env: { ...process.env, ...unset, NODE_ENV: '', PORT: '0', SIMULATOR_PORT: '0', DATABASE_URL: ':memory:', SWITCHBOARD_VENDORS: 'zendesk,bomgar', ...GOTO },
    });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      for await (const line of createInterface({ input: child.stdout })) {
        lines.push(line);
        if (line.startsWith('Store:')) break;
      }
      expect(lines.join('\n'), stderr).toMatch(/^Simulator: +http:\S+ \(serving zendesk, bomgar\)$/m);
      expect(lines).toContain(`Vendors:            zendesk, bomgar only (SWITCHBOARD_VENDORS; ignoring ${Object.keys(GOTO).join(', ')})`);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});

describe('a gateway with SWITCHBOARD_VENDORS=zendesk,bomgar', () => {
  let gw: TestGateway;
  const WINDOW = { from: '2025-10-01T00:00:00Z', to: '2026-01-06T00:00:00Z' };

  beforeAll(async () => {
    gw = await startGateway({ env: { SWITCHBOARD_VENDORS: 'zendesk,bomgar' } });
    // startGateway points the simulated Ameyo at the gateway's webhook: not a call of the gateway's.
    await gw.sim.clearJournal();
  });
  afterAll(() => gw?.close());

  it('lists Bomgar sessions, agents and queues with no vendor reported unavailable', async () => {
    const sessions = await gw.run(SupportSessionsDocument, { filter: WINDOW, first: 20 });
    expect(sessions.body.errors).toBeUndefined();
    expect(sessions.body.data!.supportSessions!.unavailableVendors).toEqual([]);
    const nodes = sessions.body.data!.supportSessions!.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(20);
    expect(new Set(nodes.map((node) => node.vendor))).toEqual(new Set(['BOMGAR']));

    const agents = await gw.run(AgentsDocument, {});
    expect(agents.body.errors).toBeUndefined();
    expect(agents.body.data!.agents!.unavailableVendors).toEqual([]);
    const identities = agents.body.data!.agents!.nodes.flatMap((agent) => agent.identities);
    expect(identities.length).toBeGreaterThan(0);
    expect(new Set(identities.map((identity) => identity.vendor))).toEqual(new Set(['BOMGAR']));

    const queues = await gw.run(SupportQueuesDocument, {});
    expect(queues.body.errors).toBeUndefined();
    expect(queues.body.data!.queues!.unavailableVendors).toEqual([]);
    expect(queues.body.data!.queues!.nodes.length).toBeGreaterThan(0);
    expect(queues.body.data!.queues!.nodes.every((queue) => queue.vendor === 'BOMGAR')).toBe(true);
  });

  it("leaves GoTo out of a contact's timeline rather than naming it unavailable", async () => {
    const tickets = await gw.run(TicketsDocument, { first: 1 });
    const requester = tickets.body.data!.tickets!.edges[0]!.node.requester!;
    expect(requester.email).toBeTruthy();
    const { body } = await gw.run(ContactEventsDocument, { id: requester.id, range: WINDOW });
    expect(body.errors).toBeUndefined();
    expect(body.data!.contact!.events).toEqual({ events: [], unavailableVendors: [] });
  });

  it('fails a GoTo-only field with a typed VENDOR_DISABLED error', async () => {
    const { body } = await gw.run(GoToOrganizersDocument, {});
    expect(body.data?.organizers).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      message: 'goto is not enabled on this gateway (SWITCHBOARD_VENDORS)',
      path: ['organizers'],
      extensions: { code: 'VENDOR_DISABLED', vendor: 'gotomeeting' },
    });
  });

  it('turns the disabled Ameyo’s webhook off', async () => {
    const response = await fetch(`${gw.url}/webhooks/ameyo?token=anything`);
    expect(response.status).toBe(404);
  });

  it('never calls GoTo or Ameyo, and did call the enabled vendors', async () => {
    expect(await gw.sim.journal('goto')).toEqual([]);
    expect(await gw.sim.journal('ameyo')).toEqual([]);
    expect((await gw.sim.journal('bomgar')).length).toBeGreaterThan(0);
    expect((await gw.sim.journal('zendesk')).length).toBeGreaterThan(0);
  });
});
