import { jsonReply, type VendorReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import { bodyObject, idList, pathId, type ApiContext } from '../api-context.js';
import { invalidValue, recordInvalid, recordNotFound } from '../errors.js';
import { pagedList } from '../paged-list.js';
import { ticketSideloads } from '../sideloads.js';
import type { ZendeskState } from '../state.js';
import { auditJson, ticketJson, ticketUrl } from '../serialize.js';
import { createTicket, updateTicket } from '../ticket-input.js';
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
    .add('GET', '/api/v2/tickets', (req, _params, { state }) => listTickets(req, [...state.tickets.values()], state))
    .add('GET', '/api/v2/tickets/show_many', (req, _params, { state }) => {
      const ids = idList(req.query.get('ids'));
      if (ids.length > SHOW_MANY_LIMIT) return invalidValue(`Too many ids (the limit is ${SHOW_MANY_LIMIT})`);
      const tickets = [...new Set(ids)].flatMap((id) => {
        const t = state.tickets.get(id);
        return t ? [t] : [];
      });
      return jsonReply(200, { tickets: tickets.map((t) => ticketJson(t, req.baseUrl)), ...ticketSideloads(req, tickets, state), next_page: null, previous_page: null, count: tickets.length });
    })
    .add('GET', '/api/v2/tickets/:id', (req, params, { state }) => {
      const ticket = state.tickets.get(pathId(params.id) ?? -1);
      return ticket ? jsonReply(200, { ticket: ticketJson(ticket, req.baseUrl), ...ticketSideloads(req, [ticket], state) }) : recordNotFound();
    })
    .add('PUT', '/api/v2/tickets/:id', (req, params, ctx) => {
      const ticket = ctx.state.tickets.get(pathId(params.id) ?? -1);
      if (!ticket) return recordNotFound();
      const body = bodyObject(req, 'ticket');
      if ('reply' in body) return body.reply;
      const result = updateTicket(ticket, body.input, ctx);
      if ('invalid' in result) return recordInvalid(result.invalid);
      return jsonReply(200, { ticket: ticketJson(result.ticket, req.baseUrl), audit: auditJson(ctx.state.audits.recordWrite(result, ctx), req.baseUrl) });
    })
    .add('DELETE', '/api/v2/tickets/:id', (_req, params, { state }) => (state.deleteTicket(pathId(params.id) ?? -1) ? { status: 204 } : recordNotFound()));
}

function createTicketReply(req: SimRequest, ctx: ApiContext): VendorReply {
  const body = bodyObject(req, 'ticket');
  if ('reply' in body) return body.reply;
  const result = createTicket(body.input, ctx);
  if ('invalid' in result) return recordInvalid(result.invalid);
  const url = ticketUrl(req.baseUrl, result.ticket.id);
  return jsonReply(201, { ticket: ticketJson(result.ticket, req.baseUrl), audit: auditJson(ctx.state.audits.recordWrite(result, ctx), req.baseUrl) }, { Location: url });
}

/** A ticket list in either pagination style, sorted by id, with the side-loads `include=` asks for. */
export function listTickets(req: SimRequest, tickets: ZendeskTicket[], state: ZendeskState): VendorReply {
  const sorted = tickets.sort((a, b) => a.id - b.id);
  return pagedList(req, 'tickets', sorted, { key: (t) => t.id, toJson: (t) => ticketJson(t, req.baseUrl), extra: (page) => ticketSideloads(req, page, state) });
}
