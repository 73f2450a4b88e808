import { expect } from 'vitest';
import { UpstreamError } from '../../clients/transport/index.js';

/** Awaits a vendor call that must fail, and returns its typed error. */
export async function upstreamFailure(promise: Promise<unknown>): Promise<UpstreamError> {
  const outcome = await promise.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(UpstreamError);
  return outcome as UpstreamError;
}
