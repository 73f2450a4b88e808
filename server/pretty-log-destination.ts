import { createRequire } from 'node:module';
import type { DestinationStream } from 'pino';
import { mappedLogDestination } from './mapped-log-destination.js';

/**
 * `destination` seeing each JSON line as pino-pretty prints it (coloured on a terminal): for a
 * developer reading `serve` on a terminal. pino-pretty is loaded here, when asked for, so a
 * production process (which logs JSON) never loads it. It runs in this thread (pino-pretty's
 * `prettyFactory`, not a transport's worker), after the credential scrubbing, and flushes with
 * the destination it writes to.
 */
export function prettyLogDestination(destination: DestinationStream, colorize: boolean): DestinationStream {
  const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty');
  // One line per entry, its fields after the message; `service` is on every line: it says nothing on a terminal.
  const prettify = prettyFactory({ colorize, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
  return mappedLogDestination(destination, prettify);
}
