import type { PushResult, SimCall } from './state.js';

/** How long the simulator waits for the CRM to answer a push. */
const PUSH_TIMEOUT_MS = 10_000;

/** `yyyy-MM-dd HH:mm:ss` in UTC, the form Ameyo writes call times in (modeled). */
export function ameyoTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The CRM URL's parameters on call connect, as Ameyo sends them. The caller's IVR input
 * (a ticket id typed by DTMF) rides in `customerInfo`, a JSON object (modeled keys).
 */
export function connectParams(call: SimCall, sessionId: string): Record<string, string> {
  const customerInfo: Record<string, string> = { phone1: call.phone, customerId: call.customerId };
  if (call.ivrInput !== null) customerInfo['ivrTicketId'] = call.ivrInput;
  return {
    phone: call.phone,
    campaignId: call.campaignId,
    crtObjectId: call.crtObjectId,
    userCrtObjectId: call.userCrtObjectId,
    userId: call.userId,
    customerId: call.customerId,
    sessionId,
    callType: call.callType,
    customerInfo: JSON.stringify(customerInfo),
    dstPhone: call.dstPhone,
    srcPhone: call.srcPhone,
  };
}

/** The post-call data Ameyo sends once a call has ended (and again once it is disposed). */
export function postCallParams(call: SimCall, baseUrl: string): Record<string, string> {
  const ended = call.endedAtMs ?? call.connectedAtMs;
  const talk = Math.max(0, Math.round((ended - call.connectedAtMs) / 1000) - call.holdSeconds);
  return {
    crtObjectId: call.crtObjectId,
    userCrtObjectId: call.userCrtObjectId,
    phone: call.phone,
    campaignId: call.campaignId,
    userId: call.userId,
    customerId: call.customerId,
    callId: call.callId,
    talkTime: String(talk),
    holdTime: String(call.holdSeconds),
    ringingTime: String(call.ringingSeconds),
    ivrTime: String(call.ivrSeconds),
    callStartTime: ameyoTime(call.connectedAtMs),
    callEndTime: ameyoTime(ended),
    systemDisposition: call.userId === '' ? 'NO_ANSWER' : 'CONNECTED',
    dispositionCode: call.dispositionCode ?? '',
    recordingFileUrl: call.userId === '' ? '' : `${baseUrl}/recordings/${call.crtObjectId}.mp3`,
    hangupFirst: call.hangupFirst ?? '',
  };
}

/**
 * Calls the CRM URL with the parameters appended to its query (it may carry its own, e.g. a
 * shared secret), the way Ameyo invokes a URL integration: a GET. Never throws; the outcome is
 * kept on the call so QA can see what the CRM answered.
 */
export async function push(crmUrl: string | undefined, call: SimCall, kind: PushResult['kind'], params: Record<string, string>, send: CrmSender = fetchCrm): Promise<PushResult> {
  let result: PushResult;
  if (crmUrl === undefined) {
    result = { kind, status: 0, error: 'no CRM URL is configured' };
  } else {
    const url = new URL(crmUrl);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    result = { kind, ...(await send(url.toString(), kind)) };
  }
  call.pushes.push(result);
  return result;
}

/** Sends one CRM GET; answers the status (0 when not answered) and why it failed. Never rejects. */
export type CrmSender = (url: string, kind: PushResult['kind']) => Promise<{ status: number; error?: string }>;

async function fetchCrm(url: string): Promise<{ status: number; error?: string }> {
  try {
    const response = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(PUSH_TIMEOUT_MS) });
    await response.arrayBuffer();
    return { status: response.status };
  } catch (error) {
    return { status: 0, error: (error as Error).name === 'TimeoutError' ? 'the CRM did not answer in time' : 'the CRM could not be reached' };
  }
}
