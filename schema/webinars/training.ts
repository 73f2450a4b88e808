import { organizersByKey } from '../../resolvers/meetings/organizers.js';
import {
  listTrainings,
  registerForTraining,
  trainingAttendance,
  trainingById,
  trainingRegistrants,
  trainingSessions,
  trainingsById,
} from '../../resolvers/webinars/trainings.js';
import type { Training } from '../../domain/trainings.js';
import { MANAGER, VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { loadVendorNodes, vendorKey } from '../core/ids.js';
import { OrganizerRef, organizerKeyArg } from '../meetings/organizer.js';
import { AttendanceRef, contactKey, eventKeyArg, EventSessionRef, RegistrantInputRef, RegistrantRef, registrationErrors } from './registrant.js';
import { TimeRangeRef } from '../core/time-range.js';
import { VendorEnum } from '../core/vendor.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency-key.js';
import { idempotent } from '../../resolvers/idempotency/idempotent.js';

export const TrainingRef = builder.objectRef<Training>('Training');

const trainingKeyArg = (value: string, field: string) => eventKeyArg(value, 'Training', field);

builder.node(TrainingRef, {
  description: 'A GoToTraining training.',
  id: { resolve: (tr) => vendorKey(tr.vendor, tr.vendorId) },
  loadMany: (ids, ctx) => loadVendorNodes(ids, 'gototraining', (keys) => trainingsById(ctx, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (tr) => tr.vendor }),
    vendorId: t.exposeString('trainingKey', { nullable: false, description: "GoTo's training key (int64, kept exact)." }),
    number: t.exposeString('number'),
    name: t.exposeString('name', { nullable: false }),
    description: t.exposeString('description', { nullable: false }),
    times: t.field({ type: [TimeRangeRef], nullable: false, resolve: (tr) => tr.times }),
    timeZone: t.exposeString('timeZone', { nullable: false }),
    organizers: t.field({
      type: [OrganizerRef],
      resolve: async (tr, _args, ctx) => (await organizersByKey(ctx, tr.organizerKeys)).filter((o) => o !== null),
    }),
    registrants: t.field({ type: [RegistrantRef], resolve: (tr, _args, ctx) => trainingRegistrants(ctx, tr) }),
    sessions: t.field({ type: [EventSessionRef], resolve: (tr, _args, ctx) => trainingSessions(ctx, tr) }),
    attendance: t.field({ type: [AttendanceRef], resolve: (tr, _args, ctx) => trainingAttendance(ctx, tr) }),
  }),
});

builder.queryFields((t) => ({
  training: t.field({
    type: TrainingRef,
    authScopes: VIEWER,
    args: { id: t.arg.id({ required: true, description: 'A Training id.' }) },
    resolve: (_root, { id }, ctx) => trainingById(ctx, trainingKeyArg(String(id), 'id')),
  }),
  trainings: t.field({
    type: [TrainingRef],
    nullable: { list: true, items: false },
    authScopes: VIEWER,
    description: "Scheduled and ongoing trainings of one organizer, or of every organizer licensed for GoToTraining (one call per organizer). GoTo lists no completed trainings: their attendance is in Contact.events.",
    args: { organizerId: t.arg.id() },
    resolve: (_root, { organizerId }, ctx) => listTrainings(ctx, organizerId ? organizerKeyArg(String(organizerId), 'organizerId') : null),
  }),
}));

builder.mutationField('registerForTraining', (t) =>
  t.field({
    type: RegistrantRef,
    authScopes: MANAGER,
    description: 'Registers a contact, or a name and email; someone already registered gets AlreadyRegistered with their registration.',
    errors: registrationErrors,
    args: { trainingId: t.arg.id({ required: true }), registrant: t.arg({ type: RegistrantInputRef, required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { trainingId, registrant, idempotencyKey }, ctx) =>
      idempotent(ctx, { operation: 'registerForTraining', key: idempotencyKey, args: { trainingId, registrant } }, () =>
        registerForTraining(ctx, trainingKeyArg(String(trainingId), 'trainingId'), { ...registrant, contactId: registrant.contactId && contactKey(String(registrant.contactId)) }),
      ),
  }),
);
