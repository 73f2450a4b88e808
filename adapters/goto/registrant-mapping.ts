import type { Registration } from '../../clients/goto/index.js';
import { REGISTRATION_STATUSES, type Registrant, type RegistrationStatus } from '../../domain/registrations.js';

/** A registrant record as either product's client returns it (GoToWebinar's, or GoToTraining's with `givenName`/`surname` read as names). */
export interface RegistrantRecord {
  registrantKey: string;
  firstName: string;
  lastName: string;
  email: string;
  status: string;
  registrationDate: string | null;
  joinUrl: string | null;
}

/** What a client's `register` gives: a new registration, or the one the person already had. */
export type RegistrationRecord = Registration<RegistrantRecord>;

/** A registrant of the event `eventVendorId` (`organizerKey.eventKey`); a status GoTo spells otherwise is WAITING. */
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

/** A registration as the registrant, and whether GoTo made it now (false: the person was already registered). */
export function toRegistration(vendor: Registrant['vendor'], eventVendorId: string, result: RegistrationRecord): { created: boolean; registrant: Registrant } {
  return { created: result.created, registrant: toRegistrant(vendor, eventVendorId, result.registrant) };
}
