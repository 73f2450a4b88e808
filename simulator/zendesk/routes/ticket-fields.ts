import { jsonReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import { pathId, type ApiContext } from '../api-context.js';
import { TICKET_FIELDS, ticketFieldJson } from '../directory.js';
import { recordNotFound } from '../errors.js';

/** Ticket fields, read-only: the system fields, in their admin order (no custom fields are modeled). */
export function registerTicketFieldRoutes(router: Router<ApiContext>): void {
  router
    .add('GET', '/api/v2/ticket_fields', (req) => {
      const ticketFields = TICKET_FIELDS.map((f, i) => ticketFieldJson(f, req.baseUrl, i + 1));
      return jsonReply(200, { ticket_fields: ticketFields, next_page: null, previous_page: null, count: ticketFields.length });
    })
    .add('GET', '/api/v2/ticket_fields/:id', (req, params) => {
      const index = TICKET_FIELDS.findIndex((f) => f.id === pathId(params.id));
      const field = TICKET_FIELDS[index];
      return field ? jsonReply(200, { ticket_field: ticketFieldJson(field, req.baseUrl, index + 1) }) : recordNotFound();
    });
}
