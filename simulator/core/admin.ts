import type { IncomingMessage, ServerResponse } from 'node:http';
import { AdminInputError, objectBody, optionalInteger, optionalNumber, parseFaultSpec } from './admin-input.js';
import type { VirtualClock } from './clock.js';
import type { FaultStore } from './faults.js';
import type { Journal } from './journal.js';
import { jsonReply, writeReply, type VendorReply } from './reply.js';
import { BodyTooLargeError, readBody, requestOrigin, type SimRequest } from './request.js';
import { Router } from './router.js';
import { registerLiveAdminRoutes, type LiveAdminTarget } from './scenarios/admin-routes.js';

/** The simulator as the admin API sees it. */
/** One move of the clock is at most a century, so the clock stays within what a Date can hold. */
const MAX_ADVANCE_MS = 100 * 365 * 86_400_000;

export interface AdminTarget {
  readonly clock: VirtualClock;
  readonly journal: Journal;
  /** The current fault store (reset replaces it). */
  faults(): FaultStore;
  /** The current seed. */
  seed(): number;
  vendors(): { name: string; basePath: string }[];
  /** Resets every vendor to this seed's data; clears faults and journal; rewinds the clock. */
  reset(seed: number): void;
  /** Scenarios, injected events, pushes and push settings (simulator/core/scenarios). */
  readonly live: LiveAdminTarget;
}

type AdminBody = { body: unknown; bodyError: string | undefined };

/** The admin API under `/_sim` (see simulator/README.md). Its own requests are not journaled. */
export function createAdminHandler(target: AdminTarget): (req: IncomingMessage, res: ServerResponse, t: { path: string; rawQuery: string }) => Promise<void> {
  const router = new Router<AdminBody>();
  const vendorNames = (): string[] => target.vendors().map((v) => v.name);
  const nowReply = (): VendorReply => jsonReply(200, { now: target.clock.now().toISOString() });

  router
    .add('GET', '/_sim', () => jsonReply(200, { seed: target.seed(), now: target.clock.now().toISOString(), vendors: target.vendors() }))
    .add('POST', '/_sim/reset', (_req, _p, { body, bodyError }) => {
      const input = objectBody(body, bodyError);
      const seed = optionalInteger(input, 'seed') ?? target.seed();
      target.reset(seed);
      return jsonReply(200, { seed });
    })
    .add('GET', '/_sim/journal', (req) => {
      const vendor = req.query.get('vendor') ?? undefined;
      if (vendor !== undefined && !vendorNames().includes(vendor)) throw new AdminInputError(`vendor must be one of ${vendorNames().join(', ')}`);
      return jsonReply(200, { entries: target.journal.entries(vendor) });
    })
    .add('DELETE', '/_sim/journal', () => {
      target.journal.clear();
      return { status: 204 };
    })
    .add('GET', '/_sim/faults', () => jsonReply(200, { faults: target.faults().list() }))
    .add('POST', '/_sim/faults', (_req, _p, { body, bodyError }) => {
      const fault = target.faults().add(parseFaultSpec(objectBody(body, bodyError), vendorNames()));
      return jsonReply(201, { id: fault.id });
    })
    .add('DELETE', '/_sim/faults', () => {
      target.faults().clear();
      return { status: 204 };
    })
    .add('DELETE', '/_sim/faults/:id', (_req, params) =>
      target.faults().remove(params.id ?? '') ? { status: 204 } : jsonReply(404, { error: `no fault with id ${params.id ?? ''}` }),
    )
    .add('GET', '/_sim/clock', nowReply)
    .add('POST', '/_sim/clock', async (_req, _p, { body, bodyError }) => {
      const input = objectBody(body, bodyError);
      const advanceMs = optionalNumber(input, 'advanceMs', { min: 0, max: MAX_ADVANCE_MS });
      if (advanceMs === undefined) throw new AdminInputError('advanceMs is required (milliseconds, >= 0)');
      target.clock.advance(advanceMs);
      // Scenario steps that became due are applied, and answered only once their pushes landed.
      await target.live.engine.advance();
      return nowReply();
    });
  registerLiveAdminRoutes(router, target.live);

  return async (req, res, t) => {
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch (err) {
      writeReply(res, jsonReply(err instanceof BodyTooLargeError ? 413 : 400, { error: (err as Error).message }));
      return;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const parsed = parseAdminJson(raw);
    const simReq: SimRequest = {
      method,
      fullPath: t.path,
      path: t.path,
      rawQuery: t.rawQuery,
      query: new URLSearchParams(t.rawQuery),
      headers: req.headers,
      rawBody: raw,
      body: parsed.body,
      origin: requestOrigin(req),
      baseUrl: requestOrigin(req),
    };
    const match = router.match(method, t.path.replace(/\/+$/, '') || '/');
    let reply: VendorReply;
    if (!match) {
      reply = jsonReply(404, { error: `no admin route ${method} ${t.path}` });
    } else {
      try {
        reply = await match.handler(simReq, match.params, parsed);
      } catch (err) {
        if (!(err instanceof AdminInputError)) throw err;
        reply = jsonReply(400, { error: err.message });
      }
    }
    writeReply(res, reply);
  };
}

/** Admin bodies are JSON whatever the content type says. */
function parseAdminJson(raw: Buffer): AdminBody {
  const text = raw.toString('utf8').trim();
  if (text === '') return { body: undefined, bodyError: undefined };
  try {
    return { body: JSON.parse(text) as unknown, bodyError: undefined };
  } catch {
    return { body: undefined, bodyError: 'must be valid JSON' };
  }
}
