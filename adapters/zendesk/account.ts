import { ConfigError } from '../../domain/config-error.js';
import { defineAccount, optionalText, optionalUrl, requiredWhenSet } from '../account.js';

/** A Zendesk account: its URL and an agent's API token (ZENDESK_URL, ZENDESK_EMAIL, ZENDESK_TOKEN). */
export interface ZendeskAccount {
  /** Base URL of the vendor (the simulator's `/zendesk`, or `https://acme.zendesk.com`). */
  url: string;
  email: string;
  token: string;
}

/** The Zendesk family's configuration: ZENDESK_URL with an agent's ZENDESK_EMAIL and ZENDESK_TOKEN. */
export const zendeskAccount = defineAccount({
  family: 'zendesk',
  env: {
    ZENDESK_URL: optionalUrl,
    ZENDESK_EMAIL: optionalText,
    ZENDESK_TOKEN: optionalText,
  },
  read(env): ZendeskAccount | undefined {
    if (!env.ZENDESK_URL) {
      // Credentials without a URL are a typo away from silently using the simulator.
      const stray = [env.ZENDESK_EMAIL && 'ZENDESK_EMAIL', env.ZENDESK_TOKEN && 'ZENDESK_TOKEN'].filter((name): name is string => Boolean(name));
      if (stray.length > 0) throw new ConfigError([{ variable: 'ZENDESK_URL', message: requiredWhenSet(stray) }]);
      return undefined;
    }
    const missing = [!env.ZENDESK_EMAIL && 'ZENDESK_EMAIL', !env.ZENDESK_TOKEN && 'ZENDESK_TOKEN'].filter((name): name is string => Boolean(name));
    if (missing.length > 0) throw new ConfigError(missing.map((variable) => ({ variable, message: 'required when ZENDESK_URL is set' })));
    return { url: env.ZENDESK_URL, email: env.ZENDESK_EMAIL!, token: env.ZENDESK_TOKEN! };
  },
});
