import { CommentRef } from './comment-ref.js';
import type { Comment } from '../../domain/tickets.js';
import { contactById } from '../../resolvers/contacts/contacts.js';
import { VIEWER } from '../core/access.js';
import { builder } from '../core/builder.js';
import { ContactRef } from '../contacts/contact-ref.js';
import { vendorKey } from '../core/ids.js';


CommentRef.implement({
  description: 'One entry in a ticket conversation: a public reply or an internal note.',
  authScopes: VIEWER,
  fields: (t) => ({
    id: t.id({ nullable: false, resolve: (comment) => vendorKey(comment.vendor, comment.vendorId) }),
    vendorId: t.exposeString('vendorId', { nullable: false }),
    author: t.field({
      type: ContactRef,
      resolve: (comment, _args, ctx) => (comment.authorId ? contactById(ctx, comment.authorId) : null),
    }),
    body: t.exposeString('body', { nullable: false, description: 'Plain text.' }),
    htmlBody: t.exposeString('htmlBody'),
    public: t.exposeBoolean('public', { nullable: false, description: 'False for an internal note.' }),
    createdAt: t.field({ type: 'DateTime', nullable: false, resolve: (comment) => comment.createdAt }),
  }),
});
