import { Prng } from '../../core/prng.js';
import type { GoToAccount } from '../account.js';
import type { Coorganizer, Panelist, Webinar } from './model.js';

const PANELIST_BASE = 6900000000000000011n;
const GUEST_NAMES = ['Priya Raman', 'Tom Becker', 'Lena Ortiz', 'Sam Okafor', 'Mia Lindqvist', 'Ravi Shah'] as const;

/**
 * Seeds every webinar's panelists (0–3 guests) and co-organizers (0–2: other G2W organizers of the
 * account, now and then an external guest). Drawn from its own PRNG stream after the webinars, so
 * adding it changed none of the other seed data; panelist keys are int64 above 2^53 like GoTo's.
 */
export function seedWebinarTeams(seed: number, account: GoToAccount, webinars: readonly Webinar[]): void {
  const random = new Prng(seed, 'goto-webinar-team');
  const hosts = account.organizers.filter((organizer) => organizer.status === 'active' && organizer.products.includes('G2W'));
  let panelistKey = PANELIST_BASE;
  for (const webinar of webinars) {
    webinar.panelists = random.sample(GUEST_NAMES, random.int(0, 3)).map((name): Panelist => {
      panelistKey += BigInt(random.int(1, 9_999) * 13);
      return { panelistKey: panelistKey.toString(), name, email: `${name.toLowerCase().replace(' ', '.')}@guests.example` };
    });
    const others = hosts.filter((host) => host.organizerKey !== webinar.organizerKey);
    webinar.coorganizers = random.sample(others, random.int(0, 2)).map(
      (host): Coorganizer => ({ memberKey: host.organizerKey, external: false, givenName: host.firstName, surname: host.lastName, email: host.email }),
    );
    if (random.chance(0.15)) {
      panelistKey += BigInt(random.int(1, 9_999) * 13);
      webinar.coorganizers.push({ memberKey: panelistKey.toString(), external: true, givenName: 'Guest Host', surname: '', email: 'guest.host@partners.example' });
    }
  }
}

/** A co-organizer's or panelist's join link (modeled format). */
export function teamJoinLink(webinar: Webinar, memberKey: string): string {
  return `https://global.gotowebinar.com/join/${webinar.webinarKey}/${memberKey}?role=panelist`;
}
