// ws exports its frame builder (`Sender.frame`, RFC 6455 §5.2) but @types/ws does not declare it.
import 'ws';

declare module 'ws' {
  /** The options of a frame ws builds; a server's frames are unmasked. */
  interface SenderFrameOptions {
    fin: boolean;
    opcode: number;
    mask: boolean;
    readOnly: boolean;
    rsv1: boolean;
  }
  export const Sender: {
    /** The frame's header and payload, as ws writes them (apart, to spare a copy of the payload). */
    frame(data: Buffer, options: SenderFrameOptions): Buffer[];
  };
}
