import { createZendeskClient, type ZendeskClient } from '../clients/zendesk/client.js';
import { createAmeyoClient, type AmeyoClient } from '../clients/ameyo/client.js';
import { createBomgarClient, type BomgarClient } from '../clients/bomgar/client.js';
import { createGoToAssistClient, type GoToAssistClient } from '../clients/goto/assist/client.js';
import {
  createGoToMeetingClient,
  createGoToSession,
  createGoToTrainingClient,
  createGoToWebinarClient,
  type GoToMeetingClient,
  type GoToTrainingClient,
  type GoToWebinarClient,
} from '../clients/goto/index.js';
import type { Config } from './config.js';

/** The vendor clients this gateway talks to; a vendor without configuration is absent. */
export interface VendorClients {
  zendesk?: ZendeskClient;
  /** GoToMeeting, GoToWebinar, GoToTraining: one GoTo OAuth session shared by all three. */
  gotoMeeting?: GoToMeetingClient;
  gotoWebinar?: GoToWebinarClient;
  gotoTraining?: GoToTrainingClient;
  ameyo?: AmeyoClient;
  bomgar?: BomgarClient;
  /** GoToAssist Remote Support, on the same GoTo session. */
  gotoAssist?: GoToAssistClient;
}

/** The one place vendors are registered: one line per vendor. */
export function createVendorClients(config: Config): VendorClients {
  const { upstream } = config;
  const transport = {
    timeoutMs: upstream.timeoutMs,
    retries: upstream.retries,
    deadlineMs: upstream.deadlineMs,
    breaker: { consecutiveFailures: upstream.breakerFailures, halfOpenAfterMs: upstream.breakerCooldownMs },
  };
  const { zendesk, ameyo, bomgar, goto } = config.vendors;
  const gotoSession =
    goto && createGoToSession({ baseUrl: goto.url, clientId: goto.clientId, clientSecret: goto.clientSecret, refreshToken: goto.refreshToken, transport });
  return {
    gotoMeeting: gotoSession && createGoToMeetingClient(gotoSession),
    gotoWebinar: gotoSession && createGoToWebinarClient(gotoSession),
    gotoTraining: gotoSession && createGoToTrainingClient(gotoSession),
    zendesk: zendesk && createZendeskClient({ baseUrl: zendesk.url, email: zendesk.email, token: zendesk.token, transport }),
    gotoAssist: gotoSession && createGoToAssistClient(gotoSession),
    bomgar: bomgar && createBomgarClient({ ...bomgar, baseUrl: bomgar.url, transport }),
    ameyo: ameyo && createAmeyoClient({ baseUrl: ameyo.url, userId: ameyo.userId, password: ameyo.password, transport }),
  };
}
