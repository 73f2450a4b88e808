import { compileGlob } from '../glob.js';

/**
 * Credentials the recorder puts on requests it forwards to a real vendor, in place of the caller's
 * (the caller talks to the simulator with the simulator's credentials). Rules apply in order to the
 * requests whose vendor-relative path matches `path` (a glob; omitted: every request).
 */
export interface CredentialRule {
  path?: string;
  /** Headers set on the forwarded request (e.g. `authorization`). */
  headers?: Record<string, string>;
  /** Fields replaced, where the url-encoded body has them (an OAuth token request's `refresh_token`, `client_secret`). */
  formFields?: Record<string, string>;
  /** Top-level members replaced (or added) in a JSON object body. */
  jsonFields?: Record<string, string>;
}

/** One vendor in record mode. */
export interface RecordTarget {
  /** The real vendor's base URL, e.g. `https://acme.zendesk.com` (the vendor's base path is replaced by it). */
  url: string;
  /** How the configured credentials go on forwarded requests; default none (the caller's own go through). */
  credentials?: CredentialRule[];
  /** Credential values never to appear in a fixture, wherever the vendor echoes them (besides the name-based redaction). */
  secrets?: string[];
}

/** A forwarded request's headers and body once the rules that match its path have applied. */
export function applyCredentials(
  rules: readonly CredentialRule[],
  path: string,
  headers: Record<string, string>,
  contentType: string,
  body: Buffer,
): { headers: Record<string, string>; body: Buffer } {
  let out = body;
  const sent = { ...headers };
  for (const rule of rules) {
    if (rule.path !== undefined && !compileGlob(rule.path)(path)) continue;
    for (const [name, value] of Object.entries(rule.headers ?? {})) sent[name.toLowerCase()] = value;
    if (rule.formFields && contentType.includes('x-www-form-urlencoded')) {
      const form = new URLSearchParams(out.toString('utf8'));
      for (const [name, value] of Object.entries(rule.formFields)) if (form.has(name)) form.set(name, value);
      out = Buffer.from(form.toString());
    }
    if (rule.jsonFields && contentType.includes('json')) {
      try {
        const json = JSON.parse(out.toString('utf8')) as unknown;
        if (json !== null && typeof json === 'object' && !Array.isArray(json)) out = Buffer.from(JSON.stringify({ ...json, ...rule.jsonFields }));
      } catch {
        // Not JSON: forwarded as it came.
      }
    }
  }
  return { headers: sent, body: out };
}
