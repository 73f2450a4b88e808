import { createGoToSession, type GoToSession } from '../../clients/goto/index.js';
import type { VendorSettings } from '../adapter.js';

// One OAuth session per gateway for the four GoTo products (one sign-in, one token refresh).
const sessions = new WeakMap<VendorSettings, GoToSession>();

/** The GoTo account's OAuth session shared by GoToMeeting, GoToWebinar, GoToTraining and GoToAssist; undefined without an account. */
export function gotoSession(settings: VendorSettings): GoToSession | undefined {
  const goto = settings.accounts.goto;
  if (!goto) return undefined;
  let session = sessions.get(settings);
  if (!session) {
    session = createGoToSession({
      baseUrl: goto.url,
      ...(goto.tokenUrl && { tokenUrl: goto.tokenUrl }),
      clientId: goto.clientId,
      clientSecret: goto.clientSecret,
      refreshToken: goto.refreshToken,
      transport: settings.transport,
    });
    sessions.set(settings, session);
  }
  return session;
}
