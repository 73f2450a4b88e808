/** The vendor-neutral helpdesk contact: a person the helpdesk knows. Zendesk is the only helpdesk today. */

/** A person the helpdesk knows: a Zendesk user (end-user or staff). */
export interface Contact {
  vendor: 'zendesk';
  vendorId: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: string;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewContact {
  name: string;
  email?: string | null;
  phone?: string | null;
  externalId?: string | null;
}
