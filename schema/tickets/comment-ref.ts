import type { Comment } from '../../domain/tickets.js';
import { builder } from '../core/builder.js';

/** The Comment type, apart from its fields (tickets list comments, comments name contacts). */
export const CommentRef = builder.objectRef<Comment>('Comment');
