import type { AmeyoClient } from '../../clients/ameyo/client.js';
import type { AmeyoCampaign, AmeyoQueueStats } from '../../clients/ameyo/types.js';
import { toAmeyoIdentities } from './agents.js';
import type { LiveQueue } from '../../domain/live.js';
import type { LiveSource } from '../live-source.js';

/** A campaign's call queue as a board queue (its agents are not listed per campaign: no members). */
export function toCampaignQueue(campaign: AmeyoCampaign, stats: AmeyoQueueStats): LiveQueue {
  return {
    vendor: 'ameyo',
    vendorId: campaign.campaignId,
    name: campaign.campaignName,
    waitingCount: stats.waitingCalls,
    longestWaitSeconds: stats.longestWaitSeconds,
    teamId: null,
    memberIds: [],
  };
}

/**
 * Ameyo through its REST API: users and agent states (agents), the campaigns and each one's
 * queue figures (queues). Calls are not support sessions: they reach the board as busy agents.
 */
export function ameyoLiveSource(client: AmeyoClient): LiveSource {
  return {
    vendor: 'ameyo',
    async read(_previous, signal) {
      const [users, states, campaigns] = await Promise.all([client.listUsers({ signal }), client.agentStates(undefined, { signal }), client.campaigns({ signal })]);
      const stats = await Promise.all(campaigns.map((campaign) => client.queueStats(campaign.campaignId, { signal })));
      return {
        identities: toAmeyoIdentities(users, states),
        queues: campaigns.map((campaign, index) => toCampaignQueue(campaign, stats[index]!)),
        sessions: [],
      };
    },
  };
}
