import { ConfigError } from '../../domain/config-error.js';
import { defineAccount, optionalText, optionalUrl, requiredWhenSet } from '../account.js';

/** The GoTo account (GoToMeeting, GoToWebinar, GoToTraining, GoToAssist share one OAuth sign-in): GOTO_URL, GOTO_CLIENT_ID, ... */
export interface GoToAccount {
  /** GoTo's API host (`https://api.getgo.com`), or the simulator's `/goto`. */
  url: string;
  clientId: string;
  clientSecret: string;
  /** Refresh token of the account's admin organizer; the gateway exchanges it for access tokens. */
  refreshToken: string;
  /** The token endpoint (GOTO_TOKEN_URL); default `<url>/oauth/v2/token`, the legacy endpoint. */
  tokenUrl?: string;
}

/** The GoTo family's configuration (the four GoTo products name it): GOTO_URL with the OAuth client and a refresh token. */
export const goToAccount = defineAccount({
  family: 'goto',
  env: {
    GOTO_URL: optionalUrl,
    GOTO_CLIENT_ID: optionalText,
    GOTO_CLIENT_SECRET: optionalText,
    GOTO_REFRESH_TOKEN: optionalText,
    GOTO_TOKEN_URL: optionalUrl,
  },
  read(env): GoToAccount | undefined {
    const credentials = { GOTO_CLIENT_ID: env.GOTO_CLIENT_ID, GOTO_CLIENT_SECRET: env.GOTO_CLIENT_SECRET, GOTO_REFRESH_TOKEN: env.GOTO_REFRESH_TOKEN };
    if (!env.GOTO_URL) {
      const stray = Object.entries(credentials).filter(([, value]) => value).map(([variable]) => variable);
      if (stray.length > 0) throw new ConfigError([{ variable: 'GOTO_URL', message: requiredWhenSet(stray) }]);
      return undefined;
    }
    const missing = Object.entries(credentials).filter(([, value]) => !value).map(([variable]) => variable);
    if (missing.length > 0) throw new ConfigError(missing.map((variable) => ({ variable, message: 'required when GOTO_URL is set' })));
    return {
      url: env.GOTO_URL,
      clientId: env.GOTO_CLIENT_ID!,
      clientSecret: env.GOTO_CLIENT_SECRET!,
      refreshToken: env.GOTO_REFRESH_TOKEN!,
      ...(env.GOTO_TOKEN_URL && { tokenUrl: env.GOTO_TOKEN_URL }),
    };
  },
});
