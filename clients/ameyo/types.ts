/** Ameyo shapes as the client returns them: every id a string. */

export interface AmeyoUser {
  userId: string;
  userName: string;
  userType: string;
  /** Modeled field: the user's email, when Ameyo has one. */
  emailId: string | null;
}

export type AmeyoAgentStateName = 'available' | 'ready' | 'busy' | 'break' | 'offline';

export interface AmeyoAgentState {
  userId: string;
  name: string;
  state: AmeyoAgentStateName;
  campaignId: string;
  /** When the agent entered the state, as Ameyo writes it (`yyyy-MM-dd HH:mm:ss`). */
  since: string;
}

export interface AmeyoQueueStats {
  campaignId: string;
  waitingCalls: number;
  longestWaitSeconds: number;
  agentsAvailable: number;
}

/** A campaign (modeled listing): where calls queue and agents work. */
export interface AmeyoCampaign {
  campaignId: string;
  campaignName: string;
  /** `inbound`, `outbound`, ... as Ameyo names it; null when not given. */
  campaignType: string | null;
}

export interface AmeyoDialResult {
  crtObjectId: string;
  userCrtObjectId: string;
  customerId: string;
}

export interface AmeyoDispose {
  phone: string;
  campaignId: string;
  crtObjectId: string;
  userCrtObjectId: string;
  customerId: string;
  dispositionCode: string;
}
