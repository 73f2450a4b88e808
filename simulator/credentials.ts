/**
 * The simulator's accounts, and the gateway settings that point every vendor at a simulator: the one
 * place `serve`'s embedded simulator (server/embedded-simulator.ts), the tests and the benchmarks get
 * them from. The values are the ones each simulated vendor itself checks (its own constants are
 * re-exported here, not copied), so what the gateway is handed cannot drift from what the simulator
 * accepts. Like the rest of simulator/, this imports nothing outside simulator/.
 *
 * Secrets the gateway shares with a vendor (Zendesk's SSO secret, Ameyo's webhook secret, the push
 * secrets of Bomgar, GoToAssist and GoToWebinar) are each caller's own choice and not set here.
 */
import { AMEYO_PASSWORD, INTEGRATION_USER, generateAmeyoSeed } from './ameyo/seed.js';
import { BOMGAR_CREDENTIALS } from './bomgar/constants.js';
import { DEFAULT_ZENDESK_SSO_SECRET } from './core/options.js';
import type { RecordTarget } from './core/record/record-target.js';
import { GOTO_CREDENTIALS } from './goto/credentials.js';
import { vendors } from './vendors.js';
import { CREDENTIALS as ZENDESK_CREDENTIALS, FIXED_STAFF } from './zendesk/constants.js';

const [ZENDESK_AGENT, ZENDESK_ADMIN] = FIXED_STAFF;

/** What each simulated vendor accepts (simulator/README.md, "Credentials", and each vendor's README). */
export const SIMULATOR_ACCOUNTS = {
  zendesk: {
    /** The agent the gateway signs in as (every seed has it); any agent or admin email of the seed works. */
    email: ZENDESK_AGENT.email,
    /** The admin every seed has. */
    adminEmail: ZENDESK_ADMIN.email,
    /** API token for `email/token` Basic auth. */
    apiToken: ZENDESK_CREDENTIALS.apiToken,
    /** Password for `email:password` Basic auth. */
    password: ZENDESK_CREDENTIALS.password,
    /** OAuth access token (`Authorization: Bearer`), acting as `email`. */
    oauthToken: ZENDESK_CREDENTIALS.oauthToken,
    /** JWT SSO shared secret when the simulator is started without `zendeskSsoSecret`. */
    defaultSsoSecret: DEFAULT_ZENDESK_SSO_SECRET,
  },
  /** The GoTo developer app and the admin organizer's refresh token (and authorization code). */
  goto: GOTO_CREDENTIALS,
  /** The BeyondTrust OAuth API account, and the legacy site's API user. */
  bomgar: BOMGAR_CREDENTIALS,
  ameyo: {
    /** The integration account (a Supervisor). */
    userId: INTEGRATION_USER.userId,
    /** Every simulated Ameyo user's password (command API) and token (REST API). */
    password: AMEYO_PASSWORD,
  },
} as const;

/**
 * Who the gateway's roles are on the simulator (SWITCHBOARD_AGENT_EMAILS) for the tests and the bench: the
 * simulated Zendesk's fixed staff, the same on every seed (the manager acts as the agent). `serve` gives its
 * manager key a person of its own: `simulatorAgents`.
 */
export const SIMULATOR_AGENT_EMAILS = {
  agent: ZENDESK_AGENT.email,
  manager: ZENDESK_AGENT.email,
  admin: ZENDESK_ADMIN.email,
} as const;

/** A person the gateway's keys act as. */
export interface SimulatedPerson {
  name: string;
  email: string;
}

/**
 * Who `serve`'s dev keys act as on a simulator of `seed` (when SWITCHBOARD_AGENT_EMAILS is unset): the agent key
 * as Avery Agent (always available in the simulated Ameyo), the manager key as the seed's first other agent
 * available there at the start (another person, so each can dial while the other is on a call; the first other
 * agent when none is), the admin key as Addison Admin. People of the seed: the same in Zendesk and Ameyo.
 */
export function simulatorAgents(seed: number, startTime?: Date): Record<'agent' | 'manager' | 'admin', SimulatedPerson> {
  const ameyo = generateAmeyoSeed(seed, startTime);
  const others = ameyo.users.filter((user) => user.userType === 'Executive' && user.emailId !== ZENDESK_AGENT.email);
  const manager = others.find((user) => ameyo.states.get(user.userId) === 'available') ?? others[0];
  return {
    agent: { name: ZENDESK_AGENT.name, email: ZENDESK_AGENT.email },
    manager: manager ? { name: manager.userName, email: manager.emailId } : { name: ZENDESK_AGENT.name, email: ZENDESK_AGENT.email },
    admin: { name: ZENDESK_ADMIN.name, email: ZENDESK_ADMIN.email },
  };
}

/** SIMULATOR_AGENT_EMAILS as SWITCHBOARD_AGENT_EMAILS spells it: `agent=...,manager=...,admin=...`. */
export const SIMULATOR_AGENT_EMAILS_VARIABLE = Object.entries(SIMULATOR_AGENT_EMAILS)
  .map(([role, email]) => `${role}=${email}`)
  .join(',');

/** Each vendor's gateway settings (its base URL and credentials) on a simulator, shaped like the gateway's vendor configuration. */
export interface SimulatedVendors {
  zendesk: { url: string; email: string; token: string };
  goto: { url: string; clientId: string; clientSecret: string; refreshToken: string };
  bomgar: { url: string; clientId: string; clientSecret: string };
  ameyo: { url: string; userId: string; password: string };
}

/** Where a vendor lives on the simulator at `simulatorUrl` (`http://host:port`, no trailing slash). */
function vendorUrl(simulatorUrl: string, name: keyof SimulatedVendors): string {
  const vendor = vendors.find((candidate) => candidate.name === name);
  if (!vendor) throw new Error(`the simulator has no vendor named ${name}`);
  return `${simulatorUrl}${vendor.basePath}`;
}

/** Every vendor pointed at the simulator at `simulatorUrl` (`http://host:port`), with the credentials it accepts. */
export function simulatedVendors(simulatorUrl: string): SimulatedVendors {
  const { zendesk, goto, bomgar, ameyo } = SIMULATOR_ACCOUNTS;
  return {
    zendesk: { url: vendorUrl(simulatorUrl, 'zendesk'), email: zendesk.email, token: zendesk.apiToken },
    goto: { url: vendorUrl(simulatorUrl, 'goto'), clientId: goto.clientId, clientSecret: goto.clientSecret, refreshToken: goto.refreshToken },
    bomgar: { url: vendorUrl(simulatorUrl, 'bomgar'), clientId: bomgar.clientId, clientSecret: bomgar.clientSecret },
    ameyo: { url: vendorUrl(simulatorUrl, 'ameyo'), userId: ameyo.userId, password: ameyo.password },
  };
}

/**
 * Every vendor's gateway variables (`ZENDESK_*`, `GOTO_*`, `BOMGAR_*`, `AMEYO_*`) pointing at the
 * simulator at `simulatorUrl`, for `loadConfig` or a child process's environment. Shared secrets are
 * not included (see the top of this file).
 */
export function simulatedVendorEnv(simulatorUrl: string): Record<string, string> {
  const { zendesk, goto, bomgar, ameyo } = simulatedVendors(simulatorUrl);
  return {
    ZENDESK_URL: zendesk.url,
    ZENDESK_EMAIL: zendesk.email,
    ZENDESK_TOKEN: zendesk.token,
    GOTO_URL: goto.url,
    GOTO_CLIENT_ID: goto.clientId,
    GOTO_CLIENT_SECRET: goto.clientSecret,
    GOTO_REFRESH_TOKEN: goto.refreshToken,
    BOMGAR_URL: bomgar.url,
    BOMGAR_CLIENT_ID: bomgar.clientId,
    BOMGAR_CLIENT_SECRET: bomgar.clientSecret,
    AMEYO_URL: ameyo.url,
    AMEYO_USER_ID: ameyo.userId,
    AMEYO_PASSWORD: ameyo.password,
  };
}

/** The credentials a gateway is configured with for one vendor (its configuration slice, without the URL). */
export type ConfiguredCredentials =
  | { vendor: 'zendesk'; email: string; token: string }
  | { vendor: 'goto'; clientId: string; clientSecret: string; refreshToken: string }
  | { vendor: 'bomgar'; clientId: string; clientSecret: string }
  | { vendor: 'ameyo'; userId: string; password: string };

const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/**
 * Record mode's target for a vendor at `url` with the gateway's configured credentials: how they go on
 * forwarded requests (in place of the simulator credentials the caller used), and the values to keep
 * out of fixtures. Zendesk: Basic `email/token` on every request. GoTo and Bomgar: the client id and
 * secret (and GoTo's refresh token) on their token requests; the access token the real vendor issues
 * then travels back and forth as it is. Ameyo: the REST sign-in's `userId`/`token`; its command API's
 * `data` form field is forwarded as the caller sent it.
 */
export function recordTarget(url: string, credentials: ConfiguredCredentials): RecordTarget {
  switch (credentials.vendor) {
    case 'zendesk':
      return { url, credentials: [{ headers: { authorization: basic(`${credentials.email}/token`, credentials.token) } }], secrets: [credentials.token] };
    case 'goto':
      return {
        url,
        credentials: [
          {
            path: '/oauth/*token',
            headers: { authorization: basic(credentials.clientId, credentials.clientSecret) },
            formFields: { refresh_token: credentials.refreshToken, client_id: credentials.clientId, client_secret: credentials.clientSecret },
          },
        ],
        secrets: [credentials.clientSecret, credentials.refreshToken],
      };
    case 'bomgar':
      return {
        url,
        credentials: [
          { path: '/oauth2/token', headers: { authorization: basic(credentials.clientId, credentials.clientSecret) }, formFields: { client_id: credentials.clientId, client_secret: credentials.clientSecret } },
        ],
        secrets: [credentials.clientSecret],
      };
    case 'ameyo':
      return { url, credentials: [{ path: '/ameyorestapi/userLogin/login', jsonFields: { userId: credentials.userId, token: credentials.password } }], secrets: [credentials.password] };
  }
}
