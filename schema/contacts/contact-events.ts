import { contactEvents } from '../../resolvers/contacts/events.js';
import { CONTACT_EVENT_KINDS, type ContactEvent, type ContactEvents } from '../../resolvers/contacts/contact-event.js';
import { VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { ContactRef } from './contact-ref.js';
import { MeetingRef } from '../meetings/meeting.js';
import { RegistrationStatusEnum } from '../webinars/registrant.js';
import { DateRangeInput } from '../core/time-range.js';
import { TrainingRef } from '../webinars/training.js';
import { UnavailableVendorRef } from '../core/unavailable-vendor.js';
import { VendorEnum } from '../core/vendor.js';
import { WebinarRef } from '../webinars/webinar.js';
import { sourceFields } from '../core/history-source.js';
import { trainingById } from '../../resolvers/webinars/trainings.js';
import { webinarById } from '../../resolvers/webinars/webinars.js';

const ContactEventKindEnum = builder.enumType('ContactEventKind', { values: CONTACT_EVENT_KINDS });

const ContactEventRef = builder.objectRef<ContactEvent>('ContactEvent').implement({
  description: 'A registration or attendance on a contact\'s timeline.',
  authScopes: VIEWER,
  fields: (t) => ({
    kind: t.field({ type: ContactEventKindEnum, nullable: false, resolve: (e) => e.kind }),
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (e) => e.vendor }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    title: t.exposeString('title', { nullable: false }),
    durationSeconds: t.exposeInt('durationSeconds', { description: 'Time attended.' }),
    status: t.field({ type: RegistrationStatusEnum, description: 'For registrations.', resolve: (e) => e.status }),
    webinar: t.field({ type: WebinarRef, resolve: (e, _args, ctx) => e.webinar ?? (e.vendor === 'gotowebinar' && e.eventVendorId ? webinarById(ctx, e.eventVendorId) : null) }),
    training: t.field({ type: TrainingRef, resolve: (e, _args, ctx) => e.training ?? (e.vendor === 'gototraining' && e.eventVendorId ? trainingById(ctx, e.eventVendorId) : null) }),
    meeting: t.field({ type: MeetingRef, description: 'For meeting attendance: the held instance.', resolve: (e) => e.meeting }),
  }),
});

const ContactEventsRef = builder.objectRef<ContactEvents>('ContactEvents').implement({
  authScopes: VIEWER,
  fields: (t) => ({
    events: t.field({ type: [ContactEventRef], nullable: false, description: 'Newest first.', resolve: (r) => r.events }),
    unavailableVendors: t.field({ type: [UnavailableVendorRef], nullable: false, resolve: (r) => r.unavailableVendors }),
    ...sourceFields(t),
  }),
});

const DAY = 86_400_000;

builder.objectFields(ContactRef, (t) => ({
  events: t.field({
    type: ContactEventsRef,
    description:
      "The contact's webinar and training registrations and attendance and meeting attendance, joined by email across GoToWebinar, GoToTraining and GoToMeeting. A product that cannot answer is named in unavailableVendors. From the store when it covers the range for all three (source, syncedAt).",
    args: { range: t.arg({ type: DateRangeInput, description: 'Default: the 180 days either side of now.' }) },
    resolve: (contact, { range }, ctx) => contactEvents(ctx, contact, range ?? { from: new Date(Date.now() - 180 * DAY), to: new Date(Date.now() + 180 * DAY) }),
  }),
}));
