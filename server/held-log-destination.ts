import pino, { type DestinationStream } from 'pino';

export interface HeldLogDestination {
  /** Where the logger writes: held lines are kept in order until `release`, then everything goes straight through. */
  destination: DestinationStream;
  /** Writes the held lines, in order, and stops holding. Idempotent. */
  release(): void;
}

/**
 * A log destination (default: stdout, asynchronously) that holds its lines until released: `serve`
 * logs while it starts (the live polls begin, the webhooks are registered) and prints its banner
 * once it listens, so the banner is the first thing on stdout and the JSON lines follow it.
 */
export function heldLogDestination(target: DestinationStream = pino.destination({ sync: false })): HeldLogDestination {
  let held: string[] | null = [];
  const flushable = target as DestinationStream & { flush?: (callback?: (error?: Error) => void) => void; flushSync?: () => void };
  const release = () => {
    if (held === null) return;
    const lines = held;
    held = null;
    for (const line of lines) target.write(line);
  };
  const destination = {
    write: (line: string) => (held === null ? target.write(line) : void held.push(line)),
    // A flush (pino's, at exit) writes what is held first: no line is lost to an early exit.
    ...(flushable.flush && {
      flush: (callback?: (error?: Error) => void) => {
        release();
        flushable.flush!(callback);
      },
    }),
    ...(flushable.flushSync && {
      flushSync: () => {
        release();
        flushable.flushSync!();
      },
    }),
  } as DestinationStream;
  return { destination, release };
}
