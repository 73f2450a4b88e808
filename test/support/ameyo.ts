import type { TestGateway } from './gateway.js';

/** A call as the simulator's control endpoint reports it. */
export interface SimulatedCall {
  crtObjectId: string;
  userId: string;
  campaignId: string;
  pushes: { kind: string; status: number; error?: string }[];
}

/**
 * Drives the simulated Ameyo of a test gateway: a caller rings (the connect push has landed
 * when this resolves), a call ends, and a call's pushes are waited for.
 */
export function ameyoCalls(gw: TestGateway) {
  const control = async (path: string, body?: unknown): Promise<SimulatedCall> => {
    const response = await fetch(`${gw.simulatorUrl}/ameyo/simulator${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`simulator answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as SimulatedCall;
  };
  return {
    ring: (call: { phone: string; campaignId?: string; ivrTicketId?: string; userId?: string }) => control('/calls', call),
    hangup: (crtObjectId: string, body: { holdSeconds?: number } = {}) => control(`/calls/${crtObjectId}/hangup`, body),
    /** Resolves once every push of the call so far has been answered. */
    settled: (crtObjectId: string) => control(`/calls/${crtObjectId}`),
  };
}
