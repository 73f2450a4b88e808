import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import { currentRequest } from '../resolvers/request-scope.js';
import { createCredentialScrubber, type CredentialScrubber } from './credential-scrubber.js';

export type { Logger } from 'pino';

/** What the logger needs from `Config`. */
export interface LoggerConfig {
  env: 'development' | 'production' | 'test';
  /** LOG_LEVEL; unset means `info`, or `silent` under NODE_ENV=test (tests opt in by setting it). */
  logLevel?: Level | 'silent' | undefined;
  /** Every configured credential: no log line carries one, whatever path it took into the line. Default none. */
  credentials?: readonly string[];
}

export interface LoggerOptions {
  /** Where JSON lines go; default stdout. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
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
        if (!scope || 'requestId' in logger.bindings()) return {};
        return { requestId: scope.requestId };
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
    scrubbing(options.destination ?? pino.destination({ sync: false }), config.credentials ?? []),
  );
  // pino applies formatters.bindings to the root only: children (which inherit this) redact theirs here.
  const child = logger.child;
  logger.child = function redactedChild(this: Logger, bindings, childOptions) {
    return child.call(this, redact(bindings) as typeof bindings, childOptions);
  } as Logger['child'];
  return logger;
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
  const flushable = destination as DestinationStream & { flush?: (callback?: (error?: Error) => void) => void; flushSync?: () => void };
  return {
    write: (line: string) => destination.write(scrub(line)),
    ...(flushable.flush && { flush: (callback?: (error?: Error) => void) => flushable.flush!(callback) }),
    ...(flushable.flushSync && { flushSync: () => flushable.flushSync!() }),
  } as DestinationStream;
}
