import { AdminInputError, optionalInteger, optionalNumber, optionalString } from '../admin-input.js';
import { Prng } from '../prng.js';
import type { ScenarioSpec } from './engine.js';
import { LIVE_VENDORS, type LiveVendorName } from './live-vendor.js';
import { DEFAULT_OUTAGE_MS, DEFAULT_RATE, MAX_RATE, SCENARIO_NAMES, type ScenarioName } from './profiles.js';

type Json = Record<string, unknown>;

/** The longest outage or delay one scenario accepts: a day of virtual time. */
const MAX_OUTAGE_MS = 86_400_000;

/**
 * Validates a `POST /_sim/scenario` body. `available` are the live vendors this simulator serves;
 * `defaultSeed` the simulator's seed.
 */
export function parseScenarioSpec(body: Json, available: readonly LiveVendorName[], defaultSeed: number): ScenarioSpec {
  const name = body.name;
  if (typeof name !== 'string' || !(SCENARIO_NAMES as readonly string[]).includes(name)) {
    throw new AdminInputError(`name must be one of ${SCENARIO_NAMES.join(', ')}`);
  }
  const seed = optionalInteger(body, 'seed') ?? defaultSeed;
  const rate = optionalNumber(body, 'rate') ?? DEFAULT_RATE;
  if (!(rate > 0) || rate > MAX_RATE) throw new AdminInputError(`rate must be more than 0 and at most ${MAX_RATE} (changes per virtual minute)`);
  const vendors = vendorList(body.vendors, available);
  const realTime = body.realTime ?? true;
  if (typeof realTime !== 'boolean') throw new AdminInputError('realTime must be a boolean');
  const spec: ScenarioSpec = { name: name as ScenarioName, seed, rate, vendors, realTime };
  const outageFields = ['vendor', 'outageMs', 'outageAfterMs'].filter((field) => body[field] !== undefined && body[field] !== null);
  if (name !== 'outage') {
    if (outageFields.length > 0) throw new AdminInputError(`${outageFields[0]} is only for the outage scenario`);
    return spec;
  }
  const vendor = optionalString(body, 'vendor');
  if (vendor !== undefined && !vendors.includes(vendor as LiveVendorName)) throw new AdminInputError(`vendor must be one of ${vendors.join(', ')}`);
  spec.outage = {
    // Drawn from its own stream so the choice does not shift the steps' sequence.
    vendor: (vendor as LiveVendorName | undefined) ?? new Prng(seed, 'scenario:outage-vendor').pick(vendors),
    durationMs: optionalInteger(body, 'outageMs', { min: 1, max: MAX_OUTAGE_MS }) ?? DEFAULT_OUTAGE_MS,
    afterMs: optionalInteger(body, 'outageAfterMs', { min: 0, max: MAX_OUTAGE_MS }) ?? 0,
  };
  return spec;
}

function vendorList(value: unknown, available: readonly LiveVendorName[]): LiveVendorName[] {
  if (value === undefined || value === null) return [...available];
  const known = `one of ${available.join(', ')}`;
  if (!Array.isArray(value) || value.length === 0) throw new AdminInputError(`vendors must be a non-empty list, each ${known}`);
  for (const item of value) {
    if (typeof item !== 'string' || !available.includes(item as LiveVendorName)) throw new AdminInputError(`vendors must each be ${known}`);
  }
  // Kept in the registry's order, so the draw does not depend on how the list was written.
  return LIVE_VENDORS.filter((name) => (value as string[]).includes(name));
}

/** `count` for `POST /_sim/scenario/step` (1 to 10,000; default 1). */
export function parseStepCount(body: Json): number {
  return optionalInteger(body, 'count', { min: 1, max: 10_000 }) ?? 1;
}
