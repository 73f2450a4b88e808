import { UpstreamError } from '../transport/index.js';

/** What registering someone gave: a new registration, or the one they already had (GoTo's 409). */
export type Registration<R> = { created: true; registrant: R } | { created: false; registrant: R };

/**
 * Registers, and on GoTo's 409 (already registered) finds the existing registration by
 * email, so the caller gets the registrant either way. The 409 body's shape is not
 * confirmed, so the lookup does not rely on it.
 */
export async function registerOnce<R>(
  create: () => Promise<R>,
  findByEmail: () => Promise<R | undefined>,
): Promise<Registration<R>> {
  try {
    return { created: true, registrant: await create() };
  } catch (error) {
    if (!(error instanceof UpstreamError) || error.status !== 409) throw error;
    const existing = await findByEmail();
    if (!existing) throw error;
    return { created: false, registrant: existing };
  }
}
