import { listQueues, membersOf, queuesById, teamsById } from '../../resolvers/support/teams.js';
import type { SupportVendor } from '../../domain/support.js';
import { longestWaitAt, withWaitingSince } from '../../domain/queue-wait.js';
import { VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { vendorKey } from '../core/ids.js';
import { loadSupportNodes } from './support-ids.js';
import { AgentRef, QueueRef, SupportTeamRef } from './support-refs.js';
import { vendorListType } from '../core/unavailable-vendor.js';
import { VendorEnum } from '../core/vendor.js';

builder.node(QueueRef, {
  description: 'Where customers wait for a support agent: a Bomgar team queue or a GoToAssist portal queue.',
  id: { resolve: (queue) => vendorKey(queue.vendor, queue.vendorId) },
  loadMany: (ids, ctx) => loadSupportNodes(ids, (vendor, keys) => queuesById(ctx, vendor, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (queue) => queue.vendor }),
    vendorId: t.exposeString('vendorId', { nullable: false }),
    name: t.exposeString('name', { nullable: false }),
    waitingCount: t.exposeInt('waitingCount', { nullable: false, description: 'Customers waiting now.' }),
    longestWaitSeconds: t.int({
      nullable: false,
      description: 'How long the longest-waiting customer has waited, as of now.',
      resolve: (queue, _args, ctx) => longestWaitAt(queue, ctx.cache.now.getTime()),
    }),
    waitingSince: t.field({
      type: 'DateTime',
      description:
        "When the longest-waiting customer started waiting (the gateway's clock); null when nobody waits. Live events do not repeat a queue whose wait merely grows: a dashboard counts from here.",
      // A queue read from the vendor just now has none: it started waiting as long ago as its wait.
      resolve: (queue, _args, ctx) => (queue.waitingSince !== undefined ? queue.waitingSince : withWaitingSince(queue, ctx.cache.now.getTime()).waitingSince),
    }),
    team: t.field({
      type: SupportTeamRef,
      resolve: async (queue, _args, ctx) => (queue.teamId ? ((await teamsById(ctx, queue.vendor, [queue.teamId]))[0] ?? null) : null),
    }),
    members: t.field({ type: [AgentRef], nullable: { list: true, items: false }, description: 'Agents serving the queue.', resolve: (queue, _args, ctx) => membersOf(ctx, queue) }),
  }),
});

const QueueListRef = vendorListType('QueueList', QueueRef, 'Support queues');

builder.queryField('queues', (t) =>
  t.field({
    type: QueueListRef,
    authScopes: VIEWER,
    description: 'Support queues across remote-support vendors, with who waits and for how long.',
    args: { vendor: t.arg({ type: VendorEnum }) },
    resolve: (_root, { vendor }, ctx) => listQueues(ctx, vendor as SupportVendor | null | undefined),
  }),
);
