import { EntitySchema } from '@mikro-orm/core';

/**
 * A link the gateway made between two vendor records, e.g. a Zendesk ticket and the
 * Bomgar session opened for it. Vendor ids are strings: some exceed 2^53.
 */
export interface VendorLink {
  id: number;
  fromVendor: string;
  fromType: string;
  fromId: string;
  toVendor: string;
  toType: string;
  toId: string;
  /** what the link means, e.g. `ticket-session` */
  relation: string;
  createdAt: Date;
  /** the label or role of the API key that made the link, when known */
  createdBy: string | null;
}

/** The columns that identify a link; an identical link is never stored twice. */
export const VENDOR_LINK_IDENTITY = ['fromVendor', 'fromType', 'fromId', 'toVendor', 'toType', 'toId', 'relation'] as const;

export const VendorLinkSchema = new EntitySchema<VendorLink>({
  name: 'VendorLink',
  tableName: 'vendor_links',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    fromVendor: { type: 'string', length: 32, fieldName: 'from_vendor' },
    fromType: { type: 'string', length: 64, fieldName: 'from_type' },
    fromId: { type: 'string', length: 255, fieldName: 'from_id' },
    toVendor: { type: 'string', length: 32, fieldName: 'to_vendor' },
    toType: { type: 'string', length: 64, fieldName: 'to_type' },
    toId: { type: 'string', length: 255, fieldName: 'to_id' },
    relation: { type: 'string', length: 64 },
    createdAt: { type: 'datetime', fieldName: 'created_at' },
    createdBy: { type: 'string', length: 255, fieldName: 'created_by', nullable: true },
  },
  // The unique index starts with the "from" end, so it also serves lookups from that end;
  // a separate index covers the "to" end.
  uniques: [{ name: 'vendor_links_identity_unique', properties: [...VENDOR_LINK_IDENTITY] }],
  indexes: [{ name: 'vendor_links_to_index', properties: ['toVendor', 'toType', 'toId'] }],
});
