import { ConfigError } from '../../domain/config-error.js';
import { defineAccount, optionalText, optionalUrl, requiredWhenSet } from '../account.js';

/**
 * A Bomgar / BeyondTrust RS site (BOMGAR_URL): an OAuth API account (client id and secret), or on
 * older appliances a legacy API user (username and password parameters).
 */
export interface BomgarAccount {
  url: string;
  clientId?: string;
  clientSecret?: string;
  username?: string;
  password?: string;
}

/** The Bomgar family's configuration: BOMGAR_URL with BOMGAR_CLIENT_ID and BOMGAR_CLIENT_SECRET, or BOMGAR_USERNAME and BOMGAR_PASSWORD. */
export const bomgarAccount = defineAccount({
  family: 'bomgar',
  env: {
    BOMGAR_URL: optionalUrl,
    BOMGAR_CLIENT_ID: optionalText,
    BOMGAR_CLIENT_SECRET: optionalText,
    BOMGAR_USERNAME: optionalText,
    BOMGAR_PASSWORD: optionalText,
  },
  read(env): BomgarAccount | undefined {
    const given = { BOMGAR_CLIENT_ID: env.BOMGAR_CLIENT_ID, BOMGAR_CLIENT_SECRET: env.BOMGAR_CLIENT_SECRET, BOMGAR_USERNAME: env.BOMGAR_USERNAME, BOMGAR_PASSWORD: env.BOMGAR_PASSWORD };
    const stray = Object.entries(given).filter(([, value]) => value).map(([variable]) => variable);
    if (!env.BOMGAR_URL) {
      if (stray.length > 0) throw new ConfigError([{ variable: 'BOMGAR_URL', message: requiredWhenSet(stray) }]);
      return undefined;
    }
    const pairs = [['BOMGAR_CLIENT_ID', 'BOMGAR_CLIENT_SECRET'], ['BOMGAR_USERNAME', 'BOMGAR_PASSWORD']] as const;
    const complete = pairs.filter(([a, b]) => given[a] && given[b]);
    const half = pairs.flatMap(([a, b]) => (Boolean(given[a]) !== Boolean(given[b]) ? [given[a] ? b : a] : []));
    if (half.length > 0) throw new ConfigError(half.map((variable) => ({ variable, message: 'required with its pair (BOMGAR_CLIENT_ID with BOMGAR_CLIENT_SECRET, BOMGAR_USERNAME with BOMGAR_PASSWORD)' })));
    if (complete.length === 0) throw new ConfigError([{ variable: 'BOMGAR_CLIENT_ID', message: 'required when BOMGAR_URL is set (with BOMGAR_CLIENT_SECRET; or BOMGAR_USERNAME and BOMGAR_PASSWORD on a legacy site)' }]);
    return { url: env.BOMGAR_URL, clientId: env.BOMGAR_CLIENT_ID, clientSecret: env.BOMGAR_CLIENT_SECRET, username: env.BOMGAR_USERNAME, password: env.BOMGAR_PASSWORD };
  },
});
