import { describe, expect, it } from 'vitest';
import { RequestCache } from '../request-cache.js';
import type { Context } from '../context.js';
import { sessionsOfTicketSince, TICKET_CLOCK_SKEW_MS } from './ticket-window.js';

const HOUR = 3_600_000;

/**
 * A request's context with only what ticket-window.ts reads: the request cache and Zendesk's
 * ticket loader, here answering from a table (a missing id is null, as Zendesk's show_many
 * leaves it out) and recording each batch it was asked for.
 */
function contextWith(created: Record<string, string | Error>) {
  const batches: string[][] = [];
  const loadMany = async (ids: readonly string[]) => {
    batches.push([...ids]);
    return ids.map((id) => {
      const at = created[id];
      return at === undefined ? null : at instanceof Error ? at : { id, created_at: at };
    });
  };
  const ctx = { cache: new RequestCache(new Date('2030-02-01T00:00:00Z')), loaders: { zendesk: { tickets: { loadMany } } } } as unknown as Context;
  return { ctx, batches };
}

describe('sessionsOfTicketSince', () => {
  it("is the ticket's creation less the clock skew allowed, to the whole second", async () => {
    const { ctx } = contextWith({ '1': '2030-01-10T12:00:00.750Z' });
    expect(TICKET_CLOCK_SKEW_MS).toBe(HOUR);
    expect(await sessionsOfTicketSince(ctx, '1')).toEqual(new Date('2030-01-10T11:00:00.000Z'));
  });

  it('gives every ticket asked about in the same tick the earliest start, from one read of the tickets', async () => {
    const { ctx, batches } = contextWith({ '1': '2030-01-10T12:00:00Z', '2': '2030-01-03T08:30:00Z', '3': '2030-01-20T00:00:00Z' });
    const starts = await Promise.all(['1', '2', '3'].map((id) => sessionsOfTicketSince(ctx, id)));
    expect(starts).toEqual([new Date('2030-01-03T07:30:00Z'), new Date('2030-01-03T07:30:00Z'), new Date('2030-01-03T07:30:00Z')]);
    expect(batches).toEqual([['1', '2', '3']]);
  });

  it('is null for a ticket that cannot be read (unknown, failed, or without a creation time), and the others keep theirs', async () => {
    const { ctx } = contextWith({ '1': '2030-01-10T12:00:00Z', '3': new Error('not found'), '4': 'not a date' });
    const starts = await Promise.all(['1', '2', '3', '4'].map((id) => sessionsOfTicketSince(ctx, id)));
    expect(starts).toEqual([new Date('2030-01-10T11:00:00Z'), null, null, null]);
  });

  it('is null for every ticket of a batch none of which can be read', async () => {
    const { ctx } = contextWith({ '3': new Error('not found') });
    expect(await Promise.all(['2', '3'].map((id) => sessionsOfTicketSince(ctx, id)))).toEqual([null, null]);
  });

  it('is null when Zendesk is not configured (its loaders throw on use)', async () => {
    const ctx = {
      cache: new RequestCache(new Date(0)),
      loaders: {
        zendesk: {
          get tickets(): never {
            throw new Error('zendesk is not configured');
          },
        },
      },
    } as unknown as Context;
    expect(await sessionsOfTicketSince(ctx, '1')).toBeNull();
  });

  it('reuses, in a later batch of the request, a start already given that covers it, so the listing can be shared', async () => {
    const { ctx, batches } = contextWith({ '1': '2030-01-03T08:30:00Z', '2': '2030-01-10T12:00:00Z', '3': '2030-01-01T00:00:00Z' });
    const first = await sessionsOfTicketSince(ctx, '1');
    expect(first).toEqual(new Date('2030-01-03T07:30:00Z'));
    // A younger ticket: the start given before covers it.
    expect(await sessionsOfTicketSince(ctx, '2')).toBe(first);
    // An older one needs an earlier start.
    expect(await sessionsOfTicketSince(ctx, '3')).toEqual(new Date('2029-12-31T23:00:00Z'));
    // Each ticket is read once in a request.
    expect(await sessionsOfTicketSince(ctx, '2')).toBe(first);
    expect(batches).toEqual([['1'], ['2'], ['3']]);
  });

  it('of the starts given, reuses the latest one that still covers', async () => {
    const { ctx } = contextWith({ '1': '2030-01-09T01:00:00Z', '2': '2030-01-01T01:00:00Z', '3': '2030-01-10T01:00:00Z' });
    const later = await sessionsOfTicketSince(ctx, '1');
    const earlier = await sessionsOfTicketSince(ctx, '2');
    expect(later).toEqual(new Date('2030-01-09T00:00:00Z'));
    expect(earlier).toEqual(new Date('2030-01-01T00:00:00Z'));
    // Both cover the third ticket; the later one lists less.
    expect(await sessionsOfTicketSince(ctx, '3')).toBe(later);
  });

  it('keeps nothing between requests', async () => {
    const { ctx, batches } = contextWith({ '1': '2030-01-10T12:00:00Z' });
    await sessionsOfTicketSince(ctx, '1');
    ctx.cache = new RequestCache(new Date(0));
    await sessionsOfTicketSince(ctx, '1');
    expect(batches).toEqual([['1'], ['1']]);
  });
});
