import { InputError, NotFoundError } from '../../domain/errors.js';
import {
  deleteOrganizer,
  groupByKey,
  listGroups,
  listOrganizers,
  organizerByKey,
  organizersByKey,
  setOrganizerStatus,
  signUpOrganizer,
} from '../../resolvers/meetings/organizers.js';
import { ORGANIZER_PRODUCTS, ORGANIZER_STATUSES, type Organizer, type OrganizerGroup } from '../../domain/organizers.js';
import { ADMIN, VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { loadVendorNodes, vendorKey, vendorKeyArg } from '../core/ids.js';
import { DeletedRef } from '../core/time-range.js';
import { VendorEnum } from '../core/vendor.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency-key.js';
import { idempotent } from '../../resolvers/idempotency/idempotent.js';

export const OrganizerStatusEnum = builder.enumType('OrganizerStatus', { values: ORGANIZER_STATUSES });
export const OrganizerProductEnum = builder.enumType('OrganizerProduct', { values: ORGANIZER_PRODUCTS, description: 'A GoTo product an organizer is licensed for.' });

export const OrganizerRef = builder.objectRef<Organizer>('Organizer');
export const OrganizerGroupRef = builder.objectRef<OrganizerGroup>('OrganizerGroup');

/** An organizer id argument: an Organizer id or GoTo's organizer key. */
export const organizerKeyArg = (value: string, field: string) => vendorKeyArg(value, 'Organizer', 'gotomeeting', field);

builder.node(OrganizerRef, {
  description: 'Someone licensed to host GoToMeeting meetings, webinars or trainings.',
  id: { resolve: (o) => vendorKey(o.vendor, o.vendorId) },
  loadMany: (ids, ctx) => loadVendorNodes(ids, 'gotomeeting', (keys) => organizersByKey(ctx, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (o) => o.vendor }),
    vendorId: t.exposeString('vendorId', { nullable: false, description: "GoTo's organizer key (int64, kept exact)." }),
    name: t.exposeString('name', { nullable: false }),
    firstName: t.exposeString('firstName', { nullable: false }),
    lastName: t.exposeString('lastName', { nullable: false }),
    email: t.exposeString('email', { nullable: false }),
    status: t.field({ type: OrganizerStatusEnum, nullable: false, resolve: (o) => o.status }),
    products: t.field({ type: [OrganizerProductEnum], nullable: false, resolve: (o) => o.products }),
    maxAttendees: t.exposeInt('maxAttendees', { description: 'Most attendees one of their meetings may have.' }),
    group: t.field({ type: OrganizerGroupRef, resolve: (o, _args, ctx) => (o.groupKey ? groupByKey(ctx, o.groupKey) : null) }),
  }),
});

OrganizerGroupRef.implement({
  description: 'A group of organizers in the GoTo account.',
  authScopes: VIEWER,
  fields: (t) => ({
    vendorId: t.exposeString('vendorId', { nullable: false, description: "GoTo's group key." }),
    name: t.exposeString('name', { nullable: false }),
    parentId: t.exposeString('parentKey'),
    organizerCount: t.exposeInt('organizerCount', { nullable: false }),
    organizers: t.field({
      type: [OrganizerRef],
      nullable: false,
      resolve: (group, _args, ctx) => listOrganizers(ctx, { groupKey: group.vendorId }),
    }),
  }),
});

const OrganizerFilterInput = builder.inputType('OrganizerFilter', {
  fields: (t) => ({
    status: t.field({ type: OrganizerStatusEnum }),
    groupId: t.string({ description: "An OrganizerGroup's vendorId (GoTo group key)." }),
    email: t.string(),
  }),
});

builder.queryFields((t) => ({
  organizers: t.field({
    type: [OrganizerRef],
    nullable: { list: true, items: false },
    description: 'Organizers of the GoTo account (one upstream call), filtered by status, group or email.',
    authScopes: VIEWER,
    args: { filter: t.arg({ type: OrganizerFilterInput }) },
    resolve: (_root, { filter }, ctx) => listOrganizers(ctx, { status: filter?.status, groupKey: filter?.groupId, email: filter?.email }),
  }),
  organizer: t.field({
    type: OrganizerRef,
    authScopes: VIEWER,
    args: { id: t.arg.id({ required: true, description: 'An Organizer id or GoTo organizer key.' }) },
    resolve: (_root, { id }, ctx) => organizerByKey(ctx, organizerKeyArg(String(id), 'id')),
  }),
  organizerGroups: t.field({
    type: [OrganizerGroupRef],
    nullable: { list: true, items: false },
    authScopes: VIEWER,
    resolve: (_root, _args, ctx) => listGroups(ctx),
  }),
}));

const SignUpOrganizerInput = builder.inputType('SignUpOrganizerInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'First and last name.' }),
    email: t.string({ required: true }),
    groupId: t.string({ description: "The OrganizerGroup's vendorId; omitted: the account's root group." }),
    product: t.field({ type: OrganizerProductEnum, required: true }),
  }),
});

builder.mutationFields((t) => ({
  signUpOrganizer: t.field({
    type: OrganizerRef,
    authScopes: ADMIN,
    description: 'Signs up an organizer; an email already in the account is a ValidationError on input.email.',
    errors: { types: [InputError], dataField: { name: 'organizer' } },
    args: { input: t.arg({ type: SignUpOrganizerInput, required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { input, idempotencyKey }, ctx) =>
      idempotent(ctx, { operation: 'signUpOrganizer', key: idempotencyKey, args: { input } }, () =>
        signUpOrganizer(ctx, { name: input.name, email: input.email, groupKey: input.groupId, product: input.product }),
      ),
  }),
  deleteOrganizer: t.field({
    type: DeletedRef,
    authScopes: ADMIN,
    errors: { types: [InputError, NotFoundError], dataField: { name: 'deleted' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      await deleteOrganizer(ctx, organizerKeyArg(String(id), 'id'));
      return { id: String(id) };
    },
  }),
  setOrganizerStatus: t.field({
    type: OrganizerRef,
    authScopes: ADMIN,
    errors: { types: [InputError, NotFoundError], dataField: { name: 'organizer' } },
    description: 'Suspends an organizer (GoTo removes every product) or reactivates one by granting `product` (default MEETING).',
    args: {
      id: t.arg.id({ required: true }),
      status: t.arg({ type: OrganizerStatusEnum, required: true }),
      product: t.arg({ type: OrganizerProductEnum, description: 'For ACTIVE: the product to grant back (default MEETING). Ignored for SUSPENDED.' }),
    },
    resolve: (_root, { id, status, product }, ctx) => setOrganizerStatus(ctx, organizerKeyArg(String(id), 'id'), status, product),
  }),
}));
