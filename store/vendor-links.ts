import { VENDOR_LINK_IDENTITY, VendorLinkSchema, type VendorLink } from './entities/index.js';
import type { EntityManager } from './sql-types.js';
import { placeholders, quote, selectRows } from './rows.js';


export interface NewVendorLink {
  fromVendor: string;
  fromType: string;
  fromId: string;
  toVendor: string;
  toType: string;
  toId: string;
  /** what the link means, e.g. `ticket-session` */
  relation: string;
  /** the label or role of the caller's API key; default null */
  createdBy?: string | null;
}

export interface LinkQuery {
  vendor: string;
  type: string;
  /** the records to look up; duplicates are answered once */
  ids: readonly string[];
  /** only links of this relation; default every relation */
  relation?: string;
}

/**
 * Bound parameters per query stay well under SQLite's oldest limit (999) and PostgreSQL's
 * (65535). A DataLoader batch is normally far smaller, so it costs exactly one query.
 */
const MAX_IDS_PER_QUERY = 500;

/**
 * Stores a link and returns it. Idempotent: when an identical link (same ends and relation)
 * exists, that one is returned unchanged — also when callers race, since the insert yields
 * to the unique index instead of failing.
 */
export async function addLink(em: EntityManager, link: NewVendorLink): Promise<VendorLink> {
  const identity = {
    fromVendor: link.fromVendor,
    fromType: link.fromType,
    fromId: link.fromId,
    toVendor: link.toVendor,
    toType: link.toType,
    toId: link.toId,
    relation: link.relation,
  };
  for (const field of VENDOR_LINK_IDENTITY) {
    // Guards JavaScript callers: a numeric vendor id above 2^53 would already be corrupted.
    if (typeof identity[field] !== 'string' || identity[field] === '') {
      throw new TypeError(`addLink: ${field} must be a non-empty string`);
    }
  }
  await em
    .createQueryBuilder(VendorLinkSchema)
    .insert({ ...identity, createdAt: new Date(), createdBy: link.createdBy ?? null })
    .onConflict([...VENDOR_LINK_IDENTITY])
    .ignore()
    .execute();
  return em.findOneOrFail(VendorLinkSchema, identity);
}

/** Links leaving the given records, grouped by record id (every requested id has an entry). */
export function linksFrom(em: EntityManager, query: LinkQuery): Promise<Map<string, VendorLink[]>> {
  return linksAt(em, 'from', query);
}

/** Links arriving at the given records, grouped by record id (every requested id has an entry). */
export function linksTo(em: EntityManager, query: LinkQuery): Promise<Map<string, VendorLink[]>> {
  return linksAt(em, 'to', query);
}

async function linksAt(em: EntityManager, end: 'from' | 'to', query: LinkQuery): Promise<Map<string, VendorLink[]>> {
  const ids = [...new Set(query.ids)];
  const grouped = new Map<string, VendorLink[]>(ids.map((id) => [id, []]));
  for (let start = 0; start < ids.length; start += MAX_IDS_PER_QUERY) {
    const chunk = ids.slice(start, start + MAX_IDS_PER_QUERY);
    // Plain SQL: a ticket's support sessions ask on every read (resolvers/support/links.ts).
    const relation = query.relation === undefined ? '' : ` and ${quote('relation')} = ?`;
    const rows = await selectRows(
      em,
      VendorLinkSchema,
      `${quote(`${end}_vendor`)} = ? and ${quote(`${end}_type`)} = ? and ${quote(`${end}_id`)} in (${placeholders(chunk.length)})${relation}`,
      [query.vendor, query.type, ...chunk, ...(query.relation === undefined ? [] : [query.relation])],
      `order by ${quote('id')} asc`,
    );
    for (const row of rows) grouped.get(end === 'from' ? row.fromId : row.toId)?.push(row);
  }
  return grouped;
}
