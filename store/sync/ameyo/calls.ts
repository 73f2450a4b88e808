import type { AmeyoCallRecord } from '../../../clients/ameyo/call-history.js';
import type { AmeyoClient } from '../../../clients/ameyo/client.js';
import { HistoryCallSchema, type HistoryCall, type HistoryFields } from '../../entities/index.js';
import { paced } from '../pacing.js';
import { rowBatch, type ResourceSync } from '../types.js';
import { earliest, stepWindows, windowedSync } from '../windowed.js';

export interface AmeyoCallSyncOptions {
  /** Days one call-history request covers. Default 7. */
  windowDays?: number;
  /** How far back a first run reads. Default 400 days. */
  lookbackDays?: number;
}

const DAY_MS = 86_400_000;
/** Ameyo names call types by direction: inbound ones, and `transferred.to.campaign.dial` (a caller moved between campaigns). */
const INBOUND_TYPES = new Set(['inbound.call.dial', 'transferred.to.campaign.dial']);

/** Ameyo's call history by connect time; a call still running holds the checkpoint until it has ended. */
export function ameyoCallSync(client: AmeyoClient, options: AmeyoCallSyncOptions = {}): ResourceSync {
  const stepMs = (options.windowDays ?? 7) * DAY_MS;
  return windowedSync({
    vendor: 'ameyo',
    resource: 'calls',
    lookbackMs: (options.lookbackDays ?? 400) * DAY_MS,
    plan: async (range) => stepWindows(range, stepMs),
    async load(window, ctx) {
      const calls = (await paced(ctx, () => client.callHistory(window, { signal: ctx.signal }))).filter((call) => call.startedAt !== null);
      const running = calls.filter((call) => call.endedAt === null).map((call) => Date.parse(call.startedAt!));
      return {
        batches: [rowBatch(HistoryCallSchema, calls.map(toRow))],
        records: calls.length,
        holdAt: earliest(running),
      };
    },
  });
}

function toRow(call: AmeyoCallRecord): HistoryFields<HistoryCall> {
  return {
    vendor: 'ameyo',
    vendorId: call.crtObjectId,
    direction: INBOUND_TYPES.has(call.callType) ? 'inbound' : 'outbound',
    callType: call.callType,
    campaignId: call.campaignId,
    // Ameyo writes numbers as digits with the country code and no `+`.
    phone: call.phone.startsWith('+') ? call.phone : `+${call.phone}`,
    agentUserId: call.userId,
    customerId: call.customerId,
    startedAt: new Date(call.startedAt!),
    endedAt: call.endedAt ? new Date(call.endedAt) : null,
    talkSeconds: call.talkSeconds,
    holdSeconds: call.holdSeconds,
    ringSeconds: call.ringSeconds,
    ivrSeconds: call.ivrSeconds,
    disposition: call.disposition,
    systemDisposition: call.systemDisposition,
    hangupFirst: call.hangupFirst,
    recordingUrl: call.recordingUrl,
  };
}
