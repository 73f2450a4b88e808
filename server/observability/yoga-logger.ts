import { GraphQLError } from 'graphql';
import type { YogaLogger } from 'graphql-yoga';
import { isExpectedError } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Yoga's own log calls, on the gateway's pino logger (so they are JSON, redacted and carry
 * the request id). Yoga logs, at error, every error it masked; errors the gateway expected
 * (typed upstream, input, not-found errors, which the masker already reported) go to debug,
 * as are requests the caller abandoned, so `error` stays for what an operator must look at:
 * bugs, with their stack.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const log = logger.child({ component: 'yoga' });
  return {
    debug: (...args: unknown[]) => write(log, 'debug', args),
    info: (...args: unknown[]) => write(log, 'info', args),
    warn: (...args: unknown[]) => write(log, 'warn', args),
    error: (...args: unknown[]) => write(log, isExpectedError(args[0]) || isAbort(args[0]) ? 'debug' : 'error', args),
  };
}

function write(log: Logger, level: 'debug' | 'info' | 'warn' | 'error', args: unknown[]): void {
  // Yoga logs a few debug lines per request: below the level, build none of them.
  if (!log.isLevelEnabled(level)) return;
  const [first, ...rest] = args;
  if (first instanceof Error) log[level]({ err: originalOf(first) }, first.message);
  else log[level](rest.length > 0 ? `${String(first)} ${rest.map(String).join(' ')}` : String(first));
}

/** The caller went away mid-request: nothing for an operator to fix. */
function isAbort(value: unknown): boolean {
  return value instanceof Error && originalOf(value).name === 'AbortError';
}

function originalOf(error: Error): Error {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}
