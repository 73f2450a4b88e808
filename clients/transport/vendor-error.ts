/** What a vendor said in an error body, in the vendor's own words. */
export interface VendorErrorInfo {
  message?: string;
  code?: string;
  details?: Record<string, string[]>;
}

const MESSAGE_KEYS = ['description', 'message', 'msg', 'error_description', 'errorMessage', 'error'] as const;
const CODE_KEYS = ['error', 'code', 'int_err_code', 'errorCode'] as const;

/** Longest plain-text body kept as a vendor message; longer bodies are pages, not messages. */
const MAX_TEXT_MESSAGE = 300;

function stringAt(body: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = body[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

/**
 * Generic decoder for JSON error bodies: the message is the first of `description`, `message`,
 * `msg`, `error_description`, `errorMessage`, `error`; the code the first string among
 * `error`, `code`, `int_err_code`, `errorCode` (when it is not the message itself).
 * A short non-HTML text body becomes the message. Vendor clients pass their own decoder
 * when their bodies carry more (e.g. Zendesk's per-field `details`).
 */
export function defaultVendorErrorDecoder(_status: number, body: unknown, text: string): VendorErrorInfo {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const message = stringAt(record, MESSAGE_KEYS);
    const code = stringAt(record, CODE_KEYS);
    const info: VendorErrorInfo = {};
    if (message !== undefined) info.message = message;
    if (code !== undefined && code !== message) info.code = code;
    return info;
  }
  const trimmed = text.trim();
  if (trimmed !== '' && trimmed.length <= MAX_TEXT_MESSAGE && !trimmed.startsWith('<')) return { message: trimmed };
  return {};
}
