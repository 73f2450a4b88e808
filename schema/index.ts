import { builder } from './builder.js';
import './root.js';
import './scalars.js';
import './vendor.js';
import './errors.js';
import './contact.js';
import './comment.js';
import './ticket.js';
import './organizer.js';
import './meeting.js';
import './registrant.js';
import './webinar.js';
import './training.js';
import './meeting-patterns.js';
import './contact-events.js';
import './support-session.js';
import './support-session-mutations.js';
import './agent.js';
import './support-team.js';
import './queue.js';
import './call.js';
import './screen-pop.js';
import './sign-on.js';
import './preferred-agent.js';

/** The executable schema: built once, shared by HTTP, WebSocket and SSE. */
export const schema = builder.toSchema({ sortSchema: true });
