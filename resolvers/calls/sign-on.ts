import { vendorClient } from '../../adapters/vendor-client.js';
import { createHmac, randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { callerEmail } from './calling-agent.js';
import { contactsByEmail } from '../contacts/contacts.js';
import { InputError } from '../../domain/errors.js';


export interface AgentSignOn {
  /** Opens Zendesk signed in as the agent; one use, within a few minutes. */
  url: string;
  /** When Zendesk stops accepting it (it allows a few minutes of clock skew around `iat`). */
  expiresAt: Date;
}

/** Zendesk accepts an `iat` this far from its own clock (modeled on its documented few minutes). */
const VALID_FOR_SECONDS = 180;

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An HS256 JWT (RFC 7519) over the claims, signed with the shared secret. */
export function signHs256(claims: Record<string, unknown>, secret: string): string {
  const unsigned = `${base64url({ typ: 'JWT', alg: 'HS256' })}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/**
 * Where Zendesk may send the agent after signing in, as an absolute URL under the Zendesk account
 * URL, or null when `returnTo` would leave it (an open redirect). A path (`/agent/tickets/1`) is
 * resolved under the account URL; dot segments are resolved before the check, and backslashes,
 * whitespace and control characters are refused outright, since browsers read `/\evil.example`
 * as `//evil.example`.
 */
export function zendeskReturnUrl(returnTo: string, accountUrl: string): string | null {
  if (/[\\\s\u0000-\u001f\u007f]/.test(returnTo)) return null;
  const base = new URL(accountUrl.replace(/\/*$/, '/'));
  let target: URL;
  if (returnTo.startsWith('/') && !returnTo.startsWith('//')) target = new URL(`${base.pathname.replace(/\/$/, '')}${returnTo}`, base.origin);
  else if (URL.canParse(returnTo)) target = new URL(returnTo);
  else return null;
  const inside = target.protocol === base.protocol && target.host === base.host && !target.username && !target.password;
  return inside && `${target.pathname}/`.startsWith(base.pathname) ? target.toString() : null;
}

/**
 * A Zendesk JWT SSO URL for the calling agent: `iat`, a uuid `jti`, the agent's email, name
 * and external id, signed with the shared secret, which stays in the gateway. `returnTo` is a
 * path in Zendesk or a URL on the Zendesk host.
 */
export async function agentSignOn(ctx: Context, returnTo: string | null | undefined): Promise<AgentSignOn> {
  const email = callerEmail(ctx);
  const client = vendorClient(ctx.vendors, 'zendesk');
  const returnUrl = returnTo ? zendeskReturnUrl(returnTo, client.baseUrl) : null;
  if (returnTo && !returnUrl) throw new InputError([{ field: 'returnTo', message: 'must be a path in Zendesk or a URL on the Zendesk host' }]);
  const secret = ctx.zendeskSsoSecret;
  if (!secret) throw new GraphQLError('Zendesk single sign-on is not configured (ZENDESK_SSO_SECRET)', { extensions: { code: 'NOT_CONFIGURED', vendor: 'zendesk' } });
  const [agent] = await contactsByEmail(ctx, email);
  if (!agent || agent.role === 'end-user') {
    throw new GraphQLError(`Zendesk has no agent with the email ${email}`, { extensions: { code: 'AGENT_NOT_LINKED', vendor: 'zendesk' } });
  }
  const iat = Math.floor(Date.now() / 1000);
  const jwt = signHs256({ iat, jti: randomUUID(), email: agent.email ?? email, name: agent.name, external_id: agent.externalId ?? agent.email ?? email }, secret);
  const url = new URL(`${client.baseUrl}/access/jwt`);
  url.searchParams.set('jwt', jwt);
  if (returnUrl) url.searchParams.set('return_to', returnUrl);
  return { url: url.toString(), expiresAt: new Date((iat + VALID_FOR_SECONDS) * 1000) };
}
