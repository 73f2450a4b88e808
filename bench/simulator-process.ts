/**
 * The simulator `npm run bench` measures against, in its own process (bench/simulator-child.ts),
 * and the vendor calls it has answered: what a gateway asked of the vendors in a measured window.
 */
import { forkBench } from './child.js';

/** The vendor requests in the simulator's journal. */
export interface SimulatorCalls {
  total: number;
  /** By vendor name (`zendesk`, `goto`, `bomgar`, `ameyo`). */
  byVendor: Record<string, number>;
  /** The journal reached its limit: the counts are a floor. */
  full: boolean;
}

export interface SimulatorProcess {
  /** `http://127.0.0.1:PORT` */
  url: string;
  pid: number;
  /** Vendor calls since the last {@link clearCalls} (or the start). */
  calls(): Promise<SimulatorCalls>;
  clearCalls(): Promise<void>;
  close(): Promise<void>;
}

export async function startSimulatorProcess(): Promise<SimulatorProcess> {
  const child = forkBench(new URL('./simulator-child.ts', import.meta.url));
  const { url } = await child.next<{ url: string }>('listening');
  return {
    url,
    pid: child.child.pid!,
    async calls() {
      const answer = child.next<SimulatorCalls>('calls');
      child.send({ type: 'calls' });
      const { total, byVendor, full } = await answer;
      return { total, byVendor, full };
    },
    async clearCalls() {
      const answer = child.next('cleared');
      child.send({ type: 'clear' });
      await answer;
    },
    async close() {
      child.child.disconnect();
      await child.exited;
    },
  };
}
