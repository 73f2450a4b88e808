import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, type Config } from '../server/config.js';
import { simulatedVendors } from '../simulator/credentials.js';

/**
 * The deployment kit as far as a machine with no container runtime can check it: compose.yaml parses, and every
 * switchboard service's settings pass the gateway's own configuration (names, values, what `serve` requires in
 * production) with the secrets deploy/make-secrets.sh writes; ports, health checks and start order agree with those
 * settings; the Dockerfile runs the scripts test/package-install.test.ts runs outside a container.
 */
const root = join(import.meta.dirname, '..');
const run = promisify(execFile);

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  secrets?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
}
interface Compose {
  services: Record<string, Service>;
  secrets: Record<string, { file: string }>;
}

// `merge`: the gateways share their settings through a YAML merge key (<<: *gateway), as compose reads it.
const compose = parse(readFileSync(join(root, 'compose.yaml'), 'utf8'), { merge: true }) as Compose;

/** The Dockerfile's instructions, continuation lines joined and comments left out, by stage. */
function dockerfileStages(): { from: string; instructions: { keyword: string; args: string }[] }[] {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const stages: { from: string; instructions: { keyword: string; args: string }[] }[] = [];
  for (const line of text.split('\n').map((raw) => raw.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [, keyword, args] = /^(\w+)\s+(.*)$/.exec(line)!;
    if (keyword!.toUpperCase() === 'FROM') stages.push({ from: args!, instructions: [] });
    else stages.at(-1)?.instructions.push({ keyword: keyword!.toUpperCase(), args: args!.replace(/\s+/g, ' ') });
  }
  return stages;
}
const stages = dockerfileStages();
const runtime = stages.at(-1)!;
const of = (keyword: string, stage = runtime) => stage.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

/** The image's environment (ENV A=1 B=2 in the last stage): what every service running the image starts with. */
const imageEnv: Record<string, string> = Object.fromEntries(of('ENV').flatMap((args) => [...args.matchAll(/(\w+)=(\S+)/g)].map((match) => [match[1]!, match[2]!])));

const switchboardServices = Object.entries(compose.services).filter(([, service]) => service.build === '.');
const gateways = switchboardServices.filter(([, service]) => (service.command ?? ['serve'])[0] === 'serve');

/** deploy/make-secrets.sh, run in a folder of its own: the secrets the services read, by compose's secret name. */
const work = mkdtempSync(join(tmpdir(), 'switchboard-deploy-'));
const secretFiles = new Map<string, string>();
beforeAll(async () => {
  mkdirSync(join(work, 'deploy'));
  copyFileSync(join(root, 'deploy', 'make-secrets.sh'), join(work, 'deploy', 'make-secrets.sh'));
  await run('sh', [join(work, 'deploy', 'make-secrets.sh')]);
  for (const [name, { file }] of Object.entries(compose.secrets)) secretFiles.set(`/run/secrets/${name}`, join(work, file));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A service's settings as the gateway reads them: the image's environment under the service's, given as the
 * configuration file SWITCHBOARD_CONFIG names (where a name that is no setting is refused, unlike in the
 * environment, where it is only warned about), each `<NAME>_FILE` read from the secret compose mounts there.
 * `serving`: also what `serve` requires (in production, API keys and every vendor's URL and credentials).
 */
function configOf(name: string, service: Service, serving: boolean): Config {
  const settings = { ...imageEnv, ...service.environment };
  for (const [variable, path] of Object.entries(settings).filter(([variable]) => variable.endsWith('_FILE'))) {
    expect(service.secrets, `${name}: ${variable} names a secret the service mounts`).toContain(path.replace('/run/secrets/', ''));
  }
  const file = `/compose/${name}.json`;
  return loadConfig(
    { SWITCHBOARD_CONFIG: file },
    {
      serving,
      readFile: (path) => {
        if (path === file) return JSON.stringify(settings);
        const secret = secretFiles.get(path);
        if (!secret) throw Object.assign(new Error(`no such secret: ${path}`), { code: 'ENOENT' });
        return readFileSync(secret, 'utf8');
      },
    },
  );
}

/** The container ports a service publishes (`host:container`, `ip:host:container`). */
const containerPorts = (service: Service) => (service.ports ?? []).map((port) => Number(port.split(':').at(-1)));

describe('compose.yaml', () => {
  it('runs two gateways, the simulator, PostgreSQL and Redis', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['gateway-1', 'gateway-2', 'postgres', 'redis', 'simulator']);
    expect(gateways.map(([name]) => name)).toEqual(['gateway-1', 'gateway-2']);
    expect(compose.services['simulator']!.command).toEqual(['simulator']);
  });

  it("gives the simulator settings it accepts, and publishes and health-checks the port it listens on", () => {
    const simulator = compose.services['simulator']!;
    const config = configOf('simulator', simulator, false);
    expect(config.host).toBe('0.0.0.0');
    expect(containerPorts(simulator)).toEqual([config.simulator.port]);
    // Its admin API has no authentication: published on the host's loopback only.
    expect(simulator.ports!.every((port) => port.startsWith('127.0.0.1:'))).toBe(true);
    expect(simulator.healthcheck!.test).toEqual(['CMD', 'node', '/opt/switchboard/healthcheck.mjs', `http://127.0.0.1:${config.simulator.port}/_sim`]);
  });

  it('gives each gateway settings `serve` accepts in production: known names, valid values, secrets from files', async () => {
    const simulator = configOf('simulator', compose.services['simulator']!, false);
    const postgres = compose.services['postgres']!.environment!;
    const postgresPassword = readFileSync(secretFiles.get(postgres['POSTGRES_PASSWORD_FILE']!)!, 'utf8').trim();
    for (const [name, service] of gateways) {
      const config = configOf(name, service, true);
      expect(config.env, name).toBe('production');
      expect(config.warnings, name).toEqual([]);
      expect(new Set(config.apiKeys.values()), name).toEqual(new Set(['admin', 'manager', 'agent', 'viewer']));
      // Every vendor on the compose simulator, with the accounts it accepts.
      expect(config.vendors, name).toEqual(simulatedVendors(`http://simulator:${simulator.simulator.port}`));
      expect(config.ameyo.webhookSecret, name).toMatch(/^[0-9a-f]{48}$/);
      // The shared store and Redis are the compose services, as they are set up.
      const database = new URL(config.databaseUrl);
      expect([database.hostname, database.username, decodeURIComponent(database.password), database.pathname]).toEqual([
        'postgres',
        postgres['POSTGRES_USER'],
        postgresPassword,
        `/${postgres['POSTGRES_DB']}`,
      ]);
      expect(new URL(config.redis.url!).hostname, name).toBe('redis');
      expect(config.host, name).toBe('0.0.0.0');
      expect(containerPorts(service), name).toEqual([config.port]);
      expect(service.healthcheck!.test, name).toEqual(['CMD', 'node', '/opt/switchboard/healthcheck.mjs', `http://127.0.0.1:${config.port}/ready`]);
      // Docker's SIGKILL comes after stop_grace_period: later than the gateway's own drain.
      expect(Number.parseInt(service.stop_grace_period!, 10) * 1000, name).toBeGreaterThan(config.shutdownGraceMs);
    }
  });

  it('starts a service once what it needs is healthy, and the second gateway after the first (one migrates at a time)', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(condition, `${name} -> ${dependency}`).toBe('service_healthy');
        expect(compose.services[dependency]?.healthcheck, `${dependency} has a health check`).toBeDefined();
      }
    }
    for (const [name, service] of gateways) {
      expect(Object.keys(service.depends_on!).sort(), name).toEqual(expect.arrayContaining(['postgres', 'redis', 'simulator']));
    }
    expect(Object.keys(compose.services['gateway-2']!.depends_on!)).toContain('gateway-1');
    expect(compose.services['postgres']!.healthcheck!.test).toEqual(['CMD', 'pg_isready', '-U', compose.services['postgres']!.environment!['POSTGRES_USER'], '-d', compose.services['postgres']!.environment!['POSTGRES_DB']]);
    expect(compose.services['redis']!.healthcheck!.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });
});

describe('Dockerfile', () => {
  it('builds and installs the package with the scripts CI runs outside a container, in separate stages', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const runs = stages.flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === 'RUN').map((instruction) => instruction.args));
    expect(runs).toContain('sh deploy/build-package.sh /pkg --build');
    expect(of('COPY', stages[1]!)).toContain('deploy/install-package.sh /tmp/install-package.sh');
    expect(runs).toContain('sh /tmp/install-package.sh /pkg/switchboard-*.tgz /opt/switchboard');
    // The last stage takes the installed folder only: no sources, no build tools.
    expect(of('COPY').filter((args) => args.includes('--from='))).toEqual(['--from=install /opt/switchboard /opt/switchboard']);
    expect(of('RUN').join('\n')).not.toMatch(/npm (ci|install)/);
  });

  it('runs the installed command as node, PID 1, as an unprivileged user, with a health check on /ready', () => {
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    // deploy/install-package.sh unpacks the package into the folder it is given.
    const bin = join('/opt/switchboard', packageJson.bin['switchboard']!);
    expect(JSON.parse(of('ENTRYPOINT')[0]!)).toEqual(['node', bin]);
    expect(JSON.parse(of('CMD')[0]!)).toEqual(['serve']);
    expect(of('STOPSIGNAL')).toEqual(['SIGTERM']);
    const user = of('USER').at(-1);
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(of('COPY')).toContain('deploy/healthcheck.mjs /opt/switchboard/healthcheck.mjs');
    expect(of('HEALTHCHECK')[0]).toMatch(/ CMD \["node", "\/opt\/switchboard\/healthcheck\.mjs"\]$/);
    expect(imageEnv['HOST']).toBe('0.0.0.0');
    expect(imageEnv['NODE_ENV']).toBe('production');
  });

  it('copies only what exists, and leaves out of the build context what is built, installed or secret here', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim());
    for (const path of ['node_modules', 'dist', 'dashboard/dist', 'data', '.env', 'deploy/secrets', '.git']) expect(ignored, path).toContain(path);
    const copied = stages.flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === 'COPY' && !instruction.args.includes('--from=')));
    for (const { args } of copied) {
      for (const source of args.split(' ').slice(0, -1).filter((source) => source !== '.')) {
        expect(existsSync(join(root, source)), source).toBe(true);
        expect(ignored.some((pattern) => source === pattern || source.startsWith(`${pattern}/`)), `${source} is in the build context`).toBe(false);
      }
    }
  });
});
