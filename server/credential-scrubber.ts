import { GraphQLError } from 'graphql';

/** Replaces every configured credential in a text with `[redacted]`. */
export type CredentialScrubber = (text: string) => string;

/** Shorter values are not scrubbed: they would mangle ordinary words (and no credential is this short). */
const MIN_CREDENTIAL_LENGTH = 8;

/** Variables whose values are credentials: vendor secrets, passwords and tokens, signing secrets, API keys. */
const CREDENTIAL_VARIABLE = /(SECRET|PASSWORD|TOKEN)$|^SWITCHBOARD_API_KEYS$/;

/** True for a variable whose whole value is a credential (never echoed); DATABASE_URL and REDIS_URL only carry one inside. */
export function isCredentialVariable(variable: string): boolean {
  return CREDENTIAL_VARIABLE.test(variable);
}

/**
 * Every credential an environment configures: the values of secret-named variables (each
 * `key` of SWITCHBOARD_API_KEYS' `key:role` list), and the passwords inside DATABASE_URL and
 * REDIS_URL. Whatever vendor, log line or answer quotes one of them, the scrubber removes it.
 */
export function credentialsIn(env: Readonly<Record<string, string | undefined>>): string[] {
  const found: string[] = [];
  for (const [variable, value] of Object.entries(env)) {
    if (!value) continue;
    if (variable === 'SWITCHBOARD_API_KEYS') found.push(...value.split(',').map((entry) => entry.trim().split(':')[0]!.trim()));
    else if (isCredentialVariable(variable)) found.push(value);
    else if (variable === 'DATABASE_URL' || variable === 'REDIS_URL') found.push(urlPassword(value));
  }
  return [...new Set(found.filter((credential) => credential.length >= MIN_CREDENTIAL_LENGTH))];
}

function urlPassword(value: string): string {
  try {
    return decodeURIComponent(new URL(value).password);
  } catch {
    return '';
  }
}

/**
 * One scrubber over every configured credential, as it appears in plain text and inside a
 * JSON string (escaped), longest first so a credential containing another goes whole.
 */
export function createCredentialScrubber(credentials: readonly string[]): CredentialScrubber {
  const forms = new Set<string>();
  for (const credential of credentials) {
    if (credential.length < MIN_CREDENTIAL_LENGTH) continue;
    forms.add(credential);
    forms.add(JSON.stringify(credential).slice(1, -1));
    forms.add(encodeURIComponent(credential));
  }
  if (forms.size === 0) return (text) => text;
  const pattern = new RegExp([...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  return (text) => (text.length < MIN_CREDENTIAL_LENGTH ? text : text.replace(pattern, '[redacted]'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Wraps yoga's error masker so no answer's error (message or extensions) carries a configured
 * credential: a vendor may echo another vendor's secret, and an error message may quote input.
 */
export function scrubbingMasker<Masker extends (error: unknown, message: string, isDev?: boolean) => Error>(masker: Masker, credentials: readonly string[]): Masker {
  if (credentials.length === 0) return masker;
  const scrub = createCredentialScrubber(credentials);
  return ((error: unknown, message: string, isDev?: boolean) => {
    const masked = masker(error, message, isDev);
    if (!(masked instanceof GraphQLError)) return masked;
    const extensions = JSON.stringify(masked.extensions ?? {});
    const [cleanMessage, cleanExtensions] = [scrub(masked.message), scrub(extensions)];
    if (cleanMessage === masked.message && cleanExtensions === extensions) return masked;
    return new GraphQLError(cleanMessage, {
      nodes: masked.nodes,
      source: masked.source,
      positions: masked.positions,
      path: masked.path,
      extensions: JSON.parse(cleanExtensions) as Record<string, unknown>,
    });
  }) as Masker;
}
