import type { VirtualClock } from './clock.js';
import type { ResolvedSimulatorOptions } from './options.js';
import type { VendorReply } from './reply.js';
import type { SimRequest } from './request.js';
import type { LiveHub } from './scenarios/live-hub.js';
import type { LiveVendor } from './scenarios/live-vendor.js';

/** What a vendor module gets when the simulator builds (or rebuilds, on reset) its state. */
export interface VendorContext {
  /** The data seed. */
  seed: number;
  /** The shared virtual clock; write timestamps from it. */
  clock: VirtualClock;
  options: ResolvedSimulatorOptions;
  /** Where pushes (outbound events, callbacks, webhooks) go out and are tracked; outlives resets. */
  live: LiveHub;
}

/** A vendor's live state and request handler. Reset throws the instance away and creates a new one. */
export interface VendorInstance {
  /** Answers one request (the core has already applied journal and faults). */
  handle(req: SimRequest): VendorReply | Promise<VendorReply>;
  /**
   * The vendor's own error response for a `status` fault without a body (429 must carry
   * `Retry-After: retryAfter`). Omitted: a generic JSON error.
   */
  statusFaultReply?(status: number, retryAfter: number | undefined, req: SimRequest): VendorReply;
  /** Content type a `malformed` fault sends (default JSON). */
  readonly malformedContentType?: string;
  /** What the journal says answered (`servedBy`); default `vendor`. Recording and replay set theirs. */
  readonly servedBy?: string;
  /** Live-status hooks for scenarios and `/_sim/events`, one per live product (GoTo has two). */
  readonly live?: readonly LiveVendor[];
}

/** One vendor mounted under its base path; registered in simulator/vendors.ts. */
export interface VendorDefinition {
  /** Short name used by the admin API (`vendor` in faults and journal). */
  name: string;
  /** Mount point, e.g. `/zendesk`. */
  basePath: string;
  create(ctx: VendorContext): VendorInstance;
}
