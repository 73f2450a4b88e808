import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliFromSources } from './support/switchboard-cli.js';

/**
 * `switchboard serve` with no configuration, one process for the file: its banner is the first thing on stdout
 * (the JSON lines logged while it started follow it), and each dev key that acts as someone says who; the agent
 * and the manager are two people of the simulator, so each can dial.
 */
const work = mkdtempSync(join(tmpdir(), 'switchboard-banner-'));
let child: ChildProcessWithoutNullStreams;
/** stdout up to the first JSON log line after the banner. */
const lines: string[] = [];
let stderr = '';

beforeAll(async () => {
  child = spawn(process.execPath, cliFromSources(['serve']), {
    cwd: work,
    // LOG_LEVEL=info: the live polls log as serve starts, before it listens.
    env: { ...process.env, PORT: '0', SIMULATOR_PORT: '0', DATABASE_URL: ':memory:', SWITCHBOARD_API_KEYS: '', SWITCHBOARD_AGENT_EMAILS: '', ZENDESK_URL: '', GOTO_URL: '', BOMGAR_URL: '', AMEYO_URL: '', SWITCHBOARD_VENDORS: '', NODE_ENV: '', LOG_LEVEL: 'info', LOG_FORMAT: '' },
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for await (const line of createInterface({ input: child.stdout })) {
    lines.push(line);
    if (line.startsWith('{')) break;
  }
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

const keyOf = (role: string) => lines.map((line) => new RegExp(`^\\s+${role}\\s+(\\S+)$`).exec(line)?.[1]).find(Boolean)!;
const actsAs = (role: string) => lines.map((line) => new RegExp(`^\\s+${role} key\\s+— acts as (.+) <(\\S+@\\S+)>$`).exec(line)).find(Boolean);

describe('switchboard serve on stdout', () => {
  it('prints its banner before any JSON log line', () => {
    expect(lines[0], stderr).toMatch(/^Switchboard gateway: http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const firstJson = lines.findIndex((line) => line.startsWith('{'));
    expect(firstJson, stderr).toBeGreaterThan(lines.findIndex((line) => line.includes('acts as')));
    expect(JSON.parse(lines[firstJson]!)).toMatchObject({ service: 'switchboard', level: 'info' });
  });

  it('says which person each dev key acts as: the agent and the manager are two people, and each can dial', async () => {
    const agent = actsAs('agent');
    const manager = actsAs('manager');
    expect(agent?.slice(1)).toEqual(['Avery Agent', 'agent@switchboard.test']);
    expect(manager?.[2]).toMatch(/@switchboard\.test$/);
    expect(manager?.[2]).not.toBe(agent?.[2]);
    expect(actsAs('viewer')).toBeUndefined();
    const gateway = /^Switchboard gateway: (\S+)$/.exec(lines[0]!)![1]!;
    for (const role of ['agent', 'manager']) {
      const response = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keyOf(role)}` },
        body: JSON.stringify({ query: 'mutation { dial(phone: "+14155550100", campaign: "5") { __typename ... on AgentNotReady { message } } }' }),
      });
      const body = (await response.json()) as { data?: { dial: { __typename: string } } };
      // The agent is on the call it dialled: the manager, another person, still dials.
      expect(body.data?.dial, `${role}: ${JSON.stringify(body)}`).toEqual({ __typename: 'MutationDialSuccess' });
    }
  });
});
