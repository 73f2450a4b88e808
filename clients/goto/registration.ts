import { defaultVendorErrorDecoder, UpstreamError, type Transport } from '../transport/index.js';
import { send, type GoToCall } from './decode.js';

/** What registering someone gave: a new registration, or the one they already had (GoTo's 409). */
export type Registration<R> = { created: true; registrant: R } | { created: false; registrant: R };

/** How to read the registration the person already has, after GoTo's 409. */
export interface ExistingRegistrant<R> {
  /** By the key GoTo's 409 names (GoToTraining's `DuplicateRegistrant` carries `registrantKey`). */
  byKey(registrantKey: string): Promise<R | null>;
  /** By email, when the 409 names no key (or that key reads as nothing). */
  byEmail(): Promise<R | undefined>;
}

/**
 * The registrant key in a 409 body: `{"errorCode": "DuplicateRegistrant", "description": …,
 * "incident": …, "registrantKey": 3019527584166801154}` (a number, kept exact by the transport,
 * or a string); null when the body names none.
 */
export function duplicateRegistrantKey(body: unknown): string | null {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const key = (body as Record<string, unknown>).registrantKey;
  if (typeof key === 'number' && Number.isSafeInteger(key) && key > 0) return String(key);
  return typeof key === 'string' && /^\d+$/.test(key) ? key : null;
}

/**
 * Sends a registration, and on GoTo's 409 (already registered) reads the existing registration:
 * by the key the 409 names, else by email. A 409 whose registration cannot be found is thrown as
 * the vendor's refusal (UPSTREAM_REJECTED, with its `errorCode` and `description`).
 */
export async function registerOnce<R>(
  transport: Transport,
  call: GoToCall,
  created: (body: unknown) => Promise<R>,
  existing: ExistingRegistrant<R>,
): Promise<Registration<R>> {
  const { status, body } = await send(transport, { ...call, acceptStatus: [409] });
  if (status !== 409) return { created: true, registrant: await created(body) };
  const key = duplicateRegistrantKey(body);
  const found = (key ? await existing.byKey(key) : null) ?? (await existing.byEmail());
  if (found) return { created: false, registrant: found };
  const said = defaultVendorErrorDecoder(409, body, '');
  throw new UpstreamError({
    code: 'UPSTREAM_REJECTED',
    vendor: transport.vendor,
    status: 409,
    method: call.method,
    path: call.path,
    ...(said.code !== undefined && { vendorCode: said.code }),
    ...(said.message !== undefined && { vendorMessage: said.message }),
    message: `${transport.vendor} rejected ${call.method} ${call.path} with 409${said.message ? `: ${said.message}` : ''}`,
  });
}
