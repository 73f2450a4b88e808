import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import { currentRequest } from '../resolvers/request-scope.js';
import { createCredentialScrubber, type CredentialScrubber } from './credential-scrubber.js';
import { activeTraceIds } from './observability/tracing/trace-ids.js';
import { mappedLogDestination } from './mapped-log-destination.js';
import { prettyLogDestination } from './pretty-log-destination.js';

export type { Logger } from 'pino';

/** What the logger needs from `Config`. */
export interface LoggerConfig {
  env: 'development' | 'production' | 'test';
  /** LOG_LEVEL; unset means `info`, or `silent` under NODE_ENV=test (tests opt in by setting it). */
  logLevel?: Level | 'silent' | undefined;
  /** Every configured credential: no log line carries one, whatever path it took into the line. Default none. */
  credentials?: readonly string[];
  /** Tracing on (`Config.tracing` set): a line logged inside a span carries its `traceId` and `spanId`. Default off. */
  tracing?: object | null;
  /**
   * LOG_FORMAT: `json` (one JSON object a line), `pretty` (pino-pretty's readable lines; development and
   * test only), or `auto` (the default): pretty in development when stdout is a terminal, JSON otherwise.
   */
  logFormat?: LogFormat;
}

export type LogFormat = 'auto' | 'json' | 'pretty';

export interface LoggerOptions {
  /** Where JSON lines go; default stdout. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
  /** Whether the lines end up on a terminal (LOG_FORMAT=auto prints them pretty there); default `process.stdout.isTTY`. */
  terminal?: boolean;
}

/** The value that replaces a credential. */
export const REDACTED = '[redacted]';

/**
 * Keys whose values are credentials, wherever they sit in a log object: headers
 * (`authorization`, `cookie`, `x-api-key`), OAuth fields (`access_token`, `refreshToken`,
 * `client_secret`), passwords, API keys, signing secrets.
 */
const CREDENTIAL_KEY = /authorization|cookie|token|passw(or)?d|secret|api[-_]?key|^(key|credentials?|signature)$/i;

/** Credentials inside text: `?token=…` query parameters, `Bearer …` / `Basic …` header values. */
const CREDENTIAL_IN_TEXT = /([?&](?:[\w-]*(?:token|secret|password|api_?key|signature))=)[^&\s"']+|\b(Bearer|Basic)\s+[\w\-.~+/=]+/gi;

/** Deep enough for any sane log object; deeper values are dropped rather than walked forever. */
const MAX_DEPTH = 8;

/**
 * The gateway's logger: JSON lines (pino), with credentials redacted at any depth so a
 * careless `log.info({ headers })` or `{ config }` cannot leak one.
 */
export function createLogger(config: LoggerConfig, options: LoggerOptions = {}): Logger {
  const level = config.logLevel ?? (config.env === 'test' ? 'silent' : 'info');
  const logger = pino(
    {
      level,
      base: { service: 'switchboard' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Every line logged while serving a request carries its id, whoever logs it (unless bound already).
      mixin(_object, _level, logger) {
        const scope = currentRequest();
        const request = scope && !('requestId' in logger.bindings()) ? { requestId: scope.requestId } : undefined;
        // With tracing on, the active span's ids too, so a trace finds its log lines and a line its trace.
        const span = config.tracing ? activeTraceIds() : undefined;
        return span ? { ...request, ...span } : (request ?? {});
      },
      formatters: {
        // Level names read better than numbers in JSON log tools.
        level: (label) => ({ level: label }),
        log: (object) => redact(object, 0) as Record<string, unknown>,
        bindings: (bindings) => redact(bindings, 0) as Record<string, unknown>,
      },
      // Errors are serialised by `redact` (formatters.log runs before pino's serializers), so none here.
      serializers: { err: (value: unknown) => value },
      hooks: {
        // The message text too: `log.warn(\`calling ${url}\`)` must not carry a token.
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    scrubbing(readable(config, options), config.credentials ?? []),
  );
  // pino applies formatters.bindings to the root only: children (which inherit this) redact theirs here.
  const child = logger.child;
  logger.child = function redactedChild(this: Logger, bindings, childOptions) {
    return child.call(this, redact(bindings) as typeof bindings, childOptions);
  } as Logger['child'];
  return logger;
}

/**
 * Whether lines are printed by pino-pretty: never in production (log collectors read JSON) nor with
 * LOG_FORMAT=json; with LOG_FORMAT=pretty elsewhere; by default in development on a terminal.
 */
export function prettyLogs(config: Pick<LoggerConfig, 'env' | 'logFormat'>, terminal: boolean): boolean {
  if (config.env === 'production') return false;
  const format = config.logFormat ?? 'auto';
  return format === 'pretty' || (format === 'auto' && config.env === 'development' && terminal);
}

/** Where the lines go: the destination, through pino-pretty (loaded only then) when `prettyLogs` says so. */
function readable(config: LoggerConfig, options: LoggerOptions): DestinationStream {
  const destination = options.destination ?? pino.destination({ sync: false });
  const terminal = options.terminal ?? process.stdout.isTTY === true;
  if (!prettyLogs(config, terminal)) return destination;
  return prettyLogDestination(destination, terminal);
}

/** A copy of `value` with every credential-named key's value replaced by `REDACTED`. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (value instanceof Error) return redactError(value, depth);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Headers) return redact(Object.fromEntries(value.entries()), depth);
  if (value instanceof Map) return redact(Object.fromEntries(value.entries()), depth);
  if (value instanceof URL) return redactText(value.href);
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = CREDENTIAL_KEY.test(key) && inner !== undefined && inner !== null ? REDACTED : redact(inner, depth + 1);
  }
  return out;
}

/** Errors keep type, message and stack (logs are for operators) but lose credential-named own fields. */
function redactError(error: Error, depth: number): unknown {
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  return redact(serialized, depth);
}

/** `text` with credentials it quotes (query parameters, authorization values) replaced. */
export function redactText(text: string): string {
  return text.replace(CREDENTIAL_IN_TEXT, (_match, parameter: string | undefined, scheme: string | undefined) =>
    parameter ? `${parameter}${REDACTED}` : `${scheme} ${REDACTED}`,
  );
}

/**
 * The destination, seeing every finished line scrubbed of the configured credentials: the key-
 * and pattern-based redaction above cannot know a vendor's password quoted in a message.
 */
function scrubbing(destination: DestinationStream, credentials: readonly string[]): DestinationStream {
  if (credentials.length === 0) return destination;
  const scrub: CredentialScrubber = createCredentialScrubber(credentials);
  return mappedLogDestination(destination, scrub);
}
