import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import { bodyObject, idList, pathId, type ApiContext } from '../api-context.js';
import { invalidValue, recordInvalid, recordNotFound } from '../errors.js';
import { cursorPage, isReply, offsetPage, readPageRequest } from '../pagination.js';
import { commentJson, htmlBody, ticketJson, ticketUrl } from '../serialize.js';
import { createTicket, updateTicket, type TicketWrite } from '../ticket-input.js';
import type { ZendeskTicket } from '../model.js';
import type { SimRequest } from '../../core/request.js';

const SHOW_MANY_LIMIT = 100;

/** Tickets: create, list (cursor or offset), show_many, show, update (with comment), delete. */
export function registerTicketRoutes(router: Router<ApiContext>): void {
  router
    .add('POST', '/api/v2/tickets', (req, _params, ctx) => {
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || key === '') return createTicketReply(req, ctx);
      // Zendesk compares a repeat's parameters with the first request's: its body, as sent.
      const parameters = req.rawBody.toString('utf8');
      const nowMs = ctx.state.clock.nowMs();
      return ctx.state.idempotentCreates.repeat(key, parameters, nowMs) ?? ctx.state.idempotentCreates.keep(key, parameters, createTicketReply(req, ctx), nowMs);
    })
    .add('GET', '/api/v2/tickets', (req, _params, { state }) => listTickets(req, [...state.tickets.values()], 'tickets'))
    .add('GET', '/api/v2/tickets/show_many', (req, _params, { state }) => {
      const ids = idList(req.query.get('ids'));
      if (ids.length > SHOW_MANY_LIMIT) return invalidValue(`Too many ids (the limit is ${SHOW_MANY_LIMIT})`);
      const tickets = [...new Set(ids)].flatMap((id) => {
        const t = state.tickets.get(id);
        return t ? [ticketJson(t, req.baseUrl)] : [];
      });
      return jsonReply(200, { tickets, next_page: null, previous_page: null, count: tickets.length });
    })
    .add('GET', '/api/v2/tickets/:id', (req, params, { state }) => {
      const ticket = state.tickets.get(pathId(params.id) ?? -1);
      return ticket ? jsonReply(200, { ticket: ticketJson(ticket, req.baseUrl) }) : recordNotFound();
    })
    .add('PUT', '/api/v2/tickets/:id', (req, params, ctx) => {
      const ticket = ctx.state.tickets.get(pathId(params.id) ?? -1);
      if (!ticket) return recordNotFound();
      const body = bodyObject(req, 'ticket');
      if ('reply' in body) return body.reply;
      const result = updateTicket(ticket, body.input, ctx);
      if ('invalid' in result) return recordInvalid(result.invalid);
      return jsonReply(200, { ticket: ticketJson(result.ticket, req.baseUrl), audit: auditJson(result, ctx, req) });
    })
    .add('DELETE', '/api/v2/tickets/:id', (_req, params, { state }) => {
      const id = pathId(params.id) ?? -1;
      const ticket = state.tickets.get(id);
      if (!ticket) return recordNotFound();
      state.tickets.delete(id);
      // Kept for the incremental export, which reports deleted tickets with status "deleted".
      state.deletedTickets.set(id, { ...ticket, status: 'deleted', updatedAt: state.now() });
      return { status: 204 };
    });
}

function createTicketReply(req: SimRequest, ctx: ApiContext): VendorReply {
  const body = bodyObject(req, 'ticket');
  if ('reply' in body) return body.reply;
  const result = createTicket(body.input, ctx);
  if ('invalid' in result) return recordInvalid(result.invalid);
  const url = ticketUrl(req.baseUrl, result.ticket.id);
  return jsonReply(201, { ticket: ticketJson(result.ticket, req.baseUrl), audit: auditJson(result, ctx, req) }, { Location: url });
}

/** A ticket list in either pagination style, sorted by id. */
export function listTickets(req: SimRequest, tickets: ZendeskTicket[], key: string): VendorReply {
  const sorted = tickets.sort((a, b) => a.id - b.id);
  const request = readPageRequest(req.query);
  if (isReply(request)) return request;
  if (request.kind === 'cursor') {
    const page = cursorPage(sorted, (t) => t.id, request, req);
    return jsonReply(200, { [key]: page.items.map((t) => ticketJson(t, req.baseUrl)), meta: page.meta, links: page.links });
  }
  const page = offsetPage(sorted, request, req);
  if (isReply(page)) return page;
  return jsonReply(200, { [key]: page.items.map((t) => ticketJson(t, req.baseUrl)), next_page: page.next_page, previous_page: page.previous_page, count: page.count });
}

function auditJson(write: TicketWrite, ctx: ApiContext, req: SimRequest): Record<string, unknown> {
  const events: Record<string, unknown>[] = [];
  if (write.comment) {
    const c = commentJson(write.comment);
    events.push({ id: c.id, type: 'Comment', author_id: c.author_id, body: c.body, html_body: htmlBody(write.comment.body), plain_body: c.plain_body, public: c.public, attachments: [], audit_id: write.auditId });
  }
  events.push(...write.events);
  return {
    id: write.auditId,
    ticket_id: write.ticket.id,
    created_at: write.comment?.createdAt ?? write.ticket.updatedAt,
    author_id: ctx.actor.id,
    metadata: { system: ctx.client === null ? {} : { client: ctx.client }, custom: {} },
    via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
    events,
    url: `${req.baseUrl}/api/v2/tickets/${write.ticket.id}/audits/${write.auditId}.json`,
  };
}
