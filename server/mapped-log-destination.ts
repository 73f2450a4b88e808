import type { DestinationStream } from 'pino';

/** `destination` seeing each line as `map` turns it, and flushing as it does (pino flushes at exit). */
export function mappedLogDestination(destination: DestinationStream, map: (line: string) => string): DestinationStream {
  const flushable = destination as DestinationStream & { flush?: (callback?: (error?: Error) => void) => void; flushSync?: () => void };
  return {
    write: (line: string) => destination.write(map(line)),
    ...(flushable.flush && { flush: (callback?: (error?: Error) => void) => flushable.flush!(callback) }),
    ...(flushable.flushSync && { flushSync: () => flushable.flushSync!() }),
  } as DestinationStream;
}
