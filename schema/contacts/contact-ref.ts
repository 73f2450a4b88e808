import type { Contact } from '../../resolvers/contacts/contacts.js';
import { builder } from '../core/builder.js';

/** The Contact type, apart from its fields so tickets, comments and contacts can name each other. */
export const ContactRef = builder.objectRef<Contact>('Contact');
