import { context, isSpanContextValid, trace } from '@opentelemetry/api';

/** The active span's ids, for log lines and error extensions; undefined outside any span (or when tracing is off). */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getSpanContext(context.active());
  return span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : undefined;
}
