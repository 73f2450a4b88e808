import { sameSecret } from '../secrets.js';
import { jsonResponse } from './json-response.js';
import { isRefusal, readWebhookBody, type WebhookBody, type WebhookBodyLimits } from './read-body.js';
import { outsideReplayWindow } from './replay-window.js';

/** How one vendor signs its pushes. */
export interface PushSigning {
  /** The header carrying the signature (lower case). */
  signatureHeader: string;
  /** The header carrying the signed timestamp (lower case). */
  timestampHeader: string;
  /** The timestamp header's value as ms since the epoch, or undefined when it is not one of this vendor's. */
  timestampMs(value: string): number | undefined;
  /** The signature expected of the raw body and the timestamp header's value. */
  sign(timestamp: string, body: Buffer): string;
}

export interface SignedPushOptions {
  /** WEBHOOK_MAX_BODY_BYTES and REQUEST_BODY_TIMEOUT_MS. */
  limits: WebhookBodyLimits;
  /** WEBHOOK_REPLAY_WINDOW_MS: how far the signed timestamp may be from `now`, either way. */
  replayWindowMs: number;
  /** The gateway's clock (ms): the replay window is judged by it, never by the sender's. */
  now: () => number;
  /** Told of a timestamp outside the window (the log line). */
  onStale?: (timestampMs: number) => void;
}

/** A push whose signature matched: its body and the signature (an event id of last resort). */
export interface SignedPush extends WebhookBody {
  signature: string;
}

/**
 * Reads a signed push, each check before any more work is done: the signed timestamp must be
 * within the replay window of the gateway's clock (headers only: no body read yet); the body is
 * read within its limits; the signature over the raw bytes must match (before anything parses
 * them). Answers the push, or the refusal to send.
 */
export async function readSignedPush(request: Request, signing: PushSigning, options: SignedPushOptions): Promise<SignedPush | { refusal: Response }> {
  const unauthenticated = { refusal: jsonResponse(Response, 401, { status: 'error', reason: `a valid ${signing.signatureHeader} is required` }) };
  const timestamp = request.headers.get(signing.timestampHeader) ?? '';
  const signature = request.headers.get(signing.signatureHeader);
  const signedAt = timestamp.length <= 64 ? signing.timestampMs(timestamp) : undefined;
  if (signedAt === undefined || !signature) return unauthenticated;
  const stale = outsideReplayWindow(signedAt, options.now(), options.replayWindowMs);
  if (stale) {
    options.onStale?.(signedAt);
    return { refusal: jsonResponse(Response, 401, { status: 'error', reason: stale }) };
  }
  const body = await readWebhookBody(request, options.limits);
  if (isRefusal(body)) return body;
  if (!sameSecret(signature, signing.sign(timestamp, body.bytes))) return unauthenticated;
  return { ...body, signature };
}
