export const ORGANIZER_STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
export type OrganizerStatus = (typeof ORGANIZER_STATUSES)[number];
export const ORGANIZER_PRODUCTS = ['MEETING', 'WEBINAR', 'TRAINING', 'OPENVOICE'] as const;
export type OrganizerProduct = (typeof ORGANIZER_PRODUCTS)[number];

/** Someone licensed to host GoTo meetings, webinars or trainings. */
export interface Organizer {
  vendor: 'gotomeeting';
  vendorId: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  groupKey: string | null;
  status: OrganizerStatus;
  products: OrganizerProduct[];
  maxAttendees: number | null;
}

export interface OrganizerGroup {
  vendorId: string;
  name: string;
  parentKey: string | null;
  organizerCount: number;
}
