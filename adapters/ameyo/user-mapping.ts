import type { AmeyoUser } from '../../clients/ameyo/types.js';

/**
 * The id of the Ameyo user with this email: its modeled `emailId`, or a `userId` that is the
 * email (case-insensitive); null when nobody has it.
 */
export function ameyoUserIdForEmail(users: readonly AmeyoUser[], email: string): string | null {
  const wanted = email.toLowerCase();
  return users.find((user) => user.emailId?.toLowerCase() === wanted || user.userId.toLowerCase() === wanted)?.userId ?? null;
}
