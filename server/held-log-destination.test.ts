import { describe, expect, it } from 'vitest';
import { heldLogDestination } from './held-log-destination.js';

describe('a held log destination', () => {
  it('keeps lines until released, then writes them in order and the next ones straight through', () => {
    const written: string[] = [];
    const held = heldLogDestination({ write: (line: string) => void written.push(line) });
    held.destination.write('one\n');
    held.destination.write('two\n');
    expect(written).toEqual([]);
    held.release();
    held.destination.write('three\n');
    held.release();
    expect(written).toEqual(['one\n', 'two\n', 'three\n']);
  });

  it('writes what it holds before a flush (pino flushes at exit)', () => {
    const written: string[] = [];
    let flushed = 0;
    const held = heldLogDestination({ write: (line: string) => void written.push(line), flushSync: () => void (flushed += written.length) } as never);
    held.destination.write('one\n');
    (held.destination as unknown as { flushSync(): void }).flushSync();
    expect(flushed).toBe(1);
  });
});
