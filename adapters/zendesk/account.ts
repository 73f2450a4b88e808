/** A Zendesk account: its URL and an agent's API token (ZENDESK_URL, ZENDESK_EMAIL, ZENDESK_TOKEN). */
export interface ZendeskAccount {
  /** Base URL of the vendor (the simulator's `/zendesk`, or `https://acme.zendesk.com`). */
  url: string;
  email: string;
  token: string;
}
