/** Header names whose values are credentials. */
const SECRET_HEADER = /authorization|token|secret|api-?key|cookie|session|password/i;

/** Shorter strings are not scrubbed: they would mangle ordinary words. */
const MIN_SECRET_LENGTH = 4;

/**
 * The secret strings one request carries, so anything the vendor echoes back (a message
 * quoting our token, say) can be scrubbed before it reaches an error. For `Basic` we also
 * keep the decoded `user:password` and the password alone; for any scheme the bare token.
 */
export class SecretSet {
  private readonly values = new Set<string>();

  /**
   * @param parent a longer-lived set (the transport's) that also learns every secret added
   *   here and whose secrets are scrubbed too: a call refused before it fetched credentials
   *   (breaker open) is still scrubbed of the credentials earlier calls used.
   * @param capacity how many secrets to keep; the oldest go first (rotating tokens).
   */
  constructor(
    private readonly parent?: SecretSet,
    private readonly capacity = 64,
    /** Always scrubbed, never evicted: every credential the gateway is configured with (any vendor's). */
    private readonly permanent: readonly string[] = [],
  ) {}

  addHeaders(headers: Record<string, string>): this {
    for (const [name, value] of Object.entries(headers)) {
      if (SECRET_HEADER.test(name)) this.addHeaderValue(value);
    }
    return this;
  }

  add(...values: string[]): this {
    for (const value of values) {
      if (value.length < MIN_SECRET_LENGTH) continue;
      this.values.delete(value);
      this.values.add(value);
      if (this.values.size > this.capacity) {
        const oldest = this.values.values().next().value;
        if (oldest !== undefined) this.values.delete(oldest);
      }
    }
    this.parent?.add(...values);
    return this;
  }

  private all(): string[] {
    return [...new Set([...this.values, ...this.permanent, ...(this.parent?.all() ?? [])])];
  }

  private addHeaderValue(value: string): void {
    this.add(value);
    const match = /^(\S+)\s+([\s\S]+)$/.exec(value.trim());
    if (!match) return;
    const [, scheme = '', token = ''] = match;
    this.add(token);
    if (scheme.toLowerCase() === 'basic') {
      const decoded = Buffer.from(token, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      this.add(decoded);
      if (colon >= 0) this.add(decoded.slice(colon + 1));
    }
  }

  /** Replaces every known secret in `text` with `[redacted]`, longest first. */
  scrub(text: string): string {
    let result = text;
    const ordered = this.all().sort((a, b) => b.length - a.length);
    for (const secret of ordered) result = result.split(secret).join('[redacted]');
    return result;
  }

  scrubDetails(details: Record<string, string[]> | undefined): Record<string, string[]> | undefined {
    if (!details) return undefined;
    const clean: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(details)) {
      clean[this.scrub(field)] = messages.map((message) => this.scrub(message));
    }
    return clean;
  }
}
