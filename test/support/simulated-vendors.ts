/**
 * Every vendor's variables pointing at a simulator at `url`, with the credentials the simulator
 * accepts (simulator/README.md). Secrets the gateway shares with a vendor (Ameyo's webhook secret,
 * Zendesk's SSO secret) are each caller's own choice and not set here.
 */
export function simulatedVendorEnv(url: string): Record<string, string> {
  return {
    ZENDESK_URL: `${url}/zendesk`,
    ZENDESK_EMAIL: 'agent@switchboard.test',
    ZENDESK_TOKEN: 'simulator-token',
    GOTO_URL: `${url}/goto`,
    GOTO_CLIENT_ID: 'simulator-goto-client',
    GOTO_CLIENT_SECRET: 'simulator-goto-secret',
    GOTO_REFRESH_TOKEN: 'simulator-goto-refresh-token',
    BOMGAR_URL: `${url}/bomgar`,
    BOMGAR_CLIENT_ID: 'simulator-bomgar-client',
    BOMGAR_CLIENT_SECRET: 'simulator-bomgar-secret',
    AMEYO_URL: `${url}/ameyo`,
    AMEYO_USER_ID: 'switchboard',
    AMEYO_PASSWORD: 'simulator-password',
  };
}
