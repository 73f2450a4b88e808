import type { QueueRef } from './model.js';
import type { BomgarState } from './state.js';

/**
 * Reads a `queue_id` (`general`, `rep:ID`, `team:ID`, `rep_username:NAME`, `issue:CODE`).
 * Issue codes are the teams' code names here (each issue routes to its team; modeled).
 */
export function readQueue(value: string | null, state: BomgarState): QueueRef | { error: string } {
  if (value === null || value === '') return { error: 'Missing required parameter: queue_id' };
  if (value === 'general') return { kind: 'general' };
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon);
  const ref = value.slice(colon + 1);
  if (kind === 'rep' || kind === 'team') {
    const id = /^\d+$/.test(ref) ? Number(ref) : NaN;
    const found = kind === 'rep' ? state.rep(id) : state.team(id);
    return found ? { kind, id } : { error: `Invalid queue_id: no ${kind === 'rep' ? 'representative' : 'team'} with id ${ref}` };
  }
  if (kind === 'rep_username') {
    const rep = state.repByUsername(ref);
    return rep ? { kind: 'rep', id: rep.id } : { error: `Invalid queue_id: no representative with username ${ref}` };
  }
  if (kind === 'issue') {
    const team = state.teams.find((candidate) => candidate.codeName === ref);
    return team ? { kind: 'team', id: team.id } : { error: `Invalid queue_id: no issue with code name ${ref}` };
  }
  return { error: `Invalid queue_id: ${value}` };
}
