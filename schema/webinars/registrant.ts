import { decodeGlobalID } from '@pothos/plugin-relay';
import { contactForEmail } from '../../resolvers/contacts/attendee-contacts.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { AlreadyRegisteredError, REGISTRATION_STATUSES, type Attendance, type EventSession, type Registrant } from '../../domain/registrations.js';
import { cancelTrainingRegistration } from '../../resolvers/webinars/trainings.js';
import { cancelWebinarRegistration, registrantsById } from '../../resolvers/webinars/webinars.js';
import { MANAGER, VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { ContactRef } from '../contacts/contact-ref.js';
import { ErrorInterface } from '../core/errors.js';
import { keyOf, loadVendorNodes, vendorKey, vendorKeyArg } from '../core/ids.js';
import { DeletedRef, TimeRangeRef } from '../core/time-range.js';
import { VendorEnum } from '../core/vendor.js';

export const RegistrationStatusEnum = builder.enumType('RegistrationStatus', { values: REGISTRATION_STATUSES });

export const RegistrantRef = builder.objectRef<Registrant>('Registrant');

builder.node(RegistrantRef, {
  description: 'Someone registered for a webinar (GoToWebinar) or a training (GoToTraining).',
  id: { resolve: (r) => vendorKey(r.vendor, r.vendorId) },
  loadMany: async (ids, ctx) => {
    const [webinar, training] = await Promise.all([
      loadVendorNodes(ids, 'gotowebinar', (keys) => registrantsById(ctx, 'gotowebinar', keys)),
      loadVendorNodes(ids, 'gototraining', (keys) => registrantsById(ctx, 'gototraining', keys)),
    ]);
    return ids.map((_, index) => webinar[index] ?? training[index] ?? null);
  },
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (r) => r.vendor }),
    vendorId: t.exposeString('registrantKey', { nullable: false, description: "GoTo's registrant key (int64, kept exact)." }),
    name: t.exposeString('name', { nullable: false }),
    firstName: t.exposeString('firstName', { nullable: false }),
    lastName: t.exposeString('lastName', { nullable: false }),
    email: t.exposeString('email', { nullable: false }),
    status: t.field({ type: RegistrationStatusEnum, nullable: false, resolve: (r) => r.status }),
    registeredAt: t.field({ type: 'DateTime', resolve: (r) => r.registeredAt }),
    joinUrl: t.exposeString('joinUrl', { description: "The registrant's personal join link." }),
    contact: t.field({ type: ContactRef, description: 'The helpdesk contact with the same email.', resolve: (r, _args, ctx) => contactForEmail(ctx, r.email) }),
  }),
});

export const AttendanceRef = builder.objectRef<Attendance>('Attendance').implement({
  description: "One person's attendance at a webinar or training session.",
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (a) => a.vendor }),
    name: t.exposeString('name', { nullable: false }),
    email: t.exposeString('email', { nullable: false }),
    registrantKey: t.exposeString('registrantKey'),
    sessionKey: t.exposeString('sessionKey'),
    durationSeconds: t.exposeInt('durationSeconds', { nullable: false }),
    joins: t.field({ type: [TimeRangeRef], nullable: false, description: 'When they joined and left (more than once if they dropped out).', resolve: (a) => a.joins }),
    contact: t.field({ type: ContactRef, resolve: (a, _args, ctx) => contactForEmail(ctx, a.email) }),
  }),
});

export const EventSessionRef = builder.objectRef<EventSession>('EventSession').implement({
  description: 'A held session of a webinar or training.',
  authScopes: VIEWER,
  fields: (t) => ({
    vendorId: t.exposeString('vendorId', { nullable: false, description: "GoTo's session key." }),
    start: t.field({ type: 'DateTime', nullable: false, resolve: (s) => s.start }),
    end: t.field({ type: 'DateTime', nullable: false, resolve: (s) => s.end }),
    attendeeCount: t.exposeInt('attendeeCount'),
  }),
});

builder.objectType(AlreadyRegisteredError, {
  name: 'AlreadyRegistered',
  description: 'The person was already registered: their existing registration.',
  interfaces: [ErrorInterface],
  authScopes: VIEWER,
  fields: (t) => ({
    registrant: t.field({ type: RegistrantRef, nullable: false, resolve: (error) => error.registrant }),
  }),
});

export const RegistrantInputRef = builder.inputType('RegistrantInput', {
  description: 'Who to register: a contact (by id), or a name and an email.',
  fields: (t) => ({
    contactId: t.id({ description: 'A Contact id or Zendesk user id; their name and email are used.' }),
    name: t.string(),
    email: t.string(),
  }),
});

/**
 * A Webinar or Training id argument (global id, or `organizerKey.eventKey`). GoTo reaches both
 * through their organizer, so the bare key a user sees as `vendorId` is not enough: say so.
 */
export function eventKeyArg(value: string, typename: 'Webinar' | 'Training', field: string): string {
  const vendor = typename === 'Webinar' ? 'gotowebinar' : 'gototraining';
  try {
    return vendorKeyArg(value, typename, vendor, field);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const noun = typename.toLowerCase();
    throw new InputError([{ field, message: `must be a ${typename} id (its id field, or organizerKey.${noun}Key): GoTo reaches a ${noun} through its organizer` }]);
  }
}

/** The contact to register (a Contact id or Zendesk user id). */
export const contactKey = (value: string) => vendorKeyArg(value, 'Contact', 'zendesk', 'registrant.contactId');

export const registrationErrors = { types: [InputError, NotFoundError, AlreadyRegisteredError], dataField: { name: 'registrant' } };

/** A Registrant id: webinar or training registration, told apart by the vendor inside it. */
function registrantArg(value: string): { vendor: 'gotowebinar' | 'gototraining'; key: string } {
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === 'Registrant' && /^(gotowebinar|gototraining):\d+\.\d+\.\d+$/.test(decoded.id)) {
      return { vendor: decoded.id.startsWith('gotowebinar:') ? 'gotowebinar' : 'gototraining', key: keyOf(decoded.id) };
    }
  } catch {
    // not a global id
  }
  throw new InputError([{ field: 'id', message: 'must be a Registrant id' }]);
}

builder.mutationField('cancelRegistration', (t) =>
  t.field({
    type: DeletedRef,
    authScopes: MANAGER,
    description: 'Cancels a webinar or training registration.',
    errors: { types: [InputError, NotFoundError], dataField: { name: 'deleted' } },
    args: { id: t.arg.id({ required: true, description: 'A Registrant id.' }) },
    resolve: async (_root, { id }, ctx) => {
      const { vendor, key } = registrantArg(String(id));
      await (vendor === 'gotowebinar' ? cancelWebinarRegistration(ctx, key) : cancelTrainingRegistration(ctx, key));
      return { id: String(id) };
    },
  }),
);
