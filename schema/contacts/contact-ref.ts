import type { Contact } from '../../domain/contacts.js';
import { builder } from '../core/builder.js';

/** The Contact type, apart from its fields so tickets, comments and contacts can name each other. */
export const ContactRef = builder.objectRef<Contact>('Contact');
