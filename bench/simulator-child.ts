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
import type { SimulatorCalls } from './simulator-process.js';

/** Enough journal entries for any window on any machine (an entry is a few hundred bytes, kept only as calls happen). */
const JOURNAL_LIMIT = 5_000_000;

const simulator = await startSimulator({ port: 0, host: '127.0.0.1', seed: 42, journalLimit: JOURNAL_LIMIT, rateLimits: false });

process.on('message', (message: { type: string }) => {
  if (message.type === 'clear') {
    simulator.simulator.journal.clear();
    process.send?.({ type: 'cleared' });
  } else if (message.type === 'calls') {
    const entries = simulator.simulator.journal.entries();
    const byVendor: Record<string, number> = {};
    for (const entry of entries) byVendor[entry.vendor] = (byVendor[entry.vendor] ?? 0) + 1;
    process.send?.({ type: 'calls', total: entries.length, byVendor, full: entries.length >= JOURNAL_LIMIT } satisfies SimulatorCalls & { type: string });
  }
});
// The parent gone (or killing it): stop serving and exit.
process.on('disconnect', () => void simulator.close().finally(() => process.exit(0)));
process.send?.({ type: 'listening', url: simulator.url });
