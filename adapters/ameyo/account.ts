import { z } from 'zod';
import { ConfigError } from '../../domain/config-error.js';
import { defineAccount, optionalText, optionalUrl, requiredWhenSet } from '../account.js';

/** Ameyo's app server (AMEYO_URL) and the integration account (a Supervisor) the gateway signs in as. */
export interface AmeyoAccount {
  url: string;
  userId: string;
  password: string;
}

/**
 * The Ameyo family's configuration: AMEYO_URL with the integration account, and AMEYO_WEBHOOK_SECRET,
 * the secret Ameyo's CRM push must carry (server/config.ts hands it to the webhook as `ameyo.webhookSecret`).
 */
export const ameyoAccount = defineAccount({
  family: 'ameyo',
  env: {
    AMEYO_URL: optionalUrl,
    AMEYO_USER_ID: optionalText,
    AMEYO_PASSWORD: optionalText,
    AMEYO_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  },
  read(env): AmeyoAccount | undefined {
    const credentials = { AMEYO_USER_ID: env.AMEYO_USER_ID, AMEYO_PASSWORD: env.AMEYO_PASSWORD, AMEYO_WEBHOOK_SECRET: env.AMEYO_WEBHOOK_SECRET };
    if (!env.AMEYO_URL) {
      const stray = (['AMEYO_USER_ID', 'AMEYO_PASSWORD'] as const).filter((name) => credentials[name]);
      if (stray.length > 0) throw new ConfigError([{ variable: 'AMEYO_URL', message: requiredWhenSet(stray) }]);
      return undefined;
    }
    // A real Ameyo pushes calls to /webhooks/ameyo, which must not be open to anyone.
    const missing = Object.entries(credentials).filter(([, value]) => !value).map(([variable]) => variable);
    if (missing.length > 0) throw new ConfigError(missing.map((variable) => ({ variable, message: 'required when AMEYO_URL is set' })));
    return { url: env.AMEYO_URL, userId: env.AMEYO_USER_ID!, password: env.AMEYO_PASSWORD! };
  },
});
