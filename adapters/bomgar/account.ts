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
