import type { VendorReply } from '../../core/reply.js';
import type { SimRequest } from '../../core/request.js';
import type { Router } from '../../core/router.js';
import { GOTO_PRODUCTS, type GoToAccount, type GoToOrganizer, type GoToProductType } from '../account.js';
import { emailField, objectBody, text } from '../body.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { gotoJson, noContent, num } from '../json.js';
import { groupJson, organizerJson } from '../organizer-json.js';
import { dateWindow } from './routes-meetings.js';
import { attendeeJson, historyJson, upcomingJson, type RowScope } from './serialize.js';
import { historyOf, organizersOfGroup, upcomingOf, type MeetingRouteContext, type MeetingState } from './state.js';

/** `POST /organizers` and `POST /groups/{groupKey}/organizers`: `{organizerEmail, firstName, lastName, productType}`. */
function signUp(req: SimRequest, account: GoToAccount, groupKey: string): VendorReply {
  const body = objectBody(req);
  if ('reply' in body) return body.reply;
  const email = emailField(body.input, 'organizerEmail');
  if (!email) return badRequest('organizerEmail must be an email address');
  const firstName = text(body.input, 'firstName', 100);
  const lastName = text(body.input, 'lastName', 100);
  if (!firstName || !lastName) return badRequest('firstName and lastName are required');
  const productType = (body.input.productType ?? 'G2M') as GoToProductType;
  if (!GOTO_PRODUCTS.includes(productType)) return badRequest('productType must be G2M, G2W, G2T or OPENVOICE');
  if (account.organizers.some((organizer) => organizer.email === email)) return conflict('An organizer with this email already exists');
  const organizer: GoToOrganizer = {
    organizerKey: account.keys.next('organizer'),
    email,
    firstName,
    lastName,
    groupKey,
    status: 'active',
    products: [productType],
    maxNumAttendeesAllowed: 26,
  };
  account.organizers.push(organizer);
  return gotoJson(201, [{ key: num(organizer.organizerKey), email: organizer.email }]);
}

/** The attendees of these organizers' meetings held within the request's date window. */
function attendeesOf(req: SimRequest, state: MeetingState, organizerKeys: Set<string>, scope: RowScope): VendorReply {
  const window = dateWindow(req.query);
  if ('reply' in window) return window.reply;
  const rows = historyOf(state, organizerKeys, window.from, window.to);
  return gotoJson(200, rows.flatMap(([meeting, instance]) => instance.attendees.map((a) => attendeeJson(meeting, instance, a, state.account, scope))));
}

function historyFor(req: SimRequest, state: MeetingState, organizerKeys: Set<string>, scope: RowScope): VendorReply {
  const window = dateWindow(req.query);
  if ('reply' in window) return window.reply;
  return gotoJson(200, historyOf(state, organizerKeys, window.from, window.to).map(([meeting, instance]) => historyJson(meeting, instance, state.account, scope)));
}

const organizerOf = (state: MeetingState, key: string | undefined) => state.account.organizers.find((o) => o.organizerKey === key);
const groupOf = (state: MeetingState, key: string | undefined) => state.account.groups.find((g) => g.groupKey === key);

/** The administrator/reporting API: organizers, groups, their meetings and attendees. */
export function registerAdminRoutes(router: Router<MeetingRouteContext>): void {
  router
    .add('GET', '/organizers', (req, _params, { state }) => {
      const email = req.query.get('email')?.toLowerCase();
      const organizers = state.account.organizers.filter((organizer) => email === undefined || organizer.email === email);
      return gotoJson(200, organizers.map((organizer) => organizerJson(organizer, state.account)));
    })
    // Organizers signed up outside a group land in the account's first (root) group (modeled).
    .add('POST', '/organizers', (req, _params, { state }) => signUp(req, state.account, state.account.groups[0]!.groupKey))
    .add('DELETE', '/organizers', (req, _params, { state }) => {
      const email = req.query.get('email')?.toLowerCase();
      if (!email) return badRequest('email is required');
      const organizer = state.account.organizers.find((o) => o.email === email);
      if (!organizer) return notFound('Organizer');
      state.account.organizers.splice(state.account.organizers.indexOf(organizer), 1);
      return noContent();
    })
    .add('GET', '/organizers/:key', (_req, { key }, { state }) => {
      const organizer = organizerOf(state, key);
      return organizer ? gotoJson(200, [organizerJson(organizer, state.account)]) : notFound('Organizer');
    })
    .add('PUT', '/organizers/:key', (req, { key }, { state }) => {
      const organizer = organizerOf(state, key);
      if (!organizer) return notFound('Organizer');
      const body = objectBody(req);
      if ('reply' in body) return body.reply;
      // `{"status": "suspended"}` removes every product; `{"productType": "G2W"}` adds one (and so
      // reactivates). `{"status": "active"}` is deprecated but still accepted (it restores G2M).
      const { status, productType } = body.input;
      if (status === 'suspended') {
        organizer.status = 'suspended';
        organizer.products = [];
      } else if (status === 'active' || productType !== undefined) {
        const product = (productType ?? 'G2M') as GoToProductType;
        if (!GOTO_PRODUCTS.includes(product)) return badRequest('productType must be G2M, G2W, G2T or OPENVOICE');
        organizer.status = 'active';
        if (!organizer.products.includes(product)) organizer.products.push(product);
      } else {
        return badRequest('status must be suspended, or productType a product to add');
      }
      return noContent();
    })
    .add('DELETE', '/organizers/:key', (_req, { key }, { state }) => {
      const organizer = organizerOf(state, key);
      if (!organizer) return notFound('Organizer');
      state.account.organizers.splice(state.account.organizers.indexOf(organizer), 1);
      return noContent();
    })
    .add('GET', '/organizers/:key/attendees', (req, { key }, { state }) =>
      organizerOf(state, key) ? attendeesOf(req, state, new Set([key!]), 'organizer') : notFound('Organizer'),
    )
    .add('GET', '/organizers/:key/historicalMeetings', (req, { key }, { state }) =>
      organizerOf(state, key) ? historyFor(req, state, new Set([key!]), 'organizer') : notFound('Organizer'),
    )
    .add('GET', '/organizers/:key/upcomingMeetings', (_req, { key }, { state }) =>
      organizerOf(state, key)
        ? gotoJson(200, upcomingOf(state, new Set([key!])).map((meeting) => upcomingJson(meeting, state.account, 'organizer')))
        : notFound('Organizer'),
    )
    .add('GET', '/groups', (_req, _params, { state }) => gotoJson(200, state.account.groups.map((group) => groupJson(group, state.account))))
    .add('GET', '/groups/:key/organizers', (_req, { key }, { state }) => {
      if (!groupOf(state, key)) return notFound('Group');
      const organizers = state.account.organizers.filter((organizer) => organizer.groupKey === key);
      return gotoJson(200, organizers.map((organizer) => organizerJson(organizer, state.account)));
    })
    .add('POST', '/groups/:key/organizers', (req, { key }, { state }) => (groupOf(state, key) ? signUp(req, state.account, key!) : notFound('Group')))
    .add('GET', '/groups/:key/attendees', (req, { key }, { state }) =>
      groupOf(state, key) ? attendeesOf(req, state, organizersOfGroup(state.account, key!), 'group') : notFound('Group'),
    )
    .add('GET', '/groups/:key/historicalMeetings', (req, { key }, { state }) =>
      groupOf(state, key) ? historyFor(req, state, organizersOfGroup(state.account, key!), 'group') : notFound('Group'),
    )
    .add('GET', '/groups/:key/upcomingMeetings', (_req, { key }, { state }) =>
      groupOf(state, key)
        ? gotoJson(200, upcomingOf(state, organizersOfGroup(state.account, key!)).map((meeting) => upcomingJson(meeting, state.account, 'group')))
        : notFound('Group'),
    );
}
