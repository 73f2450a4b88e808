import type { CallDesk, CrmTarget } from './calls.js';
import type { AmeyoState } from './state.js';

/** What every Ameyo route handler gets. */
export interface AmeyoContext {
  state: AmeyoState;
  desk: CallDesk;
  crm: CrmTarget;
}
