import type { JournalEntry } from '../../simulator/server.js';

/** The simulator's `/_sim` admin API, as a QA script would call it over HTTP. */
export interface SimulatorAdmin {
  call(path: string, body?: unknown, method?: string): Promise<Response>;
  journal(vendor: string): Promise<JournalEntry[]>;
  clearJournal(): Promise<void>;
  /** Adds a fault and fails the test unless the simulator accepted it. */
  fault(spec: Record<string, unknown>): Promise<void>;
  clearFaults(): Promise<void>;
  reset(seed: number): Promise<void>;
}

export function simulatorAdmin(baseUrl: string): SimulatorAdmin {
  const call = (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const expectStatus = async (response: Promise<Response>, status: number) => {
    const answer = await response;
    if (answer.status !== status) throw new Error(`simulator answered ${answer.status}: ${await answer.text()}`);
  };
  return {
    call,
    async journal(vendor) {
      const response = await call(`/_sim/journal?vendor=${encodeURIComponent(vendor)}`);
      return ((await response.json()) as { entries: JournalEntry[] }).entries;
    },
    clearJournal: () => expectStatus(call('/_sim/journal', undefined, 'DELETE'), 204),
    fault: (spec) => expectStatus(call('/_sim/faults', spec), 201),
    clearFaults: () => expectStatus(call('/_sim/faults', undefined, 'DELETE'), 204),
    reset: (seed) => expectStatus(call('/_sim/reset', { seed }), 200),
  };
}
