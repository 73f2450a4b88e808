import type { Logger } from './logger.js';
import { withTimeLimit } from './time-limit.js';

/** Something to stop when the app closes: pollers, timers, connections, the store. */
export type Closer = () => void | Promise<void>;

/**
 * What `app.close()` runs: every registered closer, in reverse registration order (what
 * was opened last closes first, so the store, registered first, closes last). Each runs
 * once, bounded by `timeoutMs`; one that fails or hangs is logged and the others still run.
 */
export class Closers {
  readonly #entries: { name: string; close: Closer }[] = [];
  #closing: Promise<void> | undefined;

  constructor(
    private readonly logger: Logger,
    /** Longest one closer may take before it is given up on (logged); default 10 s. */
    private readonly timeoutMs = 10_000,
  ) {}

  add(name: string, close: Closer): void {
    if (this.#closing) throw new Error(`cannot register closer "${name}": the app is closing`);
    this.#entries.push({ name, close });
  }

  /** Runs every closer once; later calls return the same promise. */
  closeAll(): Promise<void> {
    this.#closing ??= this.#run();
    return this.#closing;
  }

  async #run(): Promise<void> {
    for (const { name, close } of [...this.#entries].reverse()) {
      const started = performance.now();
      try {
        await withTimeLimit(Promise.resolve().then(close), this.timeoutMs, () => {
          throw new Error(`${name} did not close within ${this.timeoutMs} ms`);
        });
        this.logger.debug({ closer: name, ms: Math.round(performance.now() - started) }, 'closed');
      } catch (err) {
        this.logger.error({ closer: name, err }, 'closing failed');
      }
    }
  }
}
