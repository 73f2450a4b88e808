/**
 * Why a push's signed timestamp is refused, or null when it is within `windowMs` of the
 * gateway's clock `nowMs` either way (a little ahead is a vendor clock running fast; far behind
 * is a replay, or an event held too long to be worth applying).
 */
export function outsideReplayWindow(timestampMs: number, nowMs: number, windowMs: number): string | null {
  const skew = nowMs - timestampMs;
  if (Math.abs(skew) <= windowMs) return null;
  const seconds = Math.round(Math.abs(skew) / 1000);
  const where = skew > 0 ? 'behind' : 'ahead of';
  return `the signed timestamp is ${seconds} s ${where} the gateway's clock; pushes more than ${Math.round(windowMs / 1000)} s either way are refused (WEBHOOK_REPLAY_WINDOW_MS)`;
}
