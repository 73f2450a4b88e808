import { print, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { IncomingCallDocument, type IncomingCallSubscription } from '../../clients/graphql/generated/graphql.js';
import type { Role } from '../../domain/roles.js';
import type { TestGateway } from './gateway.js';

/** A call as the simulator's control endpoint reports it. */
export interface SimulatedCall {
  crtObjectId: string;
  userId: string;
  campaignId: string;
  /** ISO times, as the simulated Ameyo keeps them (milliseconds included). */
  connectedAt: string;
  endedAt: string | null;
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

/**
 * A role's `incomingCall` subscription over graphql-ws, as an agent's screen holds it. `next()`
 * resolves with the next event (in order); `ready` once the gateway listens for the agent.
 */
export function incomingCalls(gw: TestGateway, role: Role, agentUserId: string) {
  const client = createClient({
    url: gw.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${gw.keys[role]}` },
    retryAttempts: 0,
  });
  const events: FormattedExecutionResult<IncomingCallSubscription>[] = [];
  const waiting: ((event: FormattedExecutionResult<IncomingCallSubscription>) => void)[] = [];
  const deliver = (event: FormattedExecutionResult<IncomingCallSubscription>) => {
    const waiter = waiting.shift();
    if (waiter) waiter(event);
    else events.push(event);
  };
  const stop = client.subscribe<IncomingCallSubscription>(
    { query: print(IncomingCallDocument) },
    { next: deliver, error: (error) => deliver({ errors: [error as GraphQLFormattedError] }), complete: () => undefined },
  );
  return {
    ready: gw.app.pubsub.whenSubscribed('incomingCall', agentUserId),
    next: (): Promise<FormattedExecutionResult<IncomingCallSubscription>> => {
      const queued = events.shift();
      return queued ? Promise.resolve(queued) : new Promise((resolve) => waiting.push(resolve));
    },
    /** Events received and not yet taken. */
    pending: () => events.length,
    async close() {
      stop();
      await client.dispose();
    },
  };
}
