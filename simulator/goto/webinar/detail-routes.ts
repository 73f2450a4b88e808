import type { Router } from '../../core/router.js';
import { notFound } from '../errors.js';
import { gotoJson, num } from '../json.js';
import { isoSeconds } from '../time.js';
import { webinarOf, type WebinarRouteContext } from './routes.js';
import { attendeeJson, registrantJson } from './serialize.js';
import { teamJoinLink } from './team.js';
import type { Webinar } from './model.js';

/** The organizer's start link (`GET /webinars/{wk}/startUrl`, modeled format): opening it asks the organizer to sign in. */
export function webinarStartUrl(webinar: Webinar): string {
  return `https://global.gotowebinar.com/start/${webinar.webinarKey}`;
}

/**
 * GoToWebinar v2 reads beside the core routes (routes.ts), shaped as the v2 OpenAPI spec says:
 * one held session (`getWebinarSession`: its attendees), one attendee (`getAttendee`: the
 * registration, a `Registrant`), panelists, co-organizers, the organizer's start URL and the
 * meeting times.
 */
export function registerWebinarDetailRoutes(router: Router<WebinarRouteContext>): void {
  router
    .add('GET', '/organizers/:org/webinars/:wk/sessions/:sk', (_req, { org, wk, sk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      const session = webinar?.sessions.find((s) => s.sessionKey === sk);
      return webinar && session ? gotoJson(200, session.attendance.map((a) => attendeeJson(webinar, session, a))) : notFound('Session');
    })
    .add('GET', '/organizers/:org/webinars/:wk/sessions/:sk/attendees/:rk', (_req, { org, wk, sk, rk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      const attended = webinar?.sessions.find((s) => s.sessionKey === sk)?.attendance.some((a) => a.registrantKey === rk);
      const registrant = attended ? webinar?.registrants.find((r) => r.registrantKey === rk) : undefined;
      return webinar && registrant ? gotoJson(200, registrantJson(webinar, registrant)) : notFound('Attendee');
    })
    .add('GET', '/organizers/:org/webinars/:wk/panelists', (_req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      if (!webinar) return notFound('Webinar');
      return gotoJson(
        200,
        webinar.panelists.map((panelist) => {
          const [firstName = '', lastName = ''] = panelist.name.split(' ');
          // firstName/lastName are deprecated in favour of name, but still required by the spec.
          return { panelistId: num(panelist.panelistKey), name: panelist.name, firstName, lastName, email: panelist.email, joinLink: teamJoinLink(webinar, panelist.panelistKey) };
        }),
      );
    })
    .add('GET', '/organizers/:org/webinars/:wk/coorganizers', (_req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      if (!webinar) return notFound('Webinar');
      return gotoJson(
        200,
        webinar.coorganizers.map((member) => ({
          memberKey: member.memberKey,
          external: member.external,
          givenName: member.givenName,
          surname: member.surname,
          email: member.email,
          joinLink: teamJoinLink(webinar, member.memberKey),
        })),
      );
    })
    .add('GET', '/organizers/:org/webinars/:wk/meetingtimes', (_req, { org, wk }, { state }) => {
      const webinar = webinarOf(state, org, wk);
      return webinar ? gotoJson(200, webinar.times.map((time) => ({ startTime: isoSeconds(time.startMs), endTime: isoSeconds(time.endMs) }))) : notFound('Webinar');
    })
    .add('GET', '/webinars/:wk/startUrl', (_req, { wk }, { state }) => {
      // The admin token reaches every organizer's webinars (the path names none).
      const webinar = state.webinars.find((w) => w.webinarKey === wk);
      return webinar ? gotoJson(200, { startUrl: webinarStartUrl(webinar) }) : notFound('Webinar');
    });
}
