import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import { idList, type ApiContext } from '../api-context.js';
import { BULK_LIMIT } from '../constants.js';
import { invalidJson, invalidValue, parameterMissing, type ErrorDetails } from '../errors.js';
import type { JobResult } from '../job-queue.js';
import { isObject, type JsonObject } from '../json-input.js';
import { createTicket, updateTicket } from '../ticket-input.js';
import { applyUser, createUser, upsertTarget, validateUser } from '../user-input.js';
import { jobStatusJson } from './job-statuses.js';

/**
 * Bulk writes: each answers 200 `{"job_status"}` at once and does its work as a background job on
 * the virtual clock (see job-queue.ts), one item at a time, each item validated when its turn comes
 * (a failed item is a failed result, the others go on). Result shapes follow the OpenAPI
 * `CreateResourceResult` (`{index,id}`), `UpdateResourceResult` (`{id,action,success,status}`) and
 * `FailedResult`; the users' `status` ("Created"/"Updated") is from the docs' examples.
 */
export function registerBulkRoutes(router: Router<ApiContext>): void {
  router
    .add('POST', '/api/v2/tickets/create_many', (req, _params, ctx) =>
      enqueue(req, ctx, 'ticket_bulk_create', readItems(req, 'tickets'), (input, index) => () => {
        const result = createTicket(input, ctx);
        if ('invalid' in result) return failed({ index }, 'create', result.invalid);
        ctx.state.audits.recordWrite(result, ctx);
        return { index, id: result.ticket.id };
      }),
    )
    .add('PUT', '/api/v2/tickets/update_many', (req, _params, ctx) => {
      const items = readUpdates(req);
      return enqueue(req, ctx, 'ticket_bulk_update', items, ({ id, input }) => () => {
        const ticket = ctx.state.tickets.get(id);
        if (!ticket) return { id, action: 'update', success: false, error: 'RecordNotFound', details: 'Not found' };
        const result = updateTicket(ticket, input, ctx);
        if ('invalid' in result) return failed({ id }, 'update', result.invalid);
        ctx.state.audits.recordWrite(result, ctx);
        return { id, action: 'update', success: true, status: 'Updated' };
      });
    })
    .add('DELETE', '/api/v2/tickets/destroy_many', (req, _params, ctx) => {
      const ids = idList(req.query.get('ids'));
      const items = ids.length === 0 ? parameterMissing('ids') : ids;
      return enqueue(req, ctx, 'ticket_bulk_delete', items, (id) => () =>
        ctx.state.deleteTicket(id)
          ? { id, action: 'delete', success: true, status: 'Deleted' }
          : { id, action: 'delete', success: false, error: 'RecordNotFound', details: 'Not found' },
      );
    })
    .add('POST', '/api/v2/users/create_many', (req, _params, ctx) =>
      enqueue(req, ctx, 'user_bulk_create', readItems(req, 'users'), (input, index) => () => {
        const invalid = validateUser(input, ctx.state, undefined);
        if (invalid) return failed({ index }, 'create', invalid);
        const user = createUser(input, ctx.state);
        return { index, id: user.id, status: 'Created', email: user.email, external_id: user.externalId };
      }),
    )
    .add('POST', '/api/v2/users/create_or_update_many', (req, _params, ctx) =>
      enqueue(req, ctx, 'user_bulk_create_or_update', readItems(req, 'users'), (input, index) => () => {
        const existing = upsertTarget(input, ctx.state);
        const invalid = validateUser(input, ctx.state, existing);
        if (invalid) return failed({ index }, existing ? 'update' : 'create', invalid);
        if (existing) applyUser(existing, input, ctx.state);
        const user = existing ?? createUser(input, ctx.state);
        return { index, id: user.id, status: existing ? 'Updated' : 'Created', email: user.email, external_id: user.externalId };
      }),
    );
}

/** Queues one task per item and answers the new job's status; `items` may be the reply for a bad body. */
function enqueue<T>(req: SimRequest, { state }: ApiContext, jobType: string, items: T[] | VendorReply, task: (item: T, index: number) => () => JobResult): VendorReply {
  if (!Array.isArray(items)) return items;
  if (items.length > BULK_LIMIT) return invalidValue(`Too many items (the limit is ${BULK_LIMIT})`);
  const job = state.jobs.enqueue(jobType, items.map(task), state.clock.nowMs());
  return jsonReply(200, { job_status: jobStatusJson(job, state, req.baseUrl) });
}

/** `{"<key>": [{...}, ...]}`. */
function readItems(req: SimRequest, key: string): JsonObject[] | VendorReply {
  if (req.bodyError !== undefined) return invalidJson(req.bodyError);
  const list = isObject(req.body) ? req.body[key] : undefined;
  return Array.isArray(list) && list.length > 0 ? list.map((item) => (isObject(item) ? item : {})) : parameterMissing(key);
}

/** `?ids=1,2` with one `{"ticket":{...}}` for all, or `{"tickets":[{"id":1,...},...]}` (a change each). */
function readUpdates(req: SimRequest): { id: number; input: JsonObject }[] | VendorReply {
  if (req.bodyError !== undefined) return invalidJson(req.bodyError);
  const body = isObject(req.body) ? req.body : {};
  const ids = idList(req.query.get('ids'));
  if (ids.length > 0) return isObject(body.ticket) ? ids.map((id) => ({ id, input: body.ticket as JsonObject })) : parameterMissing('ticket');
  if (!Array.isArray(body.tickets)) return parameterMissing('ids');
  return body.tickets.flatMap((item) => {
    const id = isObject(item) ? idList(String(item.id ?? '')).at(0) : undefined;
    return id === undefined ? [] : [{ id, input: item as JsonObject }];
  });
}

/** A failed item (`FailedResult`: `error` and `details`, the validation descriptions joined). */
function failed(where: { index: number } | { id: number }, action: string, details: ErrorDetails): JobResult {
  const text = Object.values(details)
    .flat()
    .map((d) => d.description)
    .join(' ');
  return { ...where, action, success: false, error: 'RecordInvalid', details: text };
}
