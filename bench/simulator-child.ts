/**
 * The simulator of `npm run bench`, forked as its own process (bench/simulator-process.ts) so that
 * neither the measured gateway nor the bench shares its CPU: seed 42, its rate limits off (Zendesk's
 * account budget would measure the simulated account, not the gateway), and a journal long enough
 * for any measured window, whose vendor calls the parent counts over IPC.
 *
 * Parent → child: { type: 'calls' } (answered { type: 'calls', total, byVendor, full }), { type: 'clear' } (answered { type: 'cleared' }).
 * Child → parent: { type: 'listening', url } once it listens on 127.0.0.1 (a free port).
 */
import { startSimulator } from '../simulator/server.js';
import { vendors } from '../simulator/vendors.js';
import type { SimulatorCalls } from './simulator-process.js';

/** Enough journal entries for any window on any machine (an entry is a few hundred bytes, kept only as calls happen). */
const JOURNAL_LIMIT = 5_000_000;

// No bodies in the journal: the parent only counts calls, and millions of entries must stay small.
const simulator = await startSimulator({ port: 0, host: '127.0.0.1', seed: 42, journalLimit: JOURNAL_LIMIT, journalBodyBytes: 0, rateLimits: false });

process.on('message', (message: { type: string }) => {
  if (message.type === 'clear') {
    simulator.simulator.journal.clear();
    process.send?.({ type: 'cleared' });
  } else if (message.type === 'calls') {
    const { journal } = simulator.simulator;
    const total = journal.count();
    const byVendor: Record<string, number> = {};
    for (const { name: vendor } of vendors) {
      const calls = journal.count({ vendor });
      if (calls > 0) byVendor[vendor] = calls;
    }
    process.send?.({ type: 'calls', total, byVendor, full: total >= JOURNAL_LIMIT } satisfies SimulatorCalls & { type: string });
  }
});
// The parent gone (or killing it): stop serving and exit.
process.on('disconnect', () => void simulator.close().finally(() => process.exit(0)));
process.send?.({ type: 'listening', url: simulator.url });
