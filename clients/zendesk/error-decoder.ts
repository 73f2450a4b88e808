import { defaultVendorErrorDecoder, type VendorErrorInfo } from '../transport/index.js';

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * `details: {"subject": [{"description": "Subject: cannot be blank", "error": "BlankValue"}]}`
 * → `{ subject: ["Subject: cannot be blank"] }` (the `error` code stands in for a missing description).
 */
export function mapZendeskDetails(details: unknown): Record<string, string[]> | undefined {
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return undefined;
  const mapped: Record<string, string[]> = {};
  for (const [field, entries] of Object.entries(details as Record<string, unknown>)) {
    const list = Array.isArray(entries) ? entries : [entries];
    const messages = list.flatMap((entry): string[] => {
      if (typeof entry === 'string') return [entry];
      if (entry !== null && typeof entry === 'object') {
        const record = entry as Record<string, unknown>;
        const message = nonEmptyString(record.description) ?? nonEmptyString(record.message) ?? nonEmptyString(record.error);
        return message ? [message] : [];
      }
      return [];
    });
    if (messages.length > 0) mapped[field] = messages;
  }
  return Object.keys(mapped).length > 0 ? mapped : undefined;
}

/**
 * Reads Zendesk's error bodies: `{"error": "RecordInvalid", "description": "...", "details": {...}}`,
 * `{"error": "Couldn't authenticate you"}`, or `{"error": {"title": "...", "message": "..."}}`
 * (some 403s). The account's 429 body is plain text and yields nothing; the incremental exports'
 * 429 is `{"error":"APIRateLimitExceeded","description":...}`.
 */
export function decodeZendeskError(status: number, body: unknown, text: string): VendorErrorInfo {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return defaultVendorErrorDecoder(status, body, text);
  }
  const record = body as Record<string, unknown>;
  const info: VendorErrorInfo = {};
  const error = record.error;
  if (error !== null && typeof error === 'object') {
    const inner = error as Record<string, unknown>;
    const message = nonEmptyString(inner.message) ?? nonEmptyString(inner.title);
    const code = nonEmptyString(inner.title);
    if (message) info.message = message;
    if (code && code !== message) info.code = code;
  } else {
    const description = nonEmptyString(record.description);
    const errorText = nonEmptyString(error);
    // With a description, `error` is a code (RecordInvalid); alone, it is the message.
    if (description) {
      info.message = description;
      if (errorText) info.code = errorText;
    } else if (errorText) {
      info.message = errorText;
    }
  }
  const details = mapZendeskDetails(record.details);
  if (details) info.details = details;
  return info;
}
