/**
 * What the simulated GoTo developer app and account accept (see simulator/goto/README.md).
 * The refresh token and authorization code act as the account's admin organizer.
 */
export const GOTO_CREDENTIALS = {
  clientId: 'simulator-goto-client',
  clientSecret: 'simulator-goto-secret',
  refreshToken: 'simulator-goto-refresh-token',
  authorizationCode: 'simulator-goto-code',
  /** The admin organizer the credentials sign in as. */
  adminEmail: 'organizer@switchboard.test',
} as const;

/** Access tokens live this long (virtual seconds), as GoTo's do. */
export const ACCESS_TOKEN_TTL_SECONDS = 3600;
