/**
 * Credential redaction for everything the simulator shows or writes about a request: the journal,
 * recorded fixtures and the `/` page. Name-based (a header, form field, query parameter or JSON key
 * whose name says it holds a secret), plus bearer JWTs wherever they appear. It works on text, so a
 * body cut at the journal's size cap is still redacted. Like the rest of simulator/, it shares no
 * code with the gateway's own scrubber (server/credential-scrubber.ts).
 */

export const REDACTED = '[redacted]';

/** A JSON key, form field or query parameter whose value is a credential. */
const SECRET_NAME = /^pass$|passw|pwd|secret|token|api[-_]?key|authori[sz]ation|assertion|credential|^jwt$|^signature$/i;
/**
 * Names that are credentials only as a form field or query parameter (an OAuth `code`, Ameyo's
 * `sessionId`): in JSON bodies the same names are ordinary record fields (GoToAssist's `sessionId`, error codes).
 */
const SECRET_PARAMETER = /^code$|^session[-_]?id$/i;
/** Headers whose whole value is a credential (Authorization keeps its scheme). */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|api-?key|password|^session-?id$|signature/i;
/** A JSON member with a secret-named key and a string value: `"access_token": "…"`. */
const JSON_SECRET_MEMBER = /("([^"\\]*)"\s*:\s*)"(?:[^"\\]|\\.)*"?/g;
/** A compact JWT anywhere in a text. */
const JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;

/** Whether a field name says its value is a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** Headers with credential values replaced (`Authorization: Basic [redacted]`); a new object. */
export function redactHeaders(headers: Readonly<Record<string, string | string[] | number | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    if (!SECRET_HEADER.test(name)) out[name] = text.replace(JWT, REDACTED);
    else if (/authorization$/i.test(name)) out[name] = text.replace(/^(\S+\s+)?.*$/s, (_all, scheme: string | undefined) => `${scheme ?? ''}${REDACTED}`);
    else out[name] = REDACTED;
  }
  return out;
}

/**
 * A query string (or url-encoded form) with each parameter's decoded value passed through `replace`;
 * parameters it leaves as they were keep their bytes (their encoding untouched).
 */
export function mapParameters(query: string, replace: (name: string, value: string) => string): string {
  if (query === '') return query;
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) return pair;
      const value = safeDecode(pair.slice(eq + 1));
      const replaced = replace(safeDecode(pair.slice(0, eq)), value);
      return replaced === value ? pair : `${pair.slice(0, eq)}=${encodeURIComponent(replaced)}`;
    })
    .join('&');
}

/** A query string (or url-encoded form) with secret-named parameters replaced, still encoded; other values keep their bytes. */
export function redactQuery(query: string): string {
  // A form value can itself be JSON (Ameyo's `data={"userId","password"}`).
  return mapParameters(query, (name, value) => (isSecretName(name) || SECRET_PARAMETER.test(name) ? REDACTED : redactText(value)));
}

/** A JSON (or JSON-ish, possibly truncated) text with secret-named string members and JWTs replaced. */
export function redactText(text: string): string {
  return text
    .replace(JSON_SECRET_MEMBER, (member: string, head: string, key: string) => (isSecretName(key) ? `${head}"${REDACTED}"` : member))
    .replace(JWT, REDACTED);
}

/** A body by its content type: url-encoded forms field by field, anything else as text. */
export function redactBody(contentType: string | undefined, text: string): string {
  if (text === '') return text;
  if ((contentType ?? '').toLowerCase().includes('x-www-form-urlencoded')) return redactQuery(text);
  return redactText(text);
}

/** A percent-encoded (form: `+` for space) text decoded, or as it is when it is not valid encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
