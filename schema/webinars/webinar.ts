import { resolveArrayConnection } from '@pothos/plugin-relay';
import { organizerByKey } from '../../resolvers/meetings/organizers.js';
import {
  listWebinars,
  registerForWebinar,
  webinarAttendees,
  webinarById,
  webinarRegistrants,
  webinarSessions,
  webinarsById,
} from '../../resolvers/webinars/webinars.js';
import type { Webinar } from '../../domain/webinars.js';
import { MANAGER, VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { loadVendorNodes, vendorKey } from '../core/ids.js';
import { OrganizerRef } from '../meetings/organizer.js';
import { AttendanceRef, contactKey, eventKeyArg, EventSessionRef, RegistrantInputRef, RegistrantRef, registrationErrors } from './registrant.js';
import { DateRangeInput, TimeRangeRef } from '../core/time-range.js';
import { VendorEnum } from '../core/vendor.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency-key.js';
import { idempotent } from '../../resolvers/idempotency/idempotent.js';

export const WebinarRef = builder.objectRef<Webinar>('Webinar');

const webinarKeyArg = (value: string, field: string) => eventKeyArg(value, 'Webinar', field);

builder.node(WebinarRef, {
  description: 'A GoToWebinar webinar.',
  id: { resolve: (w) => vendorKey(w.vendor, w.vendorId) },
  loadMany: (ids, ctx) => loadVendorNodes(ids, 'gotowebinar', (keys) => webinarsById(ctx, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (w) => w.vendor }),
    vendorId: t.exposeString('webinarKey', { nullable: false, description: "GoTo's webinar key (int64, kept exact)." }),
    number: t.exposeString('number', { description: 'The 9-digit webinar ID attendees see.' }),
    subject: t.exposeString('subject', { nullable: false }),
    description: t.exposeString('description', { nullable: false }),
    times: t.field({ type: [TimeRangeRef], nullable: false, resolve: (w) => w.times }),
    timeZone: t.exposeString('timeZone', { nullable: false }),
    registrationUrl: t.exposeString('registrationUrl'),
    inSession: t.exposeBoolean('inSession', { description: 'Whether a session is running; null in listings (GoTo says it only for one webinar).' }),
    registrantCount: t.exposeInt('registrantCount', { description: 'Null in listings, like inSession.' }),
    organizer: t.field({ type: OrganizerRef, resolve: (w, _args, ctx) => organizerByKey(ctx, w.organizerKey) }),
    registrants: t.field({ type: [RegistrantRef], resolve: (w, _args, ctx) => webinarRegistrants(ctx, w) }),
    sessions: t.field({ type: [EventSessionRef], resolve: (w, _args, ctx) => webinarSessions(ctx, w) }),
    attendance: t.field({ type: [AttendanceRef], description: 'Who attended its held sessions.', resolve: (w, _args, ctx) => webinarAttendees(ctx, w) }),
  }),
});

builder.queryFields((t) => ({
  webinar: t.field({
    type: WebinarRef,
    authScopes: VIEWER,
    args: { id: t.arg.id({ required: true, description: 'A Webinar id.' }) },
    resolve: (_root, { id }, ctx) => webinarById(ctx, webinarKeyArg(String(id), 'id')),
  }),
  webinars: t.connection({
    type: WebinarRef,
    authScopes: VIEWER,
    description: "The account's webinars with a time in the range, soonest first.",
    args: { range: t.arg({ type: DateRangeInput, required: true }) },
    resolve: async (_root, { range, ...page }, ctx) => resolveArrayConnection({ args: page }, await listWebinars(ctx, range)),
  }),
}));

builder.mutationField('registerForWebinar', (t) =>
  t.field({
    type: RegistrantRef,
    authScopes: MANAGER,
    description: 'Registers a contact, or a name and email; someone already registered gets AlreadyRegistered with their registration.',
    errors: registrationErrors,
    args: { webinarId: t.arg.id({ required: true }), registrant: t.arg({ type: RegistrantInputRef, required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { webinarId, registrant, idempotencyKey }, ctx) =>
      idempotent(ctx, { operation: 'registerForWebinar', key: idempotencyKey, args: { webinarId, registrant } }, () =>
        registerForWebinar(ctx, webinarKeyArg(String(webinarId), 'webinarId'), { ...registrant, contactId: registrant.contactId && contactKey(String(registrant.contactId)) }),
      ),
  }),
);
