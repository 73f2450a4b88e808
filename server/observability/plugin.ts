import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError, type DocumentNode, type ExecutionResult } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { METRICS_PATH, metricsResponse, READY_PATH, readyResponse, type MetricsAccess, type ReadinessSources } from './endpoints.js';
import type { Metrics, OperationType } from './metrics.js';
import { currentRequest, runInRequestScope } from '../../resolvers/request-scope.js';
import { errorWithRequestId, requestIdFor } from './request-id.js';

export interface ObservabilityPluginOptions {
  logger: Logger;
  metrics: Metrics;
  /** The GraphQL endpoint (`/graphql`): only its requests are counted per operation. */
  graphqlPath: string;
  readiness: ReadinessSources;
  metricsAccess: MetricsAccess;
}

/** What is known about one HTTP request by the time its response leaves. */
interface RequestRecord {
  started: number;
  /** The URL's path, as yoga parsed it for onRequest. */
  path: string;
  operation: string | undefined;
  type: OperationType;
}

/**
 * Request ids, access logs, request metrics, `/ready` and `/metrics`. Register it FIRST among
 * the app's plugins, so its timing and request scope cover the others (auth, limits).
 *
 * - Each request runs in a scope (request-scope.ts) carrying its id: the caller's
 *   `X-Request-Id` when sane, else a new one; echoed in the response's `x-request-id`,
 *   added to every log line and (by the error masker) to every error's `extensions.requestId`.
 * - graphql-ws operations have no HTTP request: their execution runs in a scope with the
 *   context's `requestId`.
 */
export function useObservability(options: ObservabilityPluginOptions): Plugin<{ requestId?: string }> {
  const { logger, metrics, graphqlPath } = options;
  const records = new WeakMap<Request, RequestRecord>();
  const accessLog = logger.child({ component: 'http' });

  const inScope = <T,>(context: { requestId?: string }, wrapped: () => T): T =>
    currentRequest() ? wrapped() : runInRequestScope({ requestId: context.requestId ?? randomUUID(), logger }, wrapped);

  const noteOperation = (request: Request | undefined, document: DocumentNode, operationName: string | null | undefined) => {
    const record = request && records.get(request);
    if (!record) return;
    const operation = getOperationAST(document, operationName);
    record.type = operation?.operation ?? 'unknown';
    record.operation = operationName ?? operation?.name?.value ?? record.operation;
  };

  return {
    instrumentation: {
      request: ({ request }, wrapped) => runInRequestScope({ requestId: requestIdFor(request), logger }, wrapped),
      execute: ({ context }, wrapped) => inScope(context, wrapped),
      subscribe: ({ context }, wrapped) => inScope(context, wrapped),
    },

    async onRequest({ request, url, endResponse }) {
      records.set(request, { started: performance.now(), path: url.pathname, operation: undefined, type: 'unknown' });
      if (request.method !== 'GET') return;
      if (url.pathname === READY_PATH) endResponse(await readyResponse(options.readiness));
      else if (url.pathname === METRICS_PATH) endResponse(await metricsResponse(request, metrics, options.metricsAccess));
    },

    onParams({ request, params }) {
      const record = records.get(request);
      if (record && params.operationName) record.operation = params.operationName;
    },

    onExecute({ args }) {
      noteOperation((args.contextValue as { request?: Request }).request, args.document, args.operationName);
    },

    onSubscribe({ args }) {
      noteOperation((args.contextValue as { request?: Request }).request, args.document, args.operationName);
    },

    // Errors made outside execution (parse, validation, limits) get the id here; the masker adds it to the rest.
    onResultProcess({ request, result, setResult }) {
      // The usual answer, one result without errors, is left as it is.
      if (!isAsyncIterable(result) && !Array.isArray(result) && !result.errors?.length) return;
      const requestId = requestIdFor(request);
      const mark = (one: ExecutionResult): ExecutionResult =>
        one.errors?.length
          ? { ...one, errors: one.errors.map((error) => (error instanceof GraphQLError ? errorWithRequestId(error, requestId) : error)) }
          : one;
      if (isAsyncIterable(result)) setResult(mapAsyncIterator(result, mark));
      else setResult(Array.isArray(result) ? result.map(mark) : mark(result));
    },

    async onResponse({ request, response, setResponse }) {
      const requestId = requestIdFor(request);
      const record = records.get(request);
      const path = record?.path ?? new URL(request.url).pathname;
      const seconds = record ? (performance.now() - record.started) / 1000 : 0;
      let sent = response;
      if (response.status >= 400 && !response.headers.get('content-type')?.includes('text/event-stream')) {
        sent = await withRequestIdInErrors(response, requestId);
      }
      try {
        sent.headers.set('x-request-id', requestId);
      } catch {
        // Immutable headers (a response passed through from elsewhere): answer a copy that carries the id.
        sent = new Response(sent.body, sent);
        sent.headers.set('x-request-id', requestId);
      }
      if (sent !== response) setResponse(sent);
      if (path === READY_PATH || path === METRICS_PATH || path === '/health') return;
      const graphql = path === graphqlPath && record;
      if (graphql) metrics.request({ operation: record.operation, type: record.type, status: response.status, seconds });
      // The access log's line is built only when it is written (LOG_LEVEL info or finer).
      if (!accessLog.isLevelEnabled('info')) return;
      const fields = { method: request.method, path, status: response.status, ms: Math.round(seconds * 1000) };
      accessLog.info(graphql ? { ...fields, operation: record.operation, type: record.type } : fields, 'request');
    },
  };
}

/**
 * A JSON error answer made before execution (401 from auth, 429 from the rate limiter):
 * its errors get the request id too. Other bodies pass unchanged.
 */
async function withRequestIdInErrors(response: Response, requestId: string): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('json') || !response.body) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, response);
  }
  const errors = (body as { errors?: unknown }).errors;
  if (Array.isArray(errors)) {
    for (const error of errors) {
      if (error && typeof error === 'object') {
        const entry = error as { extensions?: Record<string, unknown> };
        entry.extensions = { ...entry.extensions, requestId: entry.extensions?.['requestId'] ?? requestId };
      }
    }
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
}
