import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Caller } from '../../domain/caller.js';
import { refusalResponse } from '../refusal-response.js';
import type { RateDecision, RateLimiter, RatePolicy } from './bucket.js';

export interface RateLimitOptions {
  policy: RatePolicy;
  limiter: RateLimiter;
  /** The GraphQL endpoint; other paths (webhooks, health) are not counted. */
  endpoint: string;
  /** The caller the auth plugin found for a request (it runs first). */
  callerOf: (request: Request) => Caller | undefined;
  /** A limiter that failed (Redis down): the request is let through. Called at most once a minute; default ignored. */
  onError?: (error: unknown) => void;
}

/** The RateLimit-* headers (IETF draft "RateLimit header fields for HTTP") of a decision. */
function headersOf(policy: RatePolicy, decision: RateDecision): Record<string, string> {
  return {
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(decision.remaining),
    'ratelimit-reset': String(decision.resetSeconds),
    'ratelimit-policy': `${policy.perMinute};w=60;burst=${policy.burst}`,
  };
}

function refusalMessage(policy: RatePolicy, decision: RateDecision): string {
  return `Rate limit exceeded: ${policy.perMinute} requests per minute (bursts of ${policy.burst}) per caller; retry in ${decision.retryAfterSeconds} s`;
}

/**
 * Counts requests per caller (`caller.label`: an API key's label, a JWT's subject) in a token
 * bucket and refuses the ones over the limit: HTTP 429 with `Retry-After`, the RateLimit-*
 * headers and a GraphQL error `RATE_LIMITED`. An HTTP request counts once, after auth and before
 * it is parsed; a graphql-ws operation counts when it is subscribed (the execute and subscribe
 * hooks run for it, with no counted HTTP request behind its context). A limiter that fails lets
 * requests through: the limit protects the gateway, and an outage of Redis should not become one
 * of the gateway.
 */
export function useRateLimit(options: RateLimitOptions): Plugin {
  const { policy, limiter, endpoint, callerOf } = options;
  const counted = new WeakMap<Request, RateDecision>();
  let reportedAt = -Infinity;

  const take = async (caller: Caller): Promise<RateDecision | undefined> => {
    try {
      return await limiter.take(caller.label);
    } catch (error) {
      // One report per minute of outage, not one per request.
      if (Date.now() - reportedAt >= 60_000) {
        reportedAt = Date.now();
        options.onError?.(error);
      }
      return undefined;
    }
  };

  /** A graphql-ws operation: counted now, refused with an error result when over the limit. */
  const admitOperation = async (args: ExecutionArgs, stop: (result: { errors: GraphQLError[] }) => void) => {
    const context = args.contextValue as { request?: Request; caller?: Caller };
    if (context.request && counted.has(context.request)) return;
    if (!context.caller) return;
    const decision = await take(context.caller);
    if (!decision || decision.allowed) return;
    stop({
      errors: [
        new GraphQLError(refusalMessage(policy, decision), {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: decision.retryAfterSeconds },
        }),
      ],
    });
  };

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      const caller = callerOf(request);
      if (!caller) return;
      const decision = await take(caller);
      if (!decision) return;
      counted.set(request, decision);
      if (decision.allowed) return;
      endResponse(
        refusalResponse(
          fetchAPI,
          429,
          { message: refusalMessage(policy, decision), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: decision.retryAfterSeconds } },
          { 'retry-after': String(decision.retryAfterSeconds), ...headersOf(policy, decision) },
        ),
      );
    },
    onResponse({ request, response }) {
      const decision = counted.get(request);
      if (!decision?.allowed) return;
      for (const [name, value] of Object.entries(headersOf(policy, decision))) response.headers.set(name, value);
    },
    onExecute: ({ args, setResultAndStopExecution }) => admitOperation(args, setResultAndStopExecution),
    onSubscribe: ({ args, setResultAndStopExecution }) => admitOperation(args, setResultAndStopExecution),
  };
}
