import type { BomgarWindow } from './types.js';

/** Splits [from, to) into consecutive windows of at most `seconds`, oldest first. */
export function splitWindow(window: BomgarWindow, seconds: number): BomgarWindow[] {
  const step = Math.max(1, Math.floor(seconds)) * 1000;
  const parts: BomgarWindow[] = [];
  for (let from = window.from.getTime(); from < window.to.getTime(); from += step) {
    parts.push({ from: new Date(from), to: new Date(Math.min(from + step, window.to.getTime())) });
  }
  return parts;
}
