import { getOperationAST, GraphQLError, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { CostOptions } from './cost.js';
import { rememberedCost } from './remembered-cost.js';
import { refusalResponse } from '../refusal-response.js';
import { limitError } from './limit-error.js';
import type { OperationLimits } from './options.js';
import { shapeRules } from './shape-rules.js';
import { useReadableRequestErrors } from './request-parsing.js';
import { limitedParse } from './tokens.js';
import { limitStreamedBody } from './streamed-body-limit.js';
import { malformedVariable, malformedVariableError } from './well-formed-variables.js';

/**
 * Refuses oversized or abusive operations before they run, each with a clear error naming the
 * limit and what was measured (`extensions.code`, `limit`, `measured`):
 * - body bytes, from Content-Length, before the body is read (REQUEST_TOO_LARGE, 413); a body
 *   without one (chunked) is cut off as it streams past the limit. Yoga's own `maxRequestBodySize`
 *   is off (server/app.ts): it streamed every body through a limiting copy, a TransformStream, an
 *   AbortSignal and a DOMException per request, when the declared length already bounds it;
 * - tokens and bracket nesting, before parsing (TOO_MANY_TOKENS, QUERY_TOO_DEEP);
 * - field depth and aliases, as validation rules (QUERY_TOO_DEEP, TOO_MANY_ALIASES);
 * - the estimated cost with the request's variables, before execution (QUERY_TOO_COMPLEX),
 *   remembered per document and page sizes (remembered-cost.ts); and variables that are not
 *   well-formed Unicode (BAD_USER_INPUT).
 * Per request, with yoga's parse and validation caches warm (they are on, and keep the verdicts of
 * the token and shape limits with the document), no limit walks the document again.
 * The parse, validate and execute hooks apply to graphql-ws operations too (listen.ts runs them
 * through yoga's envelop); the body check only to HTTP on `endpoint`. Requests yoga cannot read
 * at all get a readable 4xx (see request-parsing.ts).
 */
export function useOperationLimits(limits: OperationLimits, endpoint: string, costOptions?: CostOptions): Plugin {
  const parse = limitedParse(limits);
  const rules = shapeRules(limits);
  const estimateCost = rememberedCost(costOptions);

  const refusal = (args: ExecutionArgs) => {
    const malformed = malformedVariable(args.variableValues);
    if (malformed !== undefined) return { errors: [malformedVariableError(malformed)] };
    const operation = getOperationAST(args.document, args.operationName);
    // No single operation: execution reports that itself.
    if (!operation) return undefined;
    const cost = estimateCost(args.schema, args.document, operation, args.variableValues);
    if (cost <= limits.maxCost) return undefined;
    const name = operation.name ? `Operation ${operation.name.value}` : 'The operation';
    const shown = Number.isFinite(cost) && cost < 1e15 ? String(Math.round(cost)) : cost.toExponential(2);
    return {
      errors: [
        limitError(
          'QUERY_TOO_COMPLEX',
          `${name} has an estimated cost of ${shown}; the limit is ${limits.maxCost} (LIMIT_MAX_COST). Ask for smaller pages (first/last) or fewer nested lists`,
          limits.maxCost,
          cost,
        ),
      ],
    };
  };

  return {
    onPluginInit({ addPlugin }) {
      addPlugin(useReadableRequestErrors());
    },
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      const declared = request.headers.get('content-length');
      // A malformed length is refused in onRequestParse (400); a chunked body is bounded as it streams.
      if (!declared || !/^\d+$/.test(declared) || Number(declared) <= limits.maxBodyBytes) return;
      const size = Number(declared);
      // The body is never read: Node discards what the client still sends, so the client reads this answer.
      endResponse(
        refusalResponse(fetchAPI, 413, {
          message: `The request body is ${size} bytes; the limit is ${limits.maxBodyBytes} (LIMIT_MAX_BODY_BYTES)`,
          extensions: { code: 'REQUEST_TOO_LARGE', limit: limits.maxBodyBytes, measured: size },
        }),
      );
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        // Only a single non-negative integer is a length (not a list, as in request-smuggling attempts).
        if (!/^\d+$/.test(declared)) throw new GraphQLError('Content-Length header is invalid.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        // Within the limit (onRequest refused the rest): nothing to count as it streams.
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser((req) => requestParser(limitStreamedBody(req, limits.maxBodyBytes, fetchAPI)));
    },
    // A body refused for its size may still be arriving when the answer is sent: close the
    // connection after it (as nginx does), so no client reuses a socket with half a body on it.
    onResponse({ response }) {
      if (response.status === 413) response.headers.set('connection', 'close');
    },
    onParse({ setParseFn }) {
      setParseFn(parse);
    },
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
