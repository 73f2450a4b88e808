import { ContactRef } from './contact-ref.js';
import { z } from 'zod';
import { contactById, contactsByEmail, contactsById, contactsByPhone, createContact } from '../../resolvers/contacts/contacts.js';
import type { Contact } from '../../domain/contacts.js';
import { InputError } from '../../domain/errors.js';
import { phoneText } from '../../domain/phone.js';
import { listTickets } from '../../resolvers/tickets/tickets.js';
import { VIEWER, AGENT } from '../core/access.js';
import { builder } from '../core/builder.js';
import { loadVendorNodes, vendorKey, vendorKeyArg } from '../core/ids.js';
import { TicketRef, TicketStatusEnum } from '../tickets/ticket-ref.js';
import { VendorEnum } from '../core/vendor.js';
import { IDEMPOTENCY_KEY_ARG } from '../core/idempotency-key.js';
import { idempotent } from '../../resolvers/idempotency/idempotent.js';


builder.node(ContactRef, {
  description: 'A person the helpdesk knows (a Zendesk user): a customer, or staff.',
  id: { resolve: (contact) => vendorKey(contact.vendor, contact.vendorId) },
  loadMany: (ids, ctx) => loadVendorNodes(ids, 'zendesk', (keys) => contactsById(ctx, keys)),
  authScopes: VIEWER,
  fields: (t) => ({
    vendor: t.field({ type: VendorEnum, nullable: false, resolve: (contact) => contact.vendor }),
    vendorId: t.exposeString('vendorId', { nullable: false }),
    name: t.exposeString('name', { nullable: false }),
    email: t.exposeString('email'),
    phone: t.exposeString('phone', { description: 'As the helpdesk stores it.' }),
    role: t.exposeString('role', { nullable: false, description: 'end-user, agent or admin.' }),
    externalId: t.exposeString('externalId'),
    tickets: t.connection({
      type: TicketRef,
      description: 'Tickets this contact requested.',
      args: { status: t.arg({ type: TicketStatusEnum }) },
      resolve: (contact, { status, ...page }, ctx) => listTickets(ctx, { requesterId: contact.vendorId, status }, page),
    }),
    createdAt: t.field({ type: 'DateTime', nullable: false, resolve: (contact) => contact.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: false, resolve: (contact) => contact.updatedAt }),
  }),
});

builder.queryFields((t) => ({
  contact: t.field({
    type: ContactRef,
    description: 'A contact by its id or Zendesk user id.',
    authScopes: VIEWER,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => contactById(ctx, vendorKeyArg(String(id), 'Contact', 'zendesk', 'id')),
  }),
  contactsByPhone: t.field({
    type: [ContactRef],
    nullable: { list: true, items: false },
    description: 'Contacts with this phone number, however the helpdesk stored it.',
    authScopes: VIEWER,
    args: { phone: t.arg.string({ required: true, validate: phoneText }) },
    resolve: (_root, { phone }, ctx) => contactsByPhone(ctx, phone),
  }),
  contactsByEmail: t.field({
    type: [ContactRef],
    nullable: { list: true, items: false },
    authScopes: VIEWER,
    args: { email: t.arg.string({ required: true, validate: z.email('must be an email address') }) },
    resolve: (_root, { email }, ctx) => contactsByEmail(ctx, email),
  }),
}));

const CreateContactInput = builder.inputType('CreateContactInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    email: t.string(),
    phone: t.string({ description: 'Stored in E.164 when it can be read as a phone number. A number another contact already has is refused (ValidationError on input.phone, naming that contact).' }),
    externalId: t.string(),
  }),
});

builder.mutationField('createContact', (t) =>
  t.field({
    type: ContactRef,
    authScopes: AGENT,
    errors: { types: [InputError], dataField: { name: 'contact' } },
    args: { input: t.arg({ type: CreateContactInput, required: true }), idempotencyKey: t.arg.string(IDEMPOTENCY_KEY_ARG) },
    resolve: (_root, { input, idempotencyKey }, ctx) => idempotent(ctx, { operation: 'createContact', key: idempotencyKey, args: { input } }, () => createContact(ctx, input)),
  }),
);
