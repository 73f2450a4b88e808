/** The GoTo account (GoToMeeting, GoToWebinar, GoToTraining, GoToAssist share one OAuth sign-in): GOTO_URL, GOTO_CLIENT_ID, ... */
export interface GoToAccount {
  /** GoTo's API host (`https://api.getgo.com`), or the simulator's `/goto`. */
  url: string;
  clientId: string;
  clientSecret: string;
  /** Refresh token of the account's admin organizer; the gateway exchanges it for access tokens. */
  refreshToken: string;
}
