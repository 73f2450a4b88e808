import type { VendorReply } from '../core/reply.js';
import type { SimCall } from './state.js';

/** An ID3 header and one silent MPEG frame header: enough for a player (or a sniffer) to recognise MP3. */
const SILENT_MP3 = Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x00]);

/** A call's recording (modeled bytes): there is one once an agent took the call and it ended. */
export function recordingOf(call: SimCall): Buffer | undefined {
  return call.endedAtMs !== null && call.userId !== '' ? SILENT_MP3 : undefined;
}

/** The recording as a download. */
export function audioReply(call: SimCall, audio: Buffer): VendorReply {
  return { status: 200, headers: { 'Content-Type': 'audio/mpeg', 'Content-Disposition': `attachment; filename="${call.crtObjectId}.mp3"` }, body: audio };
}
