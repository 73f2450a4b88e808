import { jsonReply } from '../../core/reply.js';
import type { Router } from '../../core/router.js';
import { pathId, type ApiContext } from '../api-context.js';
import { recordNotFound } from '../errors.js';
import { pagedList } from '../paged-list.js';
import { auditJson, ticketJson } from '../serialize.js';
import { ticketSideloads } from '../sideloads.js';

/** A ticket's audits (oldest first; cursor or offset), one audit, and their count. */
export function registerAuditRoutes(router: Router<ApiContext>): void {
  router
    .add('GET', '/api/v2/tickets/:id/audits/count', (_req, params, { state }) => {
      const ticketId = pathId(params.id) ?? -1;
      if (!state.tickets.has(ticketId)) return recordNotFound();
      return jsonReply(200, { count: { value: state.audits.of(ticketId, state.commentsOf(ticketId)).length, refreshed_at: state.now() } });
    })
    .add('GET', '/api/v2/tickets/:id/audits', (req, params, { state }) => {
      const ticket = state.tickets.get(pathId(params.id) ?? -1);
      if (!ticket) return recordNotFound();
      const audits = state.audits.of(ticket.id, state.commentsOf(ticket.id));
      // Oldest first, so the position doubles as the cursor key.
      const positioned = audits.map((audit, position) => ({ audit, position }));
      return pagedList(req, 'audits', positioned, {
        key: (a) => a.position,
        toJson: (a) => auditJson(a.audit, req.baseUrl),
        extra: () => {
          const extra = ticketSideloads(req, [ticket], state);
          if (new Set((req.query.get('include') ?? '').split(',')).has('tickets')) extra.tickets = [ticketJson(ticket, req.baseUrl)];
          return extra;
        },
      });
    })
    .add('GET', '/api/v2/tickets/:id/audits/:auditId', (req, params, { state }) => {
      const ticketId = pathId(params.id) ?? -1;
      if (!state.tickets.has(ticketId)) return recordNotFound();
      const audit = state.audits.of(ticketId, state.commentsOf(ticketId)).find((a) => a.id === pathId(params.auditId));
      return audit ? jsonReply(200, { audit: auditJson(audit, req.baseUrl) }) : recordNotFound();
    });
}
