import { createHash } from 'node:crypto';
import type { ZendeskOAuthToken } from './model.js';

/** An authorization code waiting to be exchanged (valid 120 s, once). */
export interface AuthorizationCode {
  clientId: number;
  userId: number;
  scopes: string[];
  redirectUri: string;
  /** PKCE: the S256 challenge sent to the authorization page, if any. */
  codeChallenge: string | null;
  expiresAtMs: number;
}

/**
 * OAuth tokens the simulated account issued: created through `POST /api/v2/oauth/tokens` or the
 * grant flows of `POST /oauth/tokens`. Token strings derive from a counter (not secrets: this is a
 * simulator, and the same seed then replays the same tokens).
 */
export class OAuthTokens {
  readonly #byId = new Map<number, ZendeskOAuthToken>();
  readonly #codes = new Map<string, AuthorizationCode>();
  #sequence = 0;

  issue(fields: Omit<ZendeskOAuthToken, 'id' | 'token' | 'refreshToken' | 'usedAt'> & { withRefreshToken: boolean }): ZendeskOAuthToken {
    const n = ++this.#sequence;
    const { withRefreshToken, ...rest } = fields;
    const token: ZendeskOAuthToken = {
      ...rest,
      id: 360_000_500_000 + n,
      token: derive(`access-${n}`),
      refreshToken: withRefreshToken ? derive(`refresh-${n}`) : null,
      usedAt: null,
    };
    this.#byId.set(token.id, token);
    return token;
  }

  get(id: number): ZendeskOAuthToken | undefined {
    return this.#byId.get(id);
  }

  list(): ZendeskOAuthToken[] {
    return [...this.#byId.values()];
  }

  /** The live token with this access token string (expired ones are refused). */
  byAccessToken(value: string, nowMs: number): ZendeskOAuthToken | undefined {
    for (const t of this.#byId.values()) if (t.token === value) return t.expiresAtMs === null || nowMs < t.expiresAtMs ? t : undefined;
    return undefined;
  }

  byRefreshToken(value: string, nowMs: number): ZendeskOAuthToken | undefined {
    for (const t of this.#byId.values()) {
      if (t.refreshToken === value) return t.refreshExpiresAtMs === null || nowMs < t.refreshExpiresAtMs ? t : undefined;
    }
    return undefined;
  }

  revoke(id: number): boolean {
    return this.#byId.delete(id);
  }

  newCode(code: AuthorizationCode): string {
    const value = derive(`code-${++this.#sequence}`).slice(0, 32);
    this.#codes.set(value, code);
    return value;
  }

  /** The code's grant, consumed (a code works once); undefined when unknown or expired. */
  takeCode(value: string, nowMs: number): AuthorizationCode | undefined {
    const code = this.#codes.get(value);
    this.#codes.delete(value);
    return code && nowMs < code.expiresAtMs ? code : undefined;
  }
}

function derive(label: string): string {
  return createHash('sha256').update(`switchboard-simulator-oauth:${label}`).digest('hex');
}
