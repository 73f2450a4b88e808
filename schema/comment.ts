import type { Comment } from '../resolvers/comments.js';
import { contactById } from '../resolvers/contacts.js';
import { builder } from './builder.js';
import { ContactRef } from './contact.js';
import { vendorKey } from './ids.js';

export const CommentRef = builder.objectRef<Comment>('Comment');

CommentRef.implement({
  description: 'One entry in a ticket conversation: a public reply or an internal note.',
  authScopes: { viewer: true },
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
