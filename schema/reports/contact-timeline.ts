import { contactById } from '../../resolvers/contacts/contacts.js';
import { contactTimeline, TIMELINE_KINDS, TIMELINE_MATCHES, type ContactTimeline, type TimelineEntry } from '../../resolvers/reports/contact-timeline.js';
import { MANAGER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { ContactRef } from '../contacts/contact-ref.js';
import { vendorKeyArg } from '../core/ids.js';
import { reportCoverageFields } from './report.js';
import { DateRangeInput } from '../core/time-range.js';
import { VendorEnum } from '../core/vendor.js';

const TimelineKindEnum = builder.enumType('TimelineEntryKind', { values: TIMELINE_KINDS });
const TimelineMatchEnum = builder.enumType('TimelineMatch', {
  values: TIMELINE_MATCHES,
  description: "How an entry was tied to the person: their Zendesk user id, email, phone, or (sessions) one of their tickets.",
});

const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
  description: 'One thing that happened to a person at any vendor.',
  authScopes: MANAGER,
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'Created, started, registered or first joined.', resolve: (e) => e.at }),
    kind: t.field({ type: TimelineKindEnum, nullable: false, resolve: (e) => e.kind }),
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (e) => e.vendor as typeof VendorEnum.$inferType }),
    vendorId: t.exposeString('vendorId', { nullable: false, description: 'The ticket id, call id, session id, meeting ID, webinar or training key.' }),
    title: t.exposeString('title', { nullable: false }),
    status: t.exposeString('status', { description: 'Ticket or session status, call disposition, registration status.' }),
    durationSeconds: t.exposeInt('durationSeconds', { description: 'Talk time, session length, or time attended.' }),
    matchedBy: t.field({ type: TimelineMatchEnum, nullable: false, resolve: (e) => e.matchedBy }),
  }),
});

const ContactTimelineRef = builder.objectRef<ContactTimeline>('ContactTimeline').implement({
  description: "A person's history across every vendor, oldest first, from the store.",
  authScopes: MANAGER,
  fields: (t) => ({
    contact: t.field({ type: ContactRef, resolve: (r, _args, ctx) => contactById(ctx, r.person.userId) }),
    email: t.string({ description: 'The email matched (lower-cased).', resolve: (r) => r.person.email }),
    phone: t.string({ description: 'The phone number matched (E.164).', resolve: (r) => r.person.phone }),
    entries: t.field({ type: [TimelineEntryRef], nullable: false, resolve: (r) => r.entries }),
    ...reportCoverageFields(t),
  }),
});

builder.queryField('contactTimeline', (t) =>
  t.field({
    type: ContactTimelineRef,
    authScopes: MANAGER,
    description:
      "One person's tickets, calls, remote-support sessions, meetings, webinars and trainings in time order across every vendor, from the store: matched by Zendesk user id, email and phone (and sessions by their tickets). Also as CSV: GET /reports/contact-timeline.csv?contact=&from=&to=.",
    args: {
      contactId: t.arg.id({ required: true, description: 'A Contact id or Zendesk user id.' }),
      range: t.arg({ type: DateRangeInput, description: 'Only entries in [from, to). Default: all of them (complete is then true only if the store covers all time).' }),
    },
    resolve: (_root, { contactId, range }, ctx) => contactTimeline(ctx, vendorKeyArg(String(contactId), 'Contact', 'zendesk', 'contactId'), range ?? null),
  }),
);
