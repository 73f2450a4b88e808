import { z } from 'zod';
import type { Context } from '../context.js';
import { dottedKey } from '../../adapters/goto/keys.js';
import { toRegistration, type RegistrationRecord } from '../../adapters/goto/registrant-mapping.js';
import { gotoWrite } from '../../adapters/goto/writes.js';
import { contactById } from '../contacts/contacts.js';
import { InputError, NotFoundError } from '../../domain/errors.js';
import { AlreadyRegisteredError, type Registrant } from '../../domain/registrations.js';
import { email, requiredText } from '../../domain/input-rules.js';
import { validInput } from '../../domain/validate.js';

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
  register: (organizerKey: string, eventKey: string, person: Person) => Promise<RegistrationRecord>,
): Promise<Registrant> {
  const person = await personToRegister(ctx, who);
  const [organizerKey = '', eventKey = ''] = dottedKey(eventId);
  const resource = vendor === 'gotowebinar' ? 'Webinar' : 'Training';
  const { created, registrant } = toRegistration(vendor, eventId, await gotoWrite(() => register(organizerKey, eventKey, person), { resource, id: eventId }, 'registrant'));
  if (!created) throw new AlreadyRegisteredError(registrant);
  return registrant;
}

/** Cancels a registration (`organizerKey.eventKey.registrantKey`); NotFoundError when there was none. */
export async function cancelRegistrationOf(
  registrantId: string,
  cancel: (organizerKey: string, eventKey: string, registrantKey: string) => Promise<boolean>,
): Promise<{ id: string }> {
  const [organizerKey = '', eventKey = '', registrantKey = ''] = dottedKey(registrantId);
  const cancelled = await gotoWrite(() => cancel(organizerKey, eventKey, registrantKey), { resource: 'Registrant', id: registrantId }, 'id');
  if (!cancelled) throw new NotFoundError('Registrant', registrantId);
  return { id: registrantId };
}
