import { FAULT_KINDS, type FaultKind, type FaultSpec } from './faults.js';
import type { JournalFilter } from './journal.js';
import type { RequestPattern } from './request-pattern.js';
import type { StubSpec } from './stubs.js';

/** Bad input to the admin API; the message names the field. */
export class AdminInputError extends Error {}

type Json = Record<string, unknown>;

/** The body as an object; an empty body counts as `{}`. */
export function objectBody(body: unknown, bodyError: string | undefined): Json {
  if (bodyError !== undefined) throw new AdminInputError(`body: ${bodyError}`);
  if (body === undefined) return {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AdminInputError('body must be a JSON object');
  return body as Json;
}

interface IntegerRule {
  min?: number;
  max?: number;
}

export function optionalInteger(obj: Json, field: string, rule: IntegerRule = {}): number | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new AdminInputError(`${field} must be an integer`);
  if (rule.min !== undefined && value < rule.min) throw new AdminInputError(`${field} must be at least ${rule.min}`);
  if (rule.max !== undefined && value > rule.max) throw new AdminInputError(`${field} must be at most ${rule.max}`);
  return value;
}

export function optionalNumber(obj: Json, field: string, rule: IntegerRule = {}): number | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new AdminInputError(`${field} must be a number`);
  if (rule.min !== undefined && value < rule.min) throw new AdminInputError(`${field} must be at least ${rule.min}`);
  if (rule.max !== undefined && value > rule.max) throw new AdminInputError(`${field} must be at most ${rule.max}`);
  return value;
}

export function optionalString(obj: Json, field: string): string | undefined {
  const value = obj[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new AdminInputError(`${field} must be a string`);
  return value;
}

/** Validates a `POST /_sim/faults` body. */
export function parseFaultSpec(body: Json, vendorNames: readonly string[]): FaultSpec {
  const kind = body.kind;
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new AdminInputError(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  }
  const vendor = optionalString(body, 'vendor');
  if (vendor !== undefined && !vendorNames.includes(vendor)) {
    throw new AdminInputError(`vendor must be one of ${vendorNames.join(', ')}`);
  }
  const path = optionalString(body, 'path');
  if (path !== undefined && !path.startsWith('/') && !path.startsWith('*')) throw new AdminInputError('path must start with / (it is a glob under the vendor base path)');
  const spec: FaultSpec = { kind: kind as FaultKind };
  if (vendor !== undefined) spec.vendor = vendor;
  if (path !== undefined) spec.path = path;

  const status = optionalInteger(body, 'status', { min: 100, max: 599 });
  const text = optionalString(body, 'body');
  const latencyMs = optionalNumber(body, 'latencyMs', { min: 0, max: 600_000 });
  const retryAfter = optionalInteger(body, 'retryAfter', { min: 0 });
  const times = optionalInteger(body, 'times', { min: 1 });
  const rate = optionalNumber(body, 'rate', { min: 0, max: 1 });
  if (kind === 'latency' && latencyMs === undefined) throw new AdminInputError('latencyMs is required for kind latency');
  if (status !== undefined) spec.status = status;
  if (text !== undefined) spec.body = text;
  if (latencyMs !== undefined) spec.latencyMs = latencyMs;
  if (retryAfter !== undefined) spec.retryAfter = retryAfter;
  if (times !== undefined) spec.times = times;
  if (rate !== undefined) spec.rate = rate;
  return spec;
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Validates the request side shared by stubs and journal queries: vendor, method, path, query, requestBody. */
export function parseRequestPattern(body: Json, vendorNames: readonly string[]): RequestPattern {
  const pattern: RequestPattern = {};
  const vendor = optionalString(body, 'vendor');
  if (vendor !== undefined) {
    if (!vendorNames.includes(vendor)) throw new AdminInputError(`vendor must be one of ${vendorNames.join(', ')}`);
    pattern.vendor = vendor;
  }
  const method = optionalString(body, 'method');
  if (method !== undefined) {
    if (!METHODS.includes(method.toUpperCase())) throw new AdminInputError(`method must be one of ${METHODS.join(', ')}`);
    pattern.method = method.toUpperCase();
  }
  const path = optionalString(body, 'path');
  if (path !== undefined) {
    if (!path.startsWith('/') && !path.startsWith('*')) throw new AdminInputError('path must start with / (a glob under the vendor base path, or the full path)');
    pattern.path = path;
  }
  const query = body.query;
  if (query !== undefined && query !== null) {
    if (typeof query !== 'object' || Array.isArray(query)) throw new AdminInputError('query must be an object of parameter names to values');
    for (const [name, value] of Object.entries(query)) {
      if (typeof value !== 'string') throw new AdminInputError(`query.${name} must be a string`);
    }
    pattern.query = { ...(query as Record<string, string>) };
  }
  if (body.requestBody !== undefined && body.requestBody !== null) pattern.requestBody = body.requestBody;
  return pattern;
}

/** Validates a `POST /_sim/stubs` body. */
export function parseStubSpec(body: Json, vendorNames: readonly string[]): StubSpec {
  const pattern = parseRequestPattern(body, vendorNames);
  if (pattern.vendor === undefined) throw new AdminInputError(`vendor is required (one of ${vendorNames.join(', ')})`);
  if (pattern.path === undefined) throw new AdminInputError('path is required (a glob under the vendor base path, e.g. /api/v2/tickets/*)');
  const headers = body.headers ?? {};
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) throw new AdminInputError('headers must be an object of header names to values');
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new AdminInputError(`headers.${name} is not a valid header name`);
    if (typeof value !== 'string' && typeof value !== 'number') throw new AdminInputError(`headers.${name} must be a string`);
    if (/[\r\n]/.test(String(value))) throw new AdminInputError(`headers.${name} must be on one line`);
    sent[name] = String(value);
  }
  const spec: StubSpec = { ...pattern, status: optionalInteger(body, 'status', { min: 100, max: 599 }) ?? 200, headers: sent };
  if (body.body !== undefined && body.body !== null) spec.body = body.body;
  const times = optionalInteger(body, 'times', { min: 1 });
  if (times !== undefined) spec.times = times;
  return spec;
}

/** Validates a journal filter: a request pattern plus `status` (`404`, or a class `4xx`). */
export function parseJournalFilter(body: Json, vendorNames: readonly string[]): JournalFilter {
  const filter: JournalFilter = parseRequestPattern(body, vendorNames);
  const status = body.status;
  if (status !== undefined && status !== null) {
    const text = String(status);
    const exact = /^[1-5]\d\d$/.exec(text);
    const range = /^([1-5])xx$/i.exec(text);
    if (exact) filter.status = { exact: Number(text) };
    else if (range) filter.status = { class: Number(range[1]) };
    else if (text === '0') filter.status = { exact: 0 };
    else throw new AdminInputError('status must be a status (404), a class (4xx) or 0 (no response sent)');
  }
  return filter;
}

/** The journal filter in `GET /_sim/journal`'s query: `vendor`, `method`, `path`, `status`. */
export function journalFilterFromQuery(query: URLSearchParams, vendorNames: readonly string[]): JournalFilter {
  const body: Json = {};
  for (const name of ['vendor', 'method', 'path', 'status']) {
    const value = query.get(name);
    if (value !== null) body[name] = value;
  }
  return parseJournalFilter(body, vendorNames);
}
