import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import { pathId, type ApiContext } from '../api-context.js';
import { invalidJson, parameterMissing, recordInvalid, recordNotFound } from '../errors.js';
import { isObject, normaliseTags } from '../json-input.js';
import { pagedList } from '../paged-list.js';
import { updateTicket } from '../ticket-input.js';

type TagChange = 'add' | 'set' | 'remove';

/**
 * Tags: a ticket's or a user's (`GET` lists, `PUT` adds, `POST` replaces, `DELETE` removes; body
 * `{"tags":[...]}`, answer `{"tags":[...]}`), and the account's (`GET /tags`: `{name, count}` by
 * use, most used first). A ticket's tag change is an update: it gets an audit and a new
 * `updated_at`, and a closed ticket refuses it.
 */
export function registerTagRoutes(router: Router<ApiContext>): void {
  const methods: [string, TagChange][] = [
    ['PUT', 'add'],
    ['POST', 'set'],
    ['DELETE', 'remove'],
  ];
  router
    .add('GET', '/api/v2/tags', (req, _params, { state }) => {
      const counts = new Map<string, number>();
      for (const record of [...state.tickets.values(), ...state.users.values()]) for (const tag of record.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      const tags = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, count], position) => ({ name, count, position }));
      // Tags have no id: their place in the popularity order is the cursor key.
      return pagedList(req, 'tags', tags, { key: (t) => t.position, toJson: ({ name, count }) => ({ name, count }) });
    })
    .add('GET', '/api/v2/tickets/:id/tags', (_req, params, { state }) => {
      const ticket = state.tickets.get(pathId(params.id) ?? -1);
      return ticket ? jsonReply(200, { tags: ticket.tags }) : recordNotFound();
    })
    .add('GET', '/api/v2/users/:id/tags', (_req, params, { state }) => {
      const user = state.users.get(pathId(params.id) ?? -1);
      return user ? jsonReply(200, { tags: user.tags }) : recordNotFound();
    });
  for (const [method, change] of methods) {
    router
      .add(method, '/api/v2/tickets/:id/tags', (req, params, ctx) => {
        const ticket = ctx.state.tickets.get(pathId(params.id) ?? -1);
        if (!ticket) return recordNotFound();
        const given = requestedTags(req, change);
        if (!Array.isArray(given)) return given;
        const result = updateTicket(ticket, { tags: changed(ticket.tags, given, change) }, ctx);
        if ('invalid' in result) return recordInvalid(result.invalid);
        if (result.events.length > 0) ctx.state.audits.recordWrite(result, ctx);
        return jsonReply(200, { tags: result.ticket.tags });
      })
      .add(method, '/api/v2/users/:id/tags', (req, params, { state }) => {
        const user = state.users.get(pathId(params.id) ?? -1);
        if (!user) return recordNotFound();
        const given = requestedTags(req, change);
        if (!Array.isArray(given)) return given;
        user.tags = changed(user.tags, given, change);
        user.updatedAt = state.now();
        return jsonReply(200, { tags: user.tags });
      });
  }
}

/**
 * The `tags` of the body; `DELETE` may also name them in the query (`?tags=a,b`), since many
 * clients send no body with DELETE (modeled: the docs show the body form only).
 */
function requestedTags(req: SimRequest, change: TagChange): string[] | VendorReply {
  if (req.bodyError !== undefined) return invalidJson(req.bodyError);
  const fromBody = isObject(req.body) ? normaliseTags(req.body.tags) : undefined;
  const fromQuery = change === 'remove' && req.query.has('tags') ? normaliseTags((req.query.get('tags') ?? '').split(',')) : undefined;
  return fromBody ?? fromQuery ?? parameterMissing('tags');
}

function changed(current: string[], given: string[], change: TagChange): string[] {
  if (change === 'set') return given;
  if (change === 'add') return [...new Set([...current, ...given])];
  return current.filter((t) => !given.includes(t));
}
