import { sameText } from '../core/same-text.js';
import type { SimRequest } from '../core/request.js';
import { AMEYO_TOKEN_AUTH } from './seed.js';

/** Whether a request carries the token-based authorization headers (`hash-key`, `policy-name`). */
export function tokenAuthorised(req: SimRequest): boolean {
  const header = (name: string): string => {
    const value = req.headers[name];
    return typeof value === 'string' ? value : '';
  };
  return sameText(header('hash-key'), AMEYO_TOKEN_AUTH.hashKey) && sameText(header('policy-name'), AMEYO_TOKEN_AUTH.policyName);
}
