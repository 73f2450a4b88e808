import type { Role } from './roles.js';

/** Who is calling: the role their key or token maps to and a label safe to log (never the key itself). */
export interface Caller {
  role: Role;
  /**
   * `admin#3f2a1c` for an API key (the role and the first hex digits of the key's hash);
   * `jwt:<sub>` for a JWT. Rate limits count per label.
   */
  label: string;
}
