/** Why Ameyo will not dial for an agent now, in our words (its state names as Ameyo reports them). */
const STATE_WORDS: Record<string, string> = {
  busy: 'on a call',
  break: 'on a break',
  offline: 'signed out of Ameyo',
};

/**
 * The calling agent cannot place a call now (on a call, on a break, signed out): nothing the
 * caller sent is wrong, so no field is named. `state` is Ameyo's word for it when it gave one.
 */
export class AgentNotReadyError extends Error {
  constructor(readonly state: string | null) {
    super(`You cannot dial now: you are ${(state && STATE_WORDS[state]) ?? 'not available in Ameyo'}`);
    this.name = 'AgentNotReadyError';
  }
}
