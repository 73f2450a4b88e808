import { createHmac, randomBytes } from 'node:crypto';
import { mapParameters, redactBody, redactHeaders, redactQuery, REDACTED, safeDecode } from '../redact.js';

/** JSON keys, XML elements, form fields and query parameters that hold a person's name. */
const NAME_KEY = /^(name|first_?name|last_?name|full_?name|display_?name|public_display_name|private_display_name|customer_?name|user_?name|username|organizer_?name|agent_?name|rep_?name|requester_?name|registrant_?name|caller_?name|contact_?name)$/i;
/** …a phone number. */
const PHONE_KEY = /phone|mobile|^(src|dst)_?phone$|^msisdn$|^cli$/i;
/** …an email address (also caught anywhere by {@link EMAIL}). */
const EMAIL_KEY = /e-?mail(_?id|_?address)?$/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** A JSON member with a string value: key in group 2, value in group 3. */
const JSON_MEMBER = /("([^"\\]*)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g;
/** A leaf XML element: name in group 1, text in group 3. */
const XML_ELEMENT = /<([A-Za-z_][\w.-]*)((?:\s[^>]*)?)>([^<]*)<\/\1>/g;

/**
 * Scrubs what record mode writes: credentials (name-based redaction, plus the configured secrets
 * wherever they appear) and personal data (emails, phone numbers and people's names replaced by
 * pseudonyms). A pseudonym is an HMAC of the value under a key made for this recording and never
 * stored, so the same person gets the same pseudonym in every fixture of a recording (a ticket's
 * requester email matches the user's) while the real value cannot be recovered. Ids are kept as they are.
 */
export class FixtureScrubber {
  readonly #key: Buffer;
  readonly #secrets: string[];

  /** @param secrets configured credential values to remove wherever they appear (shorter than 6 characters are ignored) */
  constructor(secrets: readonly string[] = []) {
    this.#key = randomBytes(32);
    const forms = new Set<string>();
    for (const secret of secrets) {
      if (secret.length < 6) continue;
      forms.add(secret);
      forms.add(encodeURIComponent(secret));
      forms.add(JSON.stringify(secret).slice(1, -1));
      forms.add(Buffer.from(secret).toString('base64'));
    }
    this.#secrets = [...forms].sort((a, b) => b.length - a.length);
  }

  headers(headers: Readonly<Record<string, string>>): Record<string, string> {
    const out = redactHeaders(headers);
    for (const [name, value] of Object.entries(out)) out[name] = this.#withoutSecrets(value.replace(EMAIL, (email) => this.#email(email)));
    return out;
  }

  query(query: string): string {
    return this.#withoutSecrets(this.#formFields(redactQuery(query)));
  }

  path(path: string): string {
    const segments = path.replace(/[^/]+/g, (segment) => {
      const decoded = safeDecode(segment);
      const replaced = decoded.replace(EMAIL, (email) => this.#email(email));
      return replaced === decoded ? segment : encodeURIComponent(replaced);
    });
    return this.#withoutSecrets(segments);
  }

  body(contentType: string | undefined, text: string): string {
    if (text === '') return text;
    const type = (contentType ?? '').toLowerCase();
    let out = redactBody(type, text);
    if (type.includes('x-www-form-urlencoded')) out = this.#formFields(out);
    else {
      out = out.replace(JSON_MEMBER, (member: string, head: string, key: string, value: string) => {
        const replaced = this.#byKey(key, value);
        return replaced === undefined ? member : `${head}${JSON.stringify(replaced)}`;
      });
      if (type.includes('xml') || out.trimStart().startsWith('<')) {
        out = out.replace(XML_ELEMENT, (element: string, name: string, attributes: string, value: string) => {
          const replaced = this.#byKey(name, value);
          return replaced === undefined ? element : `<${name}${attributes}>${escapeXml(replaced)}</${name}>`;
        });
      }
    }
    return this.#withoutSecrets(out.replace(EMAIL, (email) => this.#email(email)));
  }

  /** The pseudonym for a value under a personal-data key, or undefined when the key holds none. */
  #byKey(key: string, value: string): string | undefined {
    if (value === '' || value === REDACTED) return undefined;
    if (EMAIL_KEY.test(key)) return this.#email(value);
    if (PHONE_KEY.test(key)) return this.#phone(value);
    if (NAME_KEY.test(key)) return `Person ${this.#hash('name', value.trim().toLowerCase()).slice(0, 8)}`;
    return undefined;
  }

  #formFields(encoded: string): string {
    return mapParameters(encoded, (name, value) => this.#byKey(name, value) ?? value.replace(EMAIL, (email) => this.#email(email)));
  }

  #email(email: string): string {
    return `person-${this.#hash('email', email.toLowerCase()).slice(0, 10)}@example.com`;
  }

  /** A fictional number (+1 555 01xx xxxx style digits) of the same person every time. */
  #phone(phone: string): string {
    const digits = BigInt(`0x${this.#hash('phone', phone.replace(/\D/g, '')).slice(0, 12)}`).toString().padStart(8, '0').slice(-6);
    return `+1555${digits}`;
  }

  #hash(kind: string, value: string): string {
    return createHmac('sha256', this.#key).update(`${kind}:${value}`).digest('hex');
  }

  #withoutSecrets(text: string): string {
    let out = text;
    for (const secret of this.#secrets) out = out.split(secret).join(REDACTED);
    return out;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
