import type { z } from 'zod';
import { isCredentialVariable } from '../credential-scrubber.js';

/** The part of a zod schema (or check) the wording reads. */
interface SchemaParts {
  _zod?: { def?: { type?: string; protocol?: RegExp; checks?: SchemaParts[]; check?: string; format?: string; value?: unknown; inclusive?: boolean } };
}

/**
 * Zod's issues about a setting in our words (`must be a whole number from 0 to 65535` for
 * `Invalid input: expected number, received NaN`). Messages a schema states itself win over these;
 * what is not covered keeps zod's. Passed to `safeParse` as its `error`.
 */
export const issueInOurWords: z.core.$ZodErrorMap = (issue) => {
  const def = (issue as { schema?: SchemaParts }).schema?._zod?.def;
  if (def?.type === 'number') return `must be ${numberDescription(def.checks ?? [])}`;
  if (issue.code === 'invalid_value' && 'values' in issue) return `must be one of ${(issue.values as unknown[]).map(String).join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
  if (issue.code === 'invalid_format' && issue.format === 'url') return `must be ${urlDescription(def?.protocol)}`;
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'string' ? 'text' : issue.expected}`;
  return undefined;
};

/** `a whole number from 0 to 65535`, `a whole number of at least 1`, `a number above 0`, from the schema's checks. */
function numberDescription(checks: readonly SchemaParts[]): string {
  let whole = false;
  let least: string | undefined;
  let most: string | undefined;
  for (const check of checks) {
    const { check: kind, format, value, inclusive } = check._zod?.def ?? {};
    if (kind === 'number_format' && (format === 'safeint' || format === 'int32')) whole = true;
    // An exclusive bound on a whole number is the next one in: positive() is "at least 1".
    if (kind === 'greater_than') least = inclusive || !whole ? `${inclusive ? '' : 'above '}${Number(value)}` : String(Number(value) + 1);
    if (kind === 'less_than') most = inclusive || !whole ? `${inclusive ? '' : 'below '}${Number(value)}` : String(Number(value) - 1);
  }
  const kind = whole ? 'a whole number' : 'a number';
  if (least !== undefined && most !== undefined && !least.includes(' ') && !most.includes(' ')) return `${kind} from ${least} to ${most}`;
  const parts = [least && (least.includes(' ') ? least : `at least ${least}`), most && (most.includes(' ') ? most : `at most ${most}`)].filter(Boolean);
  return parts.length > 0 ? `${kind}, ${parts.join(' and ')}` : kind;
}

/** `an http:// or https:// URL` from the schema's protocol pattern. */
function urlDescription(protocol: RegExp | undefined): string {
  const schemes = ['http', 'https', 'redis', 'rediss', 'postgres', 'postgresql'].filter((scheme) => protocol?.test(scheme));
  if (schemes.length === 0) return 'a URL';
  const listed = schemes.map((scheme) => `${scheme}://`);
  return `${/^(h|[aeiou])/.test(schemes[0]!) ? 'an' : 'a'} ${listed.length > 1 ? `${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}` : listed[0]} URL`;
}

/** Longest value quoted back; longer ones are cut. */
const MAX_ECHO = 80;

/**
 * An issue's message with the value that was refused (`... (got "eighty")`), unless it is a secret (the
 * variables server/credential-scrubber.ts treats as credentials) or already quoted; a URL's password is masked.
 * `source`: the file the value came from, said too (`(got "eighty" in switchboard.config.yaml)`).
 */
export function withValue(variable: string, message: string, value: string | undefined, source?: string): string {
  const where = source === undefined ? '' : ` in ${source}`;
  if (value === undefined || isCredentialVariable(variable) || message.includes(value)) return where ? `${message} (${where.trim()})` : message;
  const shown = value.replace(/(\w+:\/\/[^:/@\s]*):[^@\s]*@/g, '$1:***@');
  return `${message} (got ${JSON.stringify(shown.length > MAX_ECHO ? `${shown.slice(0, MAX_ECHO)}…` : shown)}${where})`;
}
