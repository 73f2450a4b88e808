import type { GoToAssistClient } from '../../clients/goto/assist/client.js';
import { InputError } from '../../domain/errors.js';
import { vendorClient, type VendorAccess } from '../vendor-client.js';
import type { GoToAssistLoaders } from './loaders.js';
import { toIdentity, toSessionEvent, toSupportQueue, toSupportSession } from './mapping.js';
import type { SupportTarget } from '../../domain/support.js';
import { indexEntryOf, mapLoaded, type SupportSource } from '../support-source.js';
import { mappedOnce } from '../loading/mapped-once.js';

/** GoToAssist has experts and portals, no teams: a team target is refused naming the field. */
function expertOf(target: SupportTarget, field: string): string | undefined {
  if (target.kind === 'team') throw new InputError([{ field, message: 'GoToAssist has no teams; give an agent, or neither for the portal queue' }]);
  return target.kind === 'agent' ? target.identityId : undefined;
}

/** GoToAssist Remote Support as a remote-support source. */
/** What GoToAssist's source reads of a request. */
export type GoToAssistAccess = VendorAccess<'gotoassist', GoToAssistClient, GoToAssistLoaders>;

export const gotoAssistSource: SupportSource<GoToAssistAccess> = {
  vendor: 'gotoassist',
  // The simulator's modeled limits (the real ones are not published); Bomgar's survey limits are the strict ones.
  limits: { customerName: 128, customerCompany: 100, customerDetails: 1024, externalKey: 1024 },

  async index(ctx, window) {
    const sessions = await ctx.loaders.gotoassist.window(window);
    for (const record of sessions) ctx.loaders.gotoassist.sessions.prime(record.sessionId, record);
    return mappedOnce(sessions, (record) => indexEntryOf(toSupportSession(record)));
  },

  async sessions(ctx, ids) {
    return mapLoaded(await ctx.loaders.gotoassist.sessions.loadMany(ids), toSupportSession);
  },

  async feedback(_ctx, session) {
    return session.feedback ?? { rating: null, comment: null, resolution: null };
  },

  async entryFeedback(_ctx, entries) {
    return entries.map((entry) => entry.session?.feedback ?? { rating: null, comment: null, resolution: null });
  },

  async events(ctx, session) {
    return (await ctx.loaders.gotoassist.events.load(session.vendorId)).map(toSessionEvent);
  },

  async identities(ctx) {
    return (await ctx.loaders.gotoassist.agents()).map(toIdentity);
  },

  async teams() {
    return [];
  },

  async queues(ctx) {
    return (await ctx.loaders.gotoassist.queues()).map(toSupportQueue);
  },

  async start(ctx, input) {
    const client = vendorClient(ctx.vendors, 'gotoassist');
    const expert = expertOf(input.target, 'input.teamId');
    const created = await client.createSession({
      partnerObject: input.ticket.id,
      // Where the expert's console links back to: the ticket in Zendesk's agent interface.
      partnerObjectUrl: input.ticket.url,
      customerName: input.customer.name,
      ...(input.customer.email && { customerEmail: input.customer.email }),
    });
    const code = await client.createConnectionCode({ externalId: input.ticket.id, sessionId: created.sessionId, ...(expert && { agentKey: expert }) });
    return { vendor: 'gotoassist', code: code.code, joinUrl: created.customerJoinUrl ?? created.launchUrl, expiresAt: code.expiresAt, sessionId: created.sessionId, ticketId: input.ticket.id };
  },

  forget(ctx, sessionId) {
    ctx.loaders.gotoassist.sessions.clear(sessionId);
  },

  async transfer(ctx, sessionId, target) {
    const expert = expertOf(target, 'to.teamId');
    if (!expert) throw new InputError([{ field: 'to', message: 'give an agent to transfer a GoToAssist session to' }]);
    await vendorClient(ctx.vendors, 'gotoassist').transferSession(sessionId, { expertUserKey: expert });
  },

  async end(ctx, sessionId) {
    await vendorClient(ctx.vendors, 'gotoassist').endSession(sessionId);
  },

  async setExternalKey(ctx, sessionId, ticket) {
    await vendorClient(ctx.vendors, 'gotoassist').setPartnerObject(sessionId, { partnerObject: ticket.id, partnerObjectUrl: ticket.url });
  },

  async cancelCode(ctx, code) {
    return vendorClient(ctx.vendors, 'gotoassist').cancelConnectionCode(code);
  },
};
