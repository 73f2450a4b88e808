/**
 * The gateway as users run it, for `npm run bench`: `switchboard serve` (bin/switchboard.js, so
 * whatever the bin runs, TypeScript through tsx or compiled JavaScript) in its own process with
 * NODE_ENV=production in its real environment, every vendor pointed at a simulator in another
 * process, one random API key per role, no rate limit (the load shares one key) and no background
 * sync. Ready once it has printed its address and `/ready` answers 200.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ROLES } from '../domain/roles.js';
import { SIMULATOR_AGENT_EMAILS_VARIABLE, simulatedVendorEnv } from '../simulator/credentials.js';
import { benchKeys, type BenchKeys } from './bench-keys.js';

/** The `switchboard` command. */
export const SWITCHBOARD_BIN = fileURLToPath(new URL('../bin/switchboard.js', import.meta.url));

/** How long a start may take before the bench gives up on it (a busy machine transpiling TypeScript can take a minute). */
const START_TIMEOUT_MS = 180_000;

export interface GatewayProcess {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `http://127.0.0.1:PORT/graphql` */
  graphqlUrl: string;
  keys: BenchKeys;
  pid: number;
  /** SIGTERM (graceful shutdown), then waits for the process to exit. */
  close(): Promise<void>;
}

/** Each bench's settings for the served gateway on the simulator at `simulatorUrl`, before its own variables. */
export function servedGatewayEnv(simulatorUrl: string, keys: BenchKeys, ameyoSecret: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    SWITCHBOARD_API_KEYS: ROLES.map((role) => `${role}:${keys[role]}`).join(','),
    SWITCHBOARD_AGENT_EMAILS: SIMULATOR_AGENT_EMAILS_VARIABLE,
    RATE_LIMIT_PER_MINUTE: '0',
    SYNC_INTERVAL_MS: '0',
    // Nothing of the caller's own environment chooses another pub/sub for the measured gateway.
    REDIS_URL: '',
    ...simulatedVendorEnv(simulatorUrl),
    AMEYO_WEBHOOK_SECRET: ameyoSecret,
  };
}

/**
 * Starts `switchboard serve --port 0` on the simulator at `simulatorUrl` with `env` on top (DATABASE_URL,
 * LOG_LEVEL, live polling), and points the simulated Ameyo's call pushes at it, as `serve` does for
 * its embedded simulator.
 */
export async function startGatewayProcess(simulatorUrl: string, env: Record<string, string>, label = 'bench'): Promise<GatewayProcess> {
  const keys = benchKeys(label);
  const ameyoSecret = randomBytes(24).toString('base64url');
  const { child, url } = await launchServe({ ...servedGatewayEnv(simulatorUrl, keys, ameyoSecret), ...env });
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  };
  try {
    const crmUrl = `${url}/webhooks/ameyo?token=${encodeURIComponent(ameyoSecret)}`;
    const answer = await fetch(`${simulatorUrl}/ameyo/simulator/crm-url`, { method: 'POST', body: JSON.stringify({ url: crmUrl }) });
    if (!answer.ok) throw new Error(`the simulator refused the CRM URL: ${answer.status} ${await answer.text()}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, graphqlUrl: `${url}/graphql`, keys, pid: child.pid!, close };
}

export interface LaunchedServe {
  child: ChildProcessByStdio<null, Readable, null>;
  /** `http://host:port`, as it printed. */
  url: string;
  /** Milliseconds from spawning the process to `/ready` answering 200. */
  readyMs: number;
}

/**
 * Spawns `node bin/switchboard.js serve --port 0 --host 127.0.0.1` with `env` on top of this process's
 * environment and resolves once it is ready: it printed `Switchboard gateway: <url>/graphql` and
 * `/ready` answers 200. Rejects with what it printed when it exits first. Its later output goes to stderr.
 */
export async function launchServe(env: Record<string, string>): Promise<LaunchedServe> {
  const started = performance.now();
  const child = spawn(process.execPath, [SWITCHBOARD_BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, PORT: '0', SIMULATOR_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const printed: string[] = [];
  const lines = createInterface({ input: child.stdout });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`switchboard serve was not ready after ${START_TIMEOUT_MS / 1000} s:\n${printed.join('\n')}`)), START_TIMEOUT_MS);
      const exited = (code: number | null, signal: string | null) => {
        clearTimeout(timer);
        reject(new Error(`switchboard serve exited (${code ?? signal}) before it was ready:\n${printed.join('\n')}`));
      };
      child.once('exit', exited);
      lines.on('line', (line) => {
        printed.push(line);
        const found = /^Switchboard gateway: (\S+)\/graphql$/.exec(line);
        if (!found) return;
        clearTimeout(timer);
        child.off('exit', exited);
        resolve(found[1]!);
      });
    });
    // Printed once listening and connected; /ready says the store answers too.
    while ((await fetch(`${url}/ready`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
    const readyMs = performance.now() - started;
    lines.removeAllListeners('line');
    lines.on('line', (line) => process.stderr.write(`[switchboard] ${line}\n`));
    return { child, url, readyMs };
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    throw error;
  }
}
