import type { Span } from '@opentelemetry/api';
import type { CallEvent, HttpMethod } from './options.js';
import { routeTemplate } from './route-template.js';

/**
 * What a vendor call's span says (OpenTelemetry's HTTP client conventions where they fit, `switchboard.*`
 * beside them). Only what is safe to export: the route template of the path (never the query, the URL's
 * ids or a credential), the status, the attempts and waits, the breaker's state. Every helper does
 * nothing unless the span records, so tracing off costs no attribute work.
 */

/** Names the call `GET /api/v2/tickets/{id}.json` and records what it asks of whom: of `url`, only its host and port. */
export function describeCall(span: Span, vendor: string, method: HttpMethod, url: URL, scrubbedPath: string): void {
  if (!span.isRecording()) return;
  const template = routeTemplate(scrubbedPath);
  span.updateName(`${method} ${template}`);
  span.setAttributes({
    'switchboard.vendor': vendor,
    'http.request.method': method,
    'url.template': template,
    'server.address': url.hostname,
    ...(url.port && { 'server.port': Number(url.port) }),
  });
}

/** One attempt (or a refusal without a request) as an `attempt` event; the span's status and attempt count follow the last. */
export function noteAttempt(span: Span, event: CallEvent): void {
  if (!span.isRecording()) return;
  span.addEvent('attempt', {
    'switchboard.attempt': event.attempt,
    'switchboard.outcome': event.outcome,
    'switchboard.duration_ms': Math.round(event.durationMs),
    ...(event.status !== undefined && { 'http.response.status_code': event.status }),
  });
  span.setAttribute('switchboard.attempts', event.attempt);
  span.setAttribute('http.request.resend_count', Math.max(0, event.attempt - 1));
  if (event.status !== undefined) span.setAttribute('http.response.status_code', event.status);
}

/** The wait chosen after attempt `attempt` failed (backoff or the vendor's Retry-After): an event, and the call's total. */
export function noteRetryWait(span: Span, attempt: number, waitMs: number): void {
  if (!span.isRecording()) return;
  span.addEvent('retry wait', { 'switchboard.attempt': attempt, 'switchboard.retry.wait_ms': Math.round(waitMs) });
  totals.set(span, (totals.get(span) ?? 0) + waitMs);
  span.setAttribute('switchboard.retry.wait_ms', Math.round(totals.get(span)!));
}

/** The vendor's circuit breaker as the call left it (`closed`, `open`, `half-open`: policies.ts, which imports this file's importers). */
export function noteBreaker(span: Span, state: string): void {
  if (span.isRecording()) span.setAttribute('switchboard.breaker.state', state);
}

const totals = new WeakMap<Span, number>();
