import { z } from 'zod';
import type { VendorFamily } from '../domain/vendors.js';

/** An http(s) URL, its trailing slashes dropped (clients append their paths); unset is allowed. */
export const optionalUrl = z
  .url({ protocol: /^https?$/ })
  .transform((value) => value.replace(/\/+$/, ''))
  .optional();

/** A non-empty string; unset is allowed. */
export const optionalText = z.string().min(1).optional();

/**
 * One account family's configuration slice (domain/vendors.ts' `family`, such as `goto`), named by
 * its vendors' registry entries (`account` in adapters/<vendor>/index.ts); server/config.ts reads
 * every family the registry names, so a new family is configured here, beside its account type.
 */
export interface AccountDefinition<Family extends VendorFamily = VendorFamily, Env extends z.ZodRawShape = z.ZodRawShape, Account = unknown> {
  family: Family;
  /**
   * Its environment variables, each validated with all other variables (every malformed one is
   * named in one ConfigError). They start with the family's `configPrefix`; those of a family
   * SWITCHBOARD_VENDORS leaves out are reported as ignored.
   */
  env: Env;
  /**
   * The account from the parsed variables, by the rules across them (a URL without credentials,
   * credentials without a URL): undefined when not configured; throws a ConfigError (domain/config-error.ts)
   * naming the variables, never their values. Called only for an enabled family.
   */
  read(env: z.output<z.ZodObject<Env>>): Account | undefined;
}

/** Types a family's configuration slice without widening it: its variables and account type stay known. */
export function defineAccount<Family extends VendorFamily, Env extends z.ZodRawShape, Account>(
  definition: AccountDefinition<Family, Env, Account>,
): AccountDefinition<Family, Env, Account> {
  return definition;
}

/** The account an AccountDefinition reads: `AccountOf<typeof zendeskAccount>` is `ZendeskAccount`. */
export type AccountOf<Definition> = Definition extends AccountDefinition<VendorFamily, infer _Env, infer Account> ? Account : never;

/** `ZENDESK_URL: required when ZENDESK_EMAIL and ZENDESK_TOKEN are set`: credentials without their URL. */
export function requiredWhenSet(given: readonly string[]): string {
  return `required when ${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set`;
}
