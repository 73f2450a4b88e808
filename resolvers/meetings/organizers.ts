import { vendorClient } from '../../adapters/vendor-client.js';
import { z } from 'zod';
import { UpstreamError } from '../../clients/transport/errors.js';
import type { Context } from '../context.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { ORGANIZER_PRODUCTS, type Organizer, type OrganizerGroup, type OrganizerProduct, type OrganizerStatus } from '../../domain/organizers.js';
import { organizerStatusWire, productCode, toGroup, toOrganizer, toOrganizerInput } from '../../adapters/goto/organizer-mapping.js';
import { gotoWrite } from '../../adapters/goto/writes.js';
import { email, requiredText } from '../../domain/input-rules.js';
import { validInput } from '../../domain/validate.js';

/** Every organizer of the account: one upstream call per request, whatever is asked. */
export async function allOrganizers(ctx: Context): Promise<Organizer[]> {
  return (await ctx.loaders.gotomeeting.organizers.load('all')).map(toOrganizer);
}

export async function organizersByKey(ctx: Context, keys: readonly string[]): Promise<(Organizer | null)[]> {
  const index = new Map((await allOrganizers(ctx)).map((o) => [o.vendorId, o]));
  return keys.map((key) => index.get(key) ?? null);
}

export async function organizerByKey(ctx: Context, key: string): Promise<Organizer | null> {
  return (await organizersByKey(ctx, [key]))[0] ?? null;
}

export interface OrganizerFilter {
  status?: OrganizerStatus | null;
  groupKey?: string | null;
  email?: string | null;
}

export async function listOrganizers(ctx: Context, filter: OrganizerFilter = {}): Promise<Organizer[]> {
  const wanted = filter.email?.trim().toLowerCase();
  return (await allOrganizers(ctx)).filter(
    (o) => (!filter.status || o.status === filter.status) && (!filter.groupKey || o.groupKey === filter.groupKey) && (!wanted || o.email.toLowerCase() === wanted),
  );
}

export async function listGroups(ctx: Context): Promise<OrganizerGroup[]> {
  return (await ctx.loaders.gotomeeting.groups.load('all')).map(toGroup);
}

export async function groupByKey(ctx: Context, key: string): Promise<OrganizerGroup | null> {
  return (await listGroups(ctx)).find((g) => g.vendorId === key) ?? null;
}

const signUpRules = z.object({
  name: requiredText(200).refine((name) => name.includes(' '), 'must be a first and a last name'),
  email,
  groupKey: z.string().nullish(),
  product: z.enum(ORGANIZER_PRODUCTS),
});

export interface NewOrganizer {
  name: string;
  email: string;
  groupKey?: string | null;
  product: OrganizerProduct;
}

/** Signs up an organizer (in a group when given); an email already in the account is a field error. */
export async function signUpOrganizer(ctx: Context, raw: NewOrganizer): Promise<Organizer> {
  const input = validInput(signUpRules, raw);
  const client = vendorClient(ctx.vendors, 'gotomeeting');
  if (input.groupKey && !(await groupByKey(ctx, input.groupKey))) throw new InputError([{ field: 'input.groupId', message: 'no such organizer group' }]);
  const [firstName, ...rest] = input.name.split(/\s+/);
  let created: { organizerKey: string };
  try {
    created = await client.createOrganizer(toOrganizerInput({ email: input.email, firstName: firstName!, lastName: rest.join(' '), product: input.product, groupKey: input.groupKey }));
  } catch (error) {
    if (error instanceof UpstreamError && error.status === 409) throw new InputError([{ field: 'input.email', message: 'an organizer with this email already exists' }]);
    if (error instanceof UpstreamError && error.status === 400) throw new InputError([{ field: 'input', message: error.vendorMessage ?? 'refused by GoTo' }]);
    throw error;
  }
  const organizer = await client.getOrganizer(created.organizerKey, { signal: ctx.signal });
  if (!organizer) throw new NotFoundError('Organizer', created.organizerKey);
  return toOrganizer(organizer);
}

export async function deleteOrganizer(ctx: Context, key: string): Promise<{ id: string }> {
  const deleted = await gotoWrite(() => vendorClient(ctx.vendors, 'gotomeeting').deleteOrganizer(key), { resource: 'Organizer', id: key }, 'id');
  if (!deleted) throw new NotFoundError('Organizer', key);
  return { id: key };
}

/** Suspends, or reactivates by granting `product` (GoTo's way since `status: active` was deprecated; default MEETING). */
export async function setOrganizerStatus(ctx: Context, key: string, status: OrganizerStatus, product?: OrganizerProduct | null): Promise<Organizer> {
  const client = vendorClient(ctx.vendors, 'gotomeeting');
  const changed = await gotoWrite(() => client.setOrganizerStatus(key, organizerStatusWire(status), { product: productCode(product ?? 'MEETING') }), { resource: 'Organizer', id: key }, 'id');
  const organizer = changed ? await client.getOrganizer(key, { signal: ctx.signal }) : null;
  if (!organizer) throw new NotFoundError('Organizer', key);
  return toOrganizer(organizer);
}
