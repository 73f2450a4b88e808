// Each command imports what it needs when it runs (`await import` below): `--help` and `--version` load no
// simulator, store, schema or server, and `simulator` loads no gateway.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../domain/config-error.js';
import { VENDOR_FAMILIES } from '../domain/vendors.js';
import { PACKAGE_ROOT } from './package-root.js';
import { SYNC_USAGE, syncCommand } from './sync-command.js';
import type { Logger } from './logger.js';

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: Record<string, string | boolean | undefined>): Promise<void>;
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
  --port N   listen port (default: PORT or 4000)
  --host H   listen address (default: HOST or 127.0.0.1)
  -h, --help show this help`,
    options: { port: { type: 'string' }, host: { type: 'string' }, help },
    run: serve,
  },
  simulator: {
    summary: 'Run the vendor simulator alone',
    usage: `switchboard simulator [--port N] [--seed N] [--host H]

Serves every simulated vendor under its base path (/zendesk, ...) and the admin API
under /_sim. See simulator/README.md.

Options:
  --port N   listen port (default: SIMULATOR_PORT or 4010)
  --seed N   data seed (default: SIMULATOR_SEED or 42)
  --host H   listen address (default: HOST or 127.0.0.1)
  -h, --help show this help`,
    options: { port: { type: 'string' }, seed: { type: 'string' }, host: { type: 'string' }, help },
    run: simulator,
  },
  sync: {
    summary: 'Pull vendor history into the store (incremental; resumes where it stopped)',
    usage: SYNC_USAGE,
    options: { vendor: { type: 'string' }, since: { type: 'string' }, full: { type: 'boolean' }, help },
    run: syncCommand,
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

Run 'switchboard <command> --help' for a command's options, 'switchboard --version' for the version.`;

/** Options given as flags override the environment they shadow. */
function envWith(overrides: Record<string, string | boolean | undefined>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [name, value] of Object.entries(overrides)) if (typeof value === 'string') env[name] = value;
  return env;
}

async function serve(values: Record<string, string | boolean | undefined>): Promise<void> {
  const [{ loadConfig }, { embedSimulatorWhereUnconfigured }] = await Promise.all([import('./config.js'), import('./embedded-simulator.js')]);
  const config = loadConfig(envWith({ PORT: values['port'], HOST: values['host'] }));
  const opened: (() => Promise<void>)[] = [];
  let logger: Logger | undefined;
  const closeAll = async () => {
    for (const close of opened.reverse()) await close();
  };
  try {
    const simulator = await startupStep('SIMULATOR_PORT', () => embedSimulatorWhereUnconfigured(config));
    if (simulator) opened.push(simulator.close);
    const [{ buildApp }, { listen }] = await Promise.all([import('./app.js'), import('./listen.js')]);
    const app = await startupStep('DATABASE_URL', () => buildApp(config));
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
    lines.push(`Live dashboard:     ${http.url}/dashboard${app.devKeys ? `#key=${app.devKeys.viewer}` : ' (sign in with an API key)'}`);
    if (simulator) lines.push(`Simulator:          ${simulator.url} (serving ${simulator.vendors.join(', ')})`);
    if (config.enabledVendors.length < VENDOR_FAMILIES.length) {
      const ignored = config.ignoredVariables.length > 0 ? `; ignoring ${config.ignoredVariables.join(', ')}` : '';
      lines.push(`Vendors:            ${config.enabledVendors.join(', ')} only (SWITCHBOARD_VENDORS${ignored})`);
    }
    lines.push(`Store:              ${withoutPassword(config.databaseUrl)}`);
    if (app.devKeys) {
      lines.push('', 'Dev API keys (send as Authorization: Bearer <key>; GraphiQL has the admin key filled in):');
      for (const [role, key] of Object.entries(app.devKeys)) lines.push(`  ${role.padEnd(8)} ${key}`);
    }
    console.log(lines.join('\n'));
  } catch (error) {
    await closeAll();
    throw error;
  }
  onShutdown(closeAll, logger);
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
  const [{ loadConfig }, { startSimulator }] = await Promise.all([import('./config.js'), import('../simulator/server.js')]);
  const config = loadConfig(envWith({ SIMULATOR_PORT: values['port'], SIMULATOR_SEED: values['seed'], HOST: values['host'] }));
  const running = await startSimulator({ port: config.simulator.port, host: config.host, seed: config.simulator.seed });
  console.log(`Switchboard simulator: ${running.url} (seed ${config.simulator.seed}); admin API at ${running.url}/_sim`);
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
  try {
    values = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    console.error(`switchboard ${name}: ${(error as Error).message}\n\n${command.usage}`);
    return 2;
  }
  if (values['help']) {
    console.log(command.usage);
    return 0;
  }
  try {
    await command.run(values);
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
