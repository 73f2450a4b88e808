import { cacheSlot } from '../request-cache.js';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { addLink, linksFrom, linksTo } from '../../store/index.js';
import type { SupportVendor } from '../../domain/support.js';
import { sharedRead } from '../history/store-reads.js';

const countRows = (grouped: Map<string, readonly unknown[]>): number => [...grouped.values()].reduce((sum, rows) => sum + rows.length, 0);

/**
 * The gateway's own record of which ticket a support session (or session key) was opened for,
 * kept in the store's vendor links. Vendors also keep the ticket on the session (Bomgar's
 * external key, GoToAssist's partnerObject); the link covers sessions whose key was set
 * elsewhere or not at all.
 */
export const TICKET_SESSION = 'ticket-support-session';
export const TICKET_SESSION_KEY = 'ticket-support-session-key';

interface LinkLoaders {
  sessionsOfTicket: DataLoader<string, { vendor: SupportVendor; vendorId: string }[]>;
  ticketOfSession: DataLoader<string, string | null>;
}

const perRequest = cacheSlot<LinkLoaders>('support/links:perRequest');


function loaders(ctx: Context): LinkLoaders {
  let found = ctx.cache.get(perRequest);
  if (!found) {
    found = {
      sessionsOfTicket: new DataLoader(async (ticketIds) => {
        // Every read of a ticket's sessions asks: shared while the store is unchanged.
        const query = { vendor: 'zendesk', type: 'Ticket', ids: ticketIds, relation: TICKET_SESSION };
        const links = await sharedRead(ctx, `vendor_links from ${JSON.stringify(query)}`, () => linksFrom(ctx.em, query), (found) => countRows(found));
        return ticketIds.map((id) => (links.get(id) ?? []).map((link) => ({ vendor: link.toVendor as SupportVendor, vendorId: link.toId })));
      }),
      // Keyed `<vendor>:<vendorId>`; one query per vendor in the batch.
      ticketOfSession: new DataLoader(async (keys) => {
        const byVendor = new Map<string, string[]>();
        for (const key of keys) {
          const [vendor, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
          byVendor.set(vendor, [...(byVendor.get(vendor) ?? []), id]);
        }
        const found = new Map<string, string>();
        for (const [vendor, ids] of byVendor) {
          const links = await linksTo(ctx.em, { vendor, type: 'SupportSession', ids, relation: TICKET_SESSION });
          for (const [id, rows] of links) if (rows[0]) found.set(`${vendor}:${id}`, rows[0].fromId);
        }
        return keys.map((key) => found.get(key) ?? null);
      }),
    };
    ctx.cache.set(perRequest, found);
  }
  return found;
}

export function linkedSessions(ctx: Context, ticketId: string): Promise<{ vendor: SupportVendor; vendorId: string }[]> {
  return loaders(ctx).sessionsOfTicket.load(ticketId);
}

export function linkedTicket(ctx: Context, vendor: SupportVendor, sessionId: string): Promise<string | null> {
  return loaders(ctx).ticketOfSession.load(`${vendor}:${sessionId}`);
}

/** Records that a session (or, before it exists, a session key) was opened for a ticket. */
export async function linkTicket(ctx: Context, ticketId: string, vendor: SupportVendor, target: { type: 'SupportSession' | 'SessionKey'; id: string }): Promise<void> {
  await addLink(ctx.em, {
    fromVendor: 'zendesk',
    fromType: 'Ticket',
    fromId: ticketId,
    toVendor: vendor,
    toType: target.type,
    toId: target.id,
    relation: target.type === 'SupportSession' ? TICKET_SESSION : TICKET_SESSION_KEY,
    createdBy: ctx.caller.label,
  });
  ctx.cache.delete(perRequest);
}
