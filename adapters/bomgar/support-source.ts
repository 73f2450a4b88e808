import { BOMGAR_START_SESSION_LIMITS, type BomgarClient } from '../../clients/bomgar/client.js';
import { vendorClient, type VendorAccess } from '../vendor-client.js';
import { InputError } from '../../domain/errors.js';
import { surveyKey, type BomgarLoaders } from './loaders.js';
import { bomgarQueue, repIdentities, statusOfSummary, toFeedback, toGeneralQueue, toSupportQueue, toSupportSession, toSupportTeam } from './mapping.js';
import { mapLoaded, type SupportSource } from '../support-source.js';
import { mappedOnce } from '../loading/mapped-once.js';

/** Bomgar / BeyondTrust RS as a remote-support source. */
/** What Bomgar's source reads of a request. */
export type BomgarAccess = VendorAccess<'bomgar', BomgarClient, BomgarLoaders>;

export const bomgarSource: SupportSource<BomgarAccess> = {
  vendor: 'bomgar',
  limits: {
    customerName: BOMGAR_START_SESSION_LIMITS.customerName,
    customerCompany: BOMGAR_START_SESSION_LIMITS.customerCompany,
    customerDetails: BOMGAR_START_SESSION_LIMITS.customerDetails,
    externalKey: BOMGAR_START_SESSION_LIMITS.externalKey,
  },

  async index(ctx, window) {
    const summaries = await ctx.loaders.bomgar.listing(window);
    return mappedOnce(summaries, (summary) => ({
      vendor: 'bomgar' as const,
      vendorId: summary.lsid,
      startedAt: summary.startTime,
      endedAt: summary.endTime,
      status: statusOfSummary(summary),
      agentId: summary.primaryRepId,
      externalKey: summary.externalKey,
    }));
  },

  async sessions(ctx, ids) {
    return mapLoaded(await ctx.loaders.bomgar.sessions.loadMany(ids), toSupportSession);
  },

  async feedback(ctx, session) {
    const record = await ctx.loaders.bomgar.sessions.load(session.vendorId);
    if (!record || record.endTime === null) return { rating: null, comment: null, resolution: null };
    return toFeedback(await ctx.loaders.bomgar.surveys.load(surveyKey(record)));
  },

  async entryFeedback(ctx, entries) {
    const keys = entries.map((entry) => surveyKey({ lsid: entry.vendorId, startTime: entry.startedAt, endTime: entry.endedAt }));
    return mapLoaded(await ctx.loaders.bomgar.surveys.loadMany(keys), toFeedback).map((feedback) => feedback!);
  },

  async events(_ctx, session) {
    return session.events ?? [];
  },

  async identities(ctx) {
    const [teams, logged] = await Promise.all([ctx.loaders.bomgar.supportTeams(), ctx.loaders.bomgar.loggedInReps()]);
    return repIdentities(teams, logged);
  },

  async teams(ctx) {
    return (await ctx.loaders.bomgar.supportTeams()).map(toSupportTeam);
  },

  async queues(ctx) {
    const [teams, general] = await Promise.all([ctx.loaders.bomgar.supportTeams(), ctx.loaders.bomgar.generalQueue()]);
    return [...teams.map(toSupportQueue), ...(general ? [toGeneralQueue(general, teams)] : [])];
  },

  async start(ctx, input) {
    const client = vendorClient(ctx.vendors, 'bomgar');
    const key = await client.generateSessionKey({ queue: bomgarQueue(input.target), externalKey: input.ticket.id });
    const joinUrl = client.startSessionUrl({
      shortKey: key.shortKey,
      customerName: input.customer.name,
      customerCompany: input.customer.company ?? undefined,
      customerDetails: input.customer.details ?? undefined,
      externalKey: input.ticket.id,
    });
    return { vendor: 'bomgar', code: key.shortKey, joinUrl, expiresAt: key.expiresAt, sessionId: null, ticketId: input.ticket.id };
  },

  forget(ctx, sessionId) {
    ctx.loaders.bomgar.sessions.clear(sessionId);
  },

  async transfer(ctx, sessionId, target) {
    await vendorClient(ctx.vendors, 'bomgar').transferSession(sessionId, bomgarQueue(target));
  },

  async end(ctx, sessionId) {
    await vendorClient(ctx.vendors, 'bomgar').terminateSession(sessionId);
  },

  async setExternalKey(ctx, sessionId, ticket) {
    // Bomgar keeps the key only; the Zendesk link is made from it.
    await vendorClient(ctx.vendors, 'bomgar').setExternalKey(sessionId, ticket.id);
  },

  async cancelCode() {
    // The Command API has no call to revoke a session key; keys lapse at their ttl.
    throw new InputError([{ field: 'vendor', message: 'Bomgar session keys cannot be cancelled; they expire on their own' }]);
  },
};
