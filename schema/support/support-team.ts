import type { SupportVendor } from '../../domain/support.js';
import { listTeams, membersOf, queuesById, teamsById } from '../../resolvers/support/teams.js';
import { VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { vendorKey } from '../core/ids.js';
import { loadSupportNodes } from './support-ids.js';
import { AgentRef, QueueRef, SupportTeamRef } from './support-refs.js';
import { vendorListType } from '../core/unavailable-vendor.js';
import { VendorEnum } from '../core/vendor.js';

builder.node(SupportTeamRef, {
  description: 'A team of support agents at a remote-support vendor (a Bomgar support team).',
  id: { resolve: (team) => vendorKey(team.vendor, team.vendorId) },
  loadMany: (ids, ctx) => loadSupportNodes(ids, (vendor, keys) => teamsById(ctx, vendor, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (team) => team.vendor }),
    vendorId: t.exposeString('vendorId', { nullable: false }),
    name: t.exposeString('name', { nullable: false }),
    members: t.field({ type: [AgentRef], nullable: { list: true, items: false }, resolve: (team, _args, ctx) => membersOf(ctx, team) }),
    queue: t.field({
      type: QueueRef,
      resolve: async (team, _args, ctx) => (team.queueId ? ((await queuesById(ctx, team.vendor, [team.queueId]))[0] ?? null) : null),
    }),
  }),
});

const TeamListRef = vendorListType('SupportTeamList', SupportTeamRef, 'Support teams');

builder.queryField('teams', (t) =>
  t.field({
    type: TeamListRef,
    authScopes: VIEWER,
    description: 'Support teams across remote-support vendors.',
    args: { vendor: t.arg({ type: VendorEnum }) },
    resolve: (_root, { vendor }, ctx) => listTeams(ctx, vendor as SupportVendor | null | undefined),
  }),
);
