import { FAULT_KINDS, type FaultKind, type FaultSpec } from './faults.js';

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
