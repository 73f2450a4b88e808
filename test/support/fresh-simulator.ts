import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSimulator } from '../../simulator/server.js';
import { simulatorAdmin } from './simulator-admin.js';

type Started = Awaited<ReturnType<typeof startSimulator>>;

/**
 * One simulator for a test file, on an ephemeral port, reset to `seed` before every test
 * (fresh data, no faults, empty journal). Returns a getter for the running simulator.
 */
export function useFreshSimulator(seed = 42): () => Started {
  let started: Started | undefined;
  beforeAll(async () => {
    started = await startSimulator({ seed });
  });
  afterAll(async () => {
    await started?.close();
  });
  beforeEach(async () => {
    await simulatorAdmin(started!.url).reset(seed);
  });
  return () => started!;
}
