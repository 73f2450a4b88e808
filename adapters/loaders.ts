import type { VendorClients } from './vendor-clients.js';
import { createZendeskLoaders, type ZendeskLoaders } from './zendesk/loaders.js';
import { vendorNotConfigured } from './loading/not-configured.js';
import {
  createGoToMeetingLoaders,
  createGoToTrainingLoaders,
  createGoToWebinarLoaders,
  type GoToMeetingLoaders,
  type GoToTrainingLoaders,
  type GoToWebinarLoaders,
} from './goto/loaders.js';
import { createBomgarLoaders, type BomgarLoaders } from './bomgar/loaders.js';
import { createGoToAssistLoaders, type GoToAssistLoaders } from './gotoassist/loaders.js';
import { createAmeyoLoaders, type AmeyoLoaders } from './ameyo/loaders.js';

/** Every loader a request may use, one set per vendor. Created fresh for each request and subscription event. */
export interface Loaders {
  zendesk: ZendeskLoaders;
  gotoMeeting: GoToMeetingLoaders;
  gotoWebinar: GoToWebinarLoaders;
  gotoTraining: GoToTrainingLoaders;
  ameyo: AmeyoLoaders;
  bomgar: BomgarLoaders;
  gotoAssist: GoToAssistLoaders;
}

export function createLoaders(vendors: VendorClients, signal?: AbortSignal): Loaders {
  return {
    zendesk: vendors.zendesk ? createZendeskLoaders(vendors.zendesk, signal) : vendorNotConfigured(vendors, 'zendesk'),
    gotoMeeting: vendors.gotoMeeting ? createGoToMeetingLoaders(vendors.gotoMeeting, signal) : vendorNotConfigured(vendors, 'gotoMeeting'),
    gotoWebinar: vendors.gotoWebinar ? createGoToWebinarLoaders(vendors.gotoWebinar, signal) : vendorNotConfigured(vendors, 'gotoWebinar'),
    gotoTraining: vendors.gotoTraining ? createGoToTrainingLoaders(vendors.gotoTraining, signal) : vendorNotConfigured(vendors, 'gotoTraining'),
    bomgar: vendors.bomgar ? createBomgarLoaders(vendors.bomgar, signal) : vendorNotConfigured(vendors, 'bomgar'),
    gotoAssist: vendors.gotoAssist ? createGoToAssistLoaders(vendors.gotoAssist, signal) : vendorNotConfigured(vendors, 'gotoAssist'),
    ameyo: vendors.ameyo ? createAmeyoLoaders(vendors.ameyo, signal) : vendorNotConfigured(vendors, 'ameyo'),
  };
}
