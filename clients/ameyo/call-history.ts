import { z } from 'zod';

/** `yyyy-MM-dd HH:mm:ss` in UTC, the form Ameyo writes and takes times in. */
export function ameyoTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

const id = z.union([z.string(), z.number()]).transform(String);
/** '' (not yet known) and absent read as null. */
const optional = z.string().nullish().transform((value) => (value ? value : null));
const seconds = z.union([z.string(), z.number()]).nullish().transform((value) => (value === null || value === undefined || value === '' ? null : Number(value)));
const time = z.string().nullish().transform((value) => (value ? new Date(`${value.replace(' ', 'T')}Z`).toISOString() : null));

/** One call of the (modeled) call history: its post-call data and `callType`. */
export const callHistoryEntry = z
  .looseObject({
    crtObjectId: id,
    callType: z.string(),
    campaignId: id,
    phone: z.string(),
    userId: optional,
    customerId: optional,
    callStartTime: time,
    callEndTime: time,
    talkTime: seconds,
    holdTime: seconds,
    ringingTime: seconds,
    ivrTime: seconds,
    dispositionCode: optional,
    systemDisposition: optional,
    hangupFirst: optional,
    recordingFileUrl: optional,
  })
  .transform((c) => ({
    crtObjectId: c.crtObjectId,
    callType: c.callType,
    campaignId: c.campaignId,
    phone: c.phone,
    userId: c.userId,
    customerId: c.customerId,
    startedAt: c.callStartTime,
    endedAt: c.callEndTime,
    talkSeconds: c.talkTime,
    holdSeconds: c.holdTime,
    ringSeconds: c.ringingTime,
    ivrSeconds: c.ivrTime,
    disposition: c.dispositionCode,
    systemDisposition: c.systemDisposition,
    hangupFirst: c.hangupFirst,
    recordingUrl: c.recordingFileUrl,
  }));

export const callHistory = z.array(callHistoryEntry);

/** A call as the history lists it; times ISO-8601 UTC, `endedAt` null while it runs. */
export type AmeyoCallRecord = z.output<typeof callHistoryEntry>;
