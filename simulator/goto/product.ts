import type { VirtualClock } from '../core/clock.js';
import type { ResolvedSimulatorOptions } from '../core/options.js';
import type { VendorReply } from '../core/reply.js';
import type { SimRequest } from '../core/request.js';
import type { LiveHub } from '../core/scenarios/live-hub.js';
import type { LiveVendor } from '../core/scenarios/live-vendor.js';
import type { GoToAccount } from './account.js';
import type { GoToCaller } from './oauth.js';

export type { GoToCaller } from './oauth.js';

/** What a GoTo product gets when the simulator builds (or rebuilds, on reset) it. */
export interface GoToProductContext {
  /** The data seed; draw product data from `new Prng(seed, '<product>')`. */
  seed: number;
  /** The shared virtual clock. */
  clock: VirtualClock;
  options: ResolvedSimulatorOptions;
  /** The account every product shares: groups, organizers (G2M admin changes them), people, key mint. */
  account: GoToAccount;
  /** Where the product's pushes (callbacks, webhooks) go out; outlives resets. */
  live: LiveHub;
}

/**
 * One product's live state and handler. The GoTo index has already checked the Bearer
 * token (403 InvalidToken otherwise): `caller` is who the token acts for, `path` is the
 * request path relative to the product prefix (`/meetings/123` under `/G2M/rest`).
 */
export interface GoToProduct {
  handle(req: SimRequest, caller: GoToCaller, path: string): VendorReply | Promise<VendorReply>;
  /** Live-status hooks (GoToAssist, GoToWebinar). */
  readonly live?: LiveVendor;
}

/** One product mounted under a prefix of `/goto`; registered in products.ts. */
export interface GoToProductDefinition {
  /** e.g. `/G2M/rest` */
  prefix: string;
  create(ctx: GoToProductContext): GoToProduct;
}
