/**
 * One unfragmented, unmasked WebSocket text frame (RFC 6455 §5.2), as a server sends it: FIN and
 * opcode 1, then the payload length in 7, 7+16 or 7+64 bits, then the payload, which is `parts`
 * joined. Built in one buffer so a frame leaves in one write.
 */
export function textFrame(parts: readonly Buffer[]): Buffer {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x81;
  if (header === 2) frame[1] = length;
  else if (header === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  let offset = header;
  for (const part of parts) offset += part.copy(frame, offset);
  return frame;
}
