import { Prng } from '../core/prng.js';
import { generateZendeskSeed } from '../zendesk/seed.js';

/** An Ameyo contact-centre user (`getAllContactCenterUsers` shape; `emailId` is modeled). */
export interface AmeyoUser {
  userId: string;
  userName: string;
  /** Ameyo's user types: agents are Executives; the integration account is a Supervisor. */
  userType: 'Executive' | 'Supervisor' | 'Administrator';
  /** Modeled: the user's email, shared with the helpdesk account of the same person. */
  emailId: string;
}

export interface AmeyoCampaign {
  campaignId: string;
  campaignName: string;
  campaignType: 'Interactive Voice Application' | 'Outbound Voice Campaign';
  /** Disposition codes the campaign accepts (modeled). */
  dispositionCodes: readonly string[];
}

export type AgentStateName = 'available' | 'ready' | 'busy' | 'break' | 'offline';

export interface AmeyoSeedData {
  users: AmeyoUser[];
  campaigns: AmeyoCampaign[];
  /** Starting agent states: userId → state (Executives only), all in every campaign. */
  states: Map<string, AgentStateName>;
}

/** Every simulated user signs in with this password (command API) or token (REST API). */
export const AMEYO_PASSWORD = 'simulator-password';
/**
 * Token-based authorization of server-to-server commands (`uploadContactAndAddCallback`, `downloadVoiceLog`):
 * headers `hash-key` and `policy-name` (confirmed names; `requesting-host` is sent too and not checked here).
 */
export const AMEYO_TOKEN_AUTH = { hashKey: 'simulator-hash-key', policyName: 'token-based-authorization-policy' } as const;
/** The integration account the gateway uses (a Supervisor). */
export const INTEGRATION_USER = { userId: 'switchboard', userName: 'Switchboard Integration', emailId: 'switchboard@switchboard.test' } as const;

export const DISPOSITION_CODES = ['Resolved', 'Callback', 'Escalated', 'Wrong Number', 'Not Interested'] as const;

/** Inbound campaigns "3" and "7", outbound campaign "5" (ids are strings on the wire). */
export const CAMPAIGNS: readonly AmeyoCampaign[] = [
  { campaignId: '3', campaignName: 'Support Inbound', campaignType: 'Interactive Voice Application', dispositionCodes: DISPOSITION_CODES },
  { campaignId: '5', campaignName: 'Support Outbound', campaignType: 'Outbound Voice Campaign', dispositionCodes: DISPOSITION_CODES },
  { campaignId: '7', campaignName: 'Sales Inbound', campaignType: 'Interactive Voice Application', dispositionCodes: DISPOSITION_CODES },
];

/**
 * The Ameyo dataset of a seed: one Executive per Zendesk staff member (same email, so the
 * gateway can match people across vendors), plus the integration Supervisor. `agent@` is
 * always available; the others are available, on break or offline by the seeded PRNG.
 */
export function generateAmeyoSeed(seed: number, startTime?: Date): AmeyoSeedData {
  const random = new Prng(seed, 'ameyo-seed');
  const staff = generateZendeskSeed(seed, startTime).users.filter((user) => user.role !== 'end-user');
  const users: AmeyoUser[] = staff.map((person) => ({
    userId: (person.email ?? `user${person.id}`).split('@')[0]!,
    userName: person.name,
    userType: person.role === 'admin' ? 'Administrator' : 'Executive',
    emailId: person.email ?? '',
  }));
  users.push({ ...INTEGRATION_USER, userType: 'Supervisor' });
  const states = new Map<string, AgentStateName>();
  for (const user of users) {
    if (user.userType !== 'Executive') continue;
    states.set(user.userId, user.userId === 'agent' ? 'available' : random.weighted<AgentStateName>([['available', 2], ['break', 1], ['offline', 1]]));
  }
  return { users, campaigns: [...CAMPAIGNS], states };
}
