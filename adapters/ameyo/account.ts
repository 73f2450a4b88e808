/** Ameyo's app server (AMEYO_URL) and the integration account (a Supervisor) the gateway signs in as. */
export interface AmeyoAccount {
  url: string;
  userId: string;
  password: string;
}
