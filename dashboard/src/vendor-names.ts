import type { Vendor } from '../../clients/graphql/generated/graphql.js';

const NAMES: Record<Vendor, string> = {
  AMEYO: 'Ameyo',
  BOMGAR: 'Bomgar',
  GOTO_ASSIST: 'GoToAssist',
  GOTO_MEETING: 'GoToMeeting',
  GOTO_TRAINING: 'GoToTraining',
  GOTO_WEBINAR: 'GoToWebinar',
  ZENDESK: 'Zendesk',
};

export function vendorName(vendor: Vendor): string {
  return NAMES[vendor];
}
