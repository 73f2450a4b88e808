import { SpanStatusCode, trace, type Attributes, type Span, type SpanKind } from '@opentelemetry/api';

/** The one tracer name of every span the gateway makes. */
const TRACER = 'switchboard';

export interface SpanOptions {
  kind?: SpanKind;
  /** Set at the start; keep them cheap (they are built even when tracing is off). */
  attributes?: Attributes;
  /** Start a trace of its own rather than a child of the active span (background work a request only set going). */
  root?: boolean;
}

/**
 * Runs `work` in a new active span (its vendor calls and log lines are the span's children and carry its
 * trace id), ended when `work` settles. A throw marks the span failed with the error's code or name only:
 * messages may quote what a vendor or a caller sent.
 */
export function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  // Asked for each time, not kept: a tracer kept from one SDK registration would outlive its shutdown (one app
  // after another in a process). Until server/observability/tracing registers the SDK it is the API's no-op.
  return trace.getTracer(TRACER).startActiveSpan(name, options, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Marks the span failed: `error.type` is the error's typed `code` (UPSTREAM_TIMEOUT) or its class name, never its message. */
function failSpan(span: Span, error: unknown): void {
  if (!span.isRecording()) return;
  const type = errorType(error);
  span.setAttribute('error.type', type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
}

function errorType(error: unknown): string {
  if (typeof error !== 'object' || error === null) return typeof error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code)) return code;
  return error instanceof Error ? error.name : 'Error';
}
