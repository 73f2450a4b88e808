import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type TextMapGetter } from '@opentelemetry/api';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { inSpan } from '../../../clients/transport/in-span.js';
import type { Caller } from '../../../domain/caller.js';

const headerGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

/** Named once the operation is known (`query TicketSupportSessions`); requests that never get that far keep this. */
const UNNAMED = 'GraphQL Operation';

/**
 * A span per GraphQL operation, for the app's yoga; added only when tracing is on (with it off the
 * app has no such plugin, and the spans elsewhere are the API's no-ops). Register it FIRST, before the
 * observability plugin, so the access log line and every other plugin's work fall inside the span.
 *
 * - Every HTTP request continues the caller's W3C `traceparent` (webhooks too: their handler's span).
 * - A request to the GraphQL endpoint is one SERVER span: `{type} {name}` with `graphql.operation.type`,
 *   `graphql.operation.name`, `switchboard.caller.role` (the role only: never the key or the key's label)
 *   and `http.response.status_code`; an answer with errors marks it failed, with their `extensions.code`s.
 * - An operation over graphql-ws (no HTTP request) gets its span around its execute or subscribe.
 * Nothing of the document, the variables or the headers is recorded.
 *
 * Our own plugin rather than @envelop/opentelemetry: that one is built on the 1.x SDK
 * (@opentelemetry/sdk-trace-base 1.x) beside our 2.x, and records the whole document and, optionally,
 * variables and results, which may hold what callers send; ours needs only the API.
 */
export function useTracing(graphqlPath: string): Plugin<{ caller?: Caller }> {
  const operations = new WeakSet<Span>();

  const operation = (wrapped: () => unknown): Promise<void> =>
    inSpan(UNNAMED, { kind: SpanKind.SERVER }, async (span) => {
      operations.add(span);
      await wrapped();
    });
  /** The active operation span, or undefined (this code runs outside any). */
  const current = (): Span | undefined => {
    const span = trace.getActiveSpan();
    return span && operations.has(span) ? span : undefined;
  };
  /** graphql-ws: an operation span unless an HTTP request made one already. */
  const ensure = (wrapped: () => void | Promise<void>) => (current() ? wrapped() : operation(wrapped));

  const describe = (document: DocumentNode, operationName: string | null | undefined, caller: Caller | undefined) => {
    const span = current();
    if (!span?.isRecording()) return;
    const found = getOperationAST(document, operationName);
    const type = found?.operation ?? 'query';
    const name = operationName ?? found?.name?.value;
    span.updateName(name ? `${type} ${name}` : type);
    span.setAttributes({
      'graphql.operation.type': type,
      ...(name && { 'graphql.operation.name': name }),
      ...(caller && { 'switchboard.caller.role': caller.role }),
    });
  };

  const noteErrors = (span: Span | undefined, result: ExecutionResult) => {
    if (!span?.isRecording() || !result.errors?.length) return;
    const codes = [...new Set(result.errors.map(codeOf))];
    span.setAttributes({ 'error.type': codes[0]!, 'switchboard.graphql.error_codes': codes });
    span.setStatus({ code: SpanStatusCode.ERROR, message: codes[0] });
  };

  return {
    instrumentation: {
      request: ({ request }, wrapped) => {
        const parent = propagation.extract(ROOT_CONTEXT, request.headers, headerGetter);
        const path = new URL(request.url, 'http://localhost').pathname;
        return context.with(parent, () => (path === graphqlPath ? operation(wrapped) : wrapped()));
      },
      execute: (_payload, wrapped) => ensure(wrapped),
      subscribe: (_payload, wrapped) => ensure(wrapped),
    },

    onRequest({ request, url }) {
      const span = current();
      if (span?.isRecording()) span.setAttributes({ 'http.request.method': request.method, 'url.path': url.pathname });
    },

    onExecute({ args }) {
      describe(args.document, args.operationName, args.contextValue.caller);
      const span = current();
      return {
        onExecuteDone: ({ result }) => {
          if (!isAsyncIterable(result)) noteErrors(span, result);
        },
      };
    },

    onSubscribe({ args }) {
      describe(args.document, args.operationName, args.contextValue.caller);
    },

    // After masking, with every error's final code; also the errors made before execution (parse, validation).
    onResultProcess({ result }) {
      if (!isAsyncIterable(result)) for (const one of Array.isArray(result) ? result : [result]) noteErrors(current(), one);
    },

    onResponse({ response }) {
      const span = current();
      if (!span?.isRecording()) return;
      span.setAttribute('http.response.status_code', response.status);
      // A 4xx is the caller's to fix: a server span's status stays unset for it (HTTP conventions).
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${response.status}` });
    },
  };
}

/** An error's typed code: the masked error's, or (before masking, over graphql-ws) its original error's. */
function codeOf(error: { extensions?: Record<string, unknown>; originalError?: unknown }): string {
  const code = error.extensions?.['code'] ?? (error.originalError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}
