import { createTransport, UpstreamError, type TransportOptions } from '../transport/index.js';

/** Refresh this long before the token's own expiry, so a call never starts with a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * OAuth client credentials (`POST /oauth2/token`, Basic client id and secret): one token at a
 * time, fetched on first use, renewed before it expires or when the API refuses it. Concurrent
 * callers share one token request.
 */
export class BomgarTokenSource {
  #token: { value: string; expiresAt: number } | null = null;
  #pending: Promise<string> | null = null;
  /** The token endpoint's transport (its own breaker: /ready and the metrics report it). */
  readonly transport;

  constructor(siteUrl: string, clientId: string, clientSecret: string, transport: Partial<TransportOptions> = {}) {
    const basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
    this.transport = createTransport({ ...transport, vendor: 'bomgar', baseUrl: siteUrl, auth: () => ({ authorization: basic }) });
  }

  /** A valid access token. */
  async token(): Promise<string> {
    if (this.#token && this.#token.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return this.#token.value;
    this.#pending ??= this.#fetch().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  /** Forgets the token (the API refused it); the next call fetches a new one. */
  invalidate(): void {
    this.#token = null;
  }

  async #fetch(): Promise<string> {
    // Client credentials can be asked for again safely: a repeat just issues another token.
    const response = await this.transport.request<{ access_token?: unknown; expires_in?: unknown }>({
      method: 'POST',
      path: '/oauth2/token',
      form: { grant_type: 'client_credentials' },
      idempotent: true,
    });
    const { access_token: value, expires_in: expiresIn } = response.body ?? {};
    if (typeof value !== 'string' || value === '') {
      throw new UpstreamError({ code: 'UPSTREAM_UNAVAILABLE', vendor: 'bomgar', message: 'bomgar answered the token request without an access_token', status: response.status });
    }
    const seconds = typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 3600;
    this.#token = { value, expiresAt: Date.now() + seconds * 1000 };
    return value;
  }
}
