import { builder } from './builder.js';
import './root.js';
import './scalars.js';
import './vendor.js';
import './errors.js';
import './contact.js';
import './comment.js';
import './ticket.js';

/** The executable schema: built once, shared by HTTP, WebSocket and SSE. */
export const schema = builder.toSchema({ sortSchema: true });
