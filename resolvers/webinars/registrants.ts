import { z } from 'zod';
import type { Registration } from '../../clients/goto/index.js';
import type { Context } from '../context.js';
import { dottedKey } from '../../adapters/goto/keys.js';
import { gotoWrite } from '../../adapters/goto/writes.js';
import { contactById } from '../contacts/contacts.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { email, requiredText } from '../../domain/input-rules.js';
import { validInput } from '../../domain/validate.js';

export const REGISTRATION_STATUSES = ['APPROVED', 'WAITING', 'DENIED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Someone registered for a webinar or a training. */
export interface Registrant {
  vendor: 'gotowebinar' | 'gototraining';
  /** `organizerKey.eventKey.registrantKey`: the API reaches a registrant through its event's organizer. */
  vendorId: string;
  registrantKey: string;
  /** The webinar's or training's vendorId (`organizerKey.eventKey`). */
  eventVendorId: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  status: RegistrationStatus;
  registeredAt: string | null;
  joinUrl: string | null;
}

/** A registrant record as either product's client returns it. */
export interface RegistrantRecord {
  registrantKey: string;
  firstName: string;
  lastName: string;
  email: string;
  status: string;
  registrationDate: string | null;
  joinUrl: string | null;
}

export function toRegistrant(vendor: Registrant['vendor'], eventVendorId: string, record: RegistrantRecord): Registrant {
  const status = (REGISTRATION_STATUSES as readonly string[]).includes(record.status.toUpperCase()) ? (record.status.toUpperCase() as RegistrationStatus) : 'WAITING';
  return {
    vendor,
    vendorId: `${eventVendorId}.${record.registrantKey}`,
    registrantKey: record.registrantKey,
    eventVendorId,
    firstName: record.firstName,
    lastName: record.lastName,
    name: `${record.firstName} ${record.lastName}`.trim(),
    email: record.email,
    status,
    registeredAt: record.registrationDate,
    joinUrl: record.joinUrl,
  };
}

/** The person is already registered for the event: the existing registration. */
export class AlreadyRegisteredError extends Error {
  constructor(readonly registrant: Registrant) {
    super(`${registrant.email} is already registered`);
    this.name = 'AlreadyRegisteredError';
  }
}

/** Who to register: a helpdesk contact, or a name and an email. */
export interface RegistrantInput {
  contactId?: string | null;
  name?: string | null;
  email?: string | null;
}

const personRules = z
  .object({ contactId: z.string().nullish(), name: requiredText(256).nullish(), email: email.nullish() })
  .superRefine((input, issues) => {
    if (input.contactId) return;
    if (!input.name) issues.addIssue({ code: 'custom', path: ['name'], message: 'is required without a contactId' });
    if (!input.email) issues.addIssue({ code: 'custom', path: ['email'], message: 'is required without a contactId' });
  });

/** Resolves the person to register into GoTo's first name, last name and email. */
export async function personToRegister(ctx: Context, raw: RegistrantInput, root = 'registrant'): Promise<{ firstName: string; lastName: string; email: string }> {
  const input = validInput(personRules, raw, root);
  let name = input.name ?? '';
  let address = input.email ?? '';
  if (input.contactId) {
    const contact = await contactById(ctx, input.contactId);
    if (!contact) throw new InputError([{ field: `${root}.contactId`, message: 'no such contact' }]);
    if (!contact.email) throw new InputError([{ field: `${root}.contactId`, message: 'the contact has no email address to register with' }]);
    name = contact.name;
    address = contact.email;
  }
  const [firstName = name, ...rest] = name.trim().split(/\s+/);
  // GoTo requires a last name; someone known by one name gets it in both fields.
  return { firstName, lastName: rest.join(' ') || firstName, email: address.toLowerCase() };
}

type Person = { firstName: string; lastName: string; email: string };

/**
 * Registers a contact (or a name and email) for a webinar or training (`eventId` is
 * `organizerKey.eventKey`): the new registrant, or AlreadyRegistered with the existing one.
 */
export async function registerFor(
  ctx: Context,
  vendor: Registrant['vendor'],
  eventId: string,
  who: RegistrantInput,
  register: (organizerKey: string, eventKey: string, person: Person) => Promise<Registration<RegistrantRecord>>,
): Promise<Registrant> {
  const person = await personToRegister(ctx, who);
  const [organizerKey = '', eventKey = ''] = dottedKey(eventId);
  const resource = vendor === 'gotowebinar' ? 'Webinar' : 'Training';
  const result = await gotoWrite(() => register(organizerKey, eventKey, person), { resource, id: eventId });
  const registrant = toRegistrant(vendor, eventId, result.registrant);
  if (!result.created) throw new AlreadyRegisteredError(registrant);
  return registrant;
}

/** Cancels a registration (`organizerKey.eventKey.registrantKey`); NotFoundError when there was none. */
export async function cancelRegistrationOf(
  registrantId: string,
  cancel: (organizerKey: string, eventKey: string, registrantKey: string) => Promise<boolean>,
): Promise<{ id: string }> {
  const [organizerKey = '', eventKey = '', registrantKey = ''] = dottedKey(registrantId);
  const cancelled = await gotoWrite(() => cancel(organizerKey, eventKey, registrantKey), { resource: 'Registrant', id: registrantId });
  if (!cancelled) throw new NotFoundError('Registrant', registrantId);
  return { id: registrantId };
}

/** Attendance of one person at one event session (or across a webinar's sessions). */
export interface Attendance {
  vendor: 'gotowebinar' | 'gototraining';
  name: string;
  email: string;
  registrantKey: string | null;
  sessionKey: string | null;
  durationSeconds: number;
  joins: { start: string; end: string }[];
}

/** A held session of a webinar or training. */
export interface EventSession {
  vendorId: string;
  start: string;
  end: string;
  attendeeCount: number | null;
}
