/**
 * A JSON integer of 16 digits or more, as a token: not inside a longer number (no digit, sign,
 * point or exponent right before it), not followed by a fraction or an exponent, and not an
 * unquoted object key (left alone so that invalid JSON stays invalid). Only such a run can
 * exceed 2^53 - 1.
 */
const LONG_INTEGER = /(?<![\d.eE+-])-?\d{16,}(?![\d.eE]|\s*:)/g;

/** True when the quote at `index` is escaped: an odd run of backslashes stands before it. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(index - 1 - backslashes) === 92) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * Returns JSON text in which every integer outside strings that is not a safe JavaScript
 * integer (|n| > 2^53 - 1) is written as a JSON string of its exact digits, so that
 * `JSON.parse` keeps it exact; everything else is the same text. Returns `text` itself when
 * there is nothing to quote.
 *
 * One scan: candidates come from one regular expression, and whether a candidate sits inside a
 * string is known by counting the unescaped quotes before it (outside strings, in JSON, every
 * `"` opens or closes one). On invalid JSON the result is still invalid: `JSON.parse` throws.
 */
export function quoteUnsafeIntegers(text: string): string {
  let out = '';
  let copied = 0;
  let scanned = 0;
  let inString = false;
  LONG_INTEGER.lastIndex = 0;
  for (let match = LONG_INTEGER.exec(text); match !== null; match = LONG_INTEGER.exec(text)) {
    const at = match.index;
    for (let quote = text.indexOf('"', scanned); quote !== -1 && quote < at; quote = text.indexOf('"', quote + 1)) {
      if (!isEscaped(text, quote)) inString = !inString;
    }
    scanned = at;
    const digits = match[0];
    if (inString || Number.isSafeInteger(Number(digits))) continue;
    out += `${text.slice(copied, at)}"${digits}"`;
    copied = at + digits.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
