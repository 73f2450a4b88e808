// Each command imports what it needs when it runs (`await import` below): `--help` and `--version` load no
// simulator, store, schema or server, and `simulator` loads no gateway.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../domain/config-error.js';
import { VENDOR_FAMILIES } from '../domain/vendors.js';
import { PACKAGE_ROOT } from './package-root.js';
import { envFileAdditions } from './config/env-file.js';
import { SYNC_USAGE, syncCommand } from './sync-command.js';
import { BACKUP_USAGE, backupCommand } from './backup-command.js';
import type { Logger } from './logger.js';

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Whether it takes positional arguments (`backup bomgar`); default none. */
  positionals?: boolean;
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<void>;
}

const help = { type: 'boolean', short: 'h' } as const;

const commands: Record<string, Command> = {
  serve: {
    summary: 'Run the gateway (embeds the simulator for vendors without a configured URL)',
    usage: `switchboard serve [--port N] [--host H]

Runs the GraphQL gateway at http://HOST:PORT/graphql (GraphiQL in a browser).
Vendors with no URL configured (ZENDESK_URL, ...) are served by the embedded
simulator on SIMULATOR_PORT; SWITCHBOARD_VENDORS (default all) names the vendors used. Without SWITCHBOARD_API_KEYS, one dev key per role is
created in the store under ./data/ and printed.

Options:
  --port N        listen port (default: PORT or 4000)
  --host H        listen address (default: HOST or 127.0.0.1)
  --config FILE   settings from a YAML or JSON file (default: SWITCHBOARD_CONFIG);
                  environment variables override it
  -h, --help      show this help`,
    options: { port: { type: 'string' }, host: { type: 'string' }, help },
    run: serve,
  },
  simulator: {
    summary: 'Run the vendor simulator alone',
    usage: `switchboard simulator [--port N] [--seed N] [--host H] [--no-rate-limits]
                    [--record VENDOR=URL ... [--fixtures DIR]] [--replay DIR]

Serves every simulated vendor under its base path (/zendesk, ...), the admin API
under /_sim (journal, stubs, faults, clock, scenarios) and a read-only status page
at /. See simulator/README.md.

Options:
  --port N            listen port (default: SIMULATOR_PORT or 4010)
  --seed N            data seed (default: SIMULATOR_SEED or 42)
  --host H            listen address (default: HOST or 127.0.0.1)
  --no-rate-limits    vendors do not enforce their rate limits (Zendesk's 700 a minute),
                      for load tests through the simulator
  --record V=URL      forward vendor V (zendesk, goto, bomgar, ameyo) to the real one at URL
                      with the configured credentials (ZENDESK_EMAIL/ZENDESK_TOKEN, GOTO_*,
                      BOMGAR_*, AMEYO_*), and write every exchange as a fixture with
                      credentials redacted and personal data pseudonymised; repeatable
  --fixtures DIR      where --record writes fixtures (default ./simulator-fixtures)
  --replay DIR        answer the vendors DIR has fixtures for from them only
  -h, --help          show this help`,
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      host: { type: 'string' },
      'no-rate-limits': { type: 'boolean' },
      record: { type: 'string', multiple: true },
      fixtures: { type: 'string' },
      replay: { type: 'string' },
      help,
    },
    run: simulator,
  },
  sync: {
    summary: 'Pull vendor history into the store (incremental; resumes where it stopped)',
    usage: SYNC_USAGE,
    options: { vendor: { type: 'string' }, product: { type: 'string' }, id: { type: 'string' }, since: { type: 'string' }, full: { type: 'boolean' }, wait: { type: 'boolean' }, help },
    run: syncCommand,
  },
  backup: {
    summary: "Save a backup of a vendor appliance's configuration (switchboard backup bomgar)",
    usage: BACKUP_USAGE,
    options: { help },
    positionals: true,
    run: backupCommand,
  },
  schema: {
    summary: 'Print the GraphQL schema (SDL)',
    usage: `switchboard schema

Prints the gateway's schema in GraphQL SDL, as committed in schema.graphql.

Options:
  -h, --help show this help`,
    options: { help },
    run: async () => {
      const { printSchemaSdl } = await import('../schema/print.js');
      process.stdout.write(printSchemaSdl());
    },
  },
};

const overview = `Usage: switchboard <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Every command but schema takes --config FILE: a YAML or JSON file of settings (as SWITCHBOARD_CONFIG;
environment variables override it). In development a .env file in the working directory is read too.
Run 'switchboard <command> --help' for a command's options, 'switchboard --version' for the version.`;

/**
 * Where a command's settings come from besides the environment: `--config FILE` (over SWITCHBOARD_CONFIG) and,
 * in development, `.env` (never over a variable already set). server/config.ts reads the rest.
 */
function prepareEnvironment(configFile: string | boolean | undefined): void {
  if (typeof configFile === 'string') process.env['SWITCHBOARD_CONFIG'] = configFile;
  Object.assign(process.env, envFileAdditions(process.env));
}

/** Options given as flags override the environment they shadow. */
function envWith(overrides: Record<string, string | boolean | undefined>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [name, value] of Object.entries(overrides)) if (typeof value === 'string') env[name] = value;
  return env;
}

async function serve(values: Record<string, string | boolean | undefined>): Promise<void> {
  const [{ loadConfig }, { embedSimulatorWhereUnconfigured }, { heldLogDestination }] = await Promise.all([
    import('./config.js'),
    import('./embedded-simulator.js'),
    import('./held-log-destination.js'),
  ]);
  const config = loadConfig(envWith({ PORT: values['port'], HOST: values['host'] }), { serving: true });
  printWarnings('serve', config.warnings);
  // The banner comes first on stdout: what is logged while starting waits for it (test/serve-banner.test.ts).
  const log = heldLogDestination();
  const opened: (() => Promise<void>)[] = [];
  let logger: Logger | undefined;
  const closeAll = async () => {
    for (const close of opened.reverse()) await close();
  };
  try {
    const simulator = await startupStep('SIMULATOR_PORT', () => embedSimulatorWhereUnconfigured(config));
    if (simulator) opened.push(simulator.close);
    const [{ buildApp }, { listen }] = await Promise.all([import('./app.js'), import('./listen.js')]);
    const app = await startupStep('DATABASE_URL', () => buildApp(config, { logDestination: log.destination }));
    opened.push(app.close);
    logger = app.logger;
    const http = await startupStep('PORT', () => listen(app, { port: config.port, host: config.host }));
    opened.push(http.close);
    // The simulated Ameyo pushes its calls to this gateway's /webhooks/ameyo.
    if (simulator) await simulator.connectAmeyo(http.url);
    // Live-status pushes: the simulated Bomgar and GoToAssist push here; GoToWebinar through GoTo's webhook API.
    if (simulator) await simulator.connectLive(http.url);
    // Retried with backoff while GoTo fails (its state is in /ready).
    await app.webinarWebhooks.start(config.live.publicUrl ?? (simulator?.vendors.includes('goto') ? http.url : undefined));

    const lines = [`Switchboard gateway: ${http.url}/graphql`];
    // The key rides in the fragment, which browsers never send: the page keeps it in sessionStorage.
    if (app.devKeys) {
      lines.push(`Live dashboard:     ${http.url}/dashboard#key=${app.devKeys.viewer} (viewer)`);
      // Alerts are for managers: the viewer's page says so instead of showing them.
      lines.push(`  with alerts:      ${http.url}/dashboard#key=${app.devKeys.manager} (manager)`);
    } else lines.push(`Live dashboard:     ${http.url}/dashboard (sign in with an API key)`);
    if (simulator) lines.push(`Simulator:          ${simulator.url} (serving ${simulator.vendors.join(', ')})`);
    if (config.enabledVendors.length < VENDOR_FAMILIES.length) {
      const ignored = config.ignoredVariables.length > 0 ? `; ignoring ${config.ignoredVariables.join(', ')}` : '';
      lines.push(`Vendors:            ${config.enabledVendors.join(', ')} only (SWITCHBOARD_VENDORS${ignored})`);
    }
    lines.push(`Store:              ${withoutPassword(config.databaseUrl)}`);
    if (app.devKeys) {
      lines.push('', 'Dev API keys (send as Authorization: Bearer <key>; GraphiQL has the admin key filled in):');
      for (const [role, key] of Object.entries(app.devKeys)) lines.push(`  ${role.padEnd(8)} ${key}`);
      lines.push(...actingAs(Object.keys(app.devKeys), config.agentEmails, simulator?.agents ?? {}));
    }
    console.log(lines.join('\n'));
    log.release();
  } catch (error) {
    log.release();
    await closeAll();
    throw error;
  }
  onShutdown(closeAll, logger);
}

/**
 * Who each dev key acts as for the agent features (dial, screen-pop, sign-on): `agent key — acts as
 * Avery Agent <agent@switchboard.test>`, by SWITCHBOARD_AGENT_EMAILS (the name when the simulator's
 * people are used); a role it does not list acts as nobody.
 */
function actingAs(roles: string[], emails: ReadonlyMap<string, string>, people: Partial<Record<string, { name: string; email: string }>>): string[] {
  const lines = roles.flatMap((role) => {
    const email = emails.get(role);
    if (!email) return [];
    const name = people[role]?.email === email ? `${people[role].name} ` : '';
    return [`  ${`${role} key`.padEnd(12)} — acts as ${name}<${email}>`];
  });
  return lines.length > 0 ? ['', 'Who the keys act as (SWITCHBOARD_AGENT_EMAILS):', ...lines] : [];
}

/** Settings that look like ours but are not (a misspelt ZENDESK_URL would otherwise fall back to the simulator unseen). */
function printWarnings(command: string, warnings: readonly string[]): void {
  for (const warning of warnings) console.error(`switchboard ${command}: warning: ${warning}`);
}

/**
 * Runs one start-up step and turns the failures a user can fix (a port in use, a database
 * that does not answer) into a configuration error naming the variable to change.
 */
async function startupStep<T>(variable: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new ConfigError([{ variable, message: `cannot listen there (${code}); choose another port` }]);
    }
    if (variable === 'DATABASE_URL') {
      throw new ConfigError([{ variable, message: `the store could not be opened: ${withoutPassword((error as Error).message)}` }]);
    }
    throw error;
  }
}

/** A database URL (or a message quoting one) with any password replaced, for printing. */
function withoutPassword(text: string): string {
  return text.replace(/(\w+:\/\/[^:/@\s]+):[^@\s]*@/g, '$1:***@');
}

async function simulator(values: Record<string, string | boolean | undefined>): Promise<void> {
  const [{ loadConfig }, { startSimulator }, modes] = await Promise.all([import('./config.js'), import('../simulator/server.js'), import('./simulator-modes.js')]);
  // --record's URLs stand in for the vendors' own (ZENDESK_URL, ...), so the configuration reads their credentials.
  const flags = { record: (values['record'] as unknown as string[] | undefined) ?? [], fixtures: values['fixtures'] as string | undefined, replay: values['replay'] as string | undefined, noRateLimits: values['no-rate-limits'] === true };
  const config = loadConfig(envWith({ SIMULATOR_PORT: values['port'], SIMULATOR_SEED: values['seed'], HOST: values['host'], ...modes.recordEnv(modes.recordUrls(flags.record)) }));
  printWarnings('simulator', config.warnings);
  const options = await modes.simulatorModes(flags, config);
  const running = await startSimulator({ port: config.simulator.port, host: config.host, seed: config.simulator.seed, ...options });
  const lines = [`Switchboard simulator: ${running.url} (seed ${config.simulator.seed}); admin API at ${running.url}/_sim, status page at ${running.url}/`];
  if (options.rateLimits === false) lines.push('Rate limits: off');
  for (const [vendor, target] of Object.entries(options.record ?? {})) lines.push(`Recording ${vendor}: ${target.url} -> ${options.fixturesDir}`);
  if (options.replay !== undefined) lines.push(`Replaying: ${options.replay}`);
  console.log(lines.join('\n'));
  onShutdown(running.close);
}

/**
 * On SIGINT/SIGTERM: closes everything (the gateway: drain, stop accepting, WebSockets 1001,
 * in-flight requests within SHUTDOWN_GRACE_MS, app closers, store), then exits 0; a second
 * signal exits at once with 1.
 */
function onShutdown(close: () => Promise<void>, logger?: Logger): void {
  let closing = false;
  const stop = (signal: string) => {
    if (closing) process.exit(1);
    closing = true;
    if (logger) logger.info({ signal }, 'shutting down');
    else console.log(`\n${signal}: shutting down`);
    const started = performance.now();
    close().then(
      () => {
        logger?.info({ ms: Math.round(performance.now() - started) }, 'shut down');
        // The log is written asynchronously: flush it before exiting.
        if (logger) logger.flush(() => process.exit(0));
        else process.exit(0);
      },
      (error: unknown) => {
        if (logger) logger.error({ err: error }, 'shutdown failed');
        else console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    console.log((JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`switchboard: unknown command '${name}'\n\n${overview}`);
    return 2;
  }
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const options = name === 'schema' ? command.options : { ...command.options, config: { type: 'string' as const } };
    const parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: command.positionals === true });
    values = parsed.values as Record<string, string | boolean | undefined>;
    positionals = parsed.positionals;
  } catch (error) {
    console.error(`switchboard ${name}: ${(error as Error).message}\n\n${command.usage}`);
    return 2;
  }
  if (values['help']) {
    console.log(command.usage);
    return 0;
  }
  if (name !== 'schema') prepareEnvironment(values['config']);
  try {
    await command.run(values, positionals);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`switchboard ${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

const code = await main(process.argv.slice(2));
// Long-running commands keep the event loop alive; the others exit with their code.
if (code !== 0) process.exit(code);
