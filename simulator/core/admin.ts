import type { IncomingMessage, ServerResponse } from 'node:http';
import { AdminInputError, journalFilterFromQuery, objectBody, optionalInteger, optionalNumber, parseFaultSpec, parseJournalFilter, parseStubSpec } from './admin-input.js';
import type { VirtualClock } from './clock.js';
import type { FaultStore } from './faults.js';
import type { Journal } from './journal.js';
import { jsonReply, writeReply, type VendorReply } from './reply.js';
import { BodyTooLargeError, readBody, requestOrigin, type SimRequest } from './request.js';
import { Router } from './router.js';
import { registerLiveAdminRoutes, type LiveAdminTarget } from './scenarios/admin-routes.js';
import type { CountedRules } from './counted-rules.js';
import type { StubStore } from './stubs.js';

/** One move of the clock is at most a century, so the clock stays within what a Date can hold. */
const MAX_ADVANCE_MS = 100 * 365 * 86_400_000;

/** The simulator as the admin API sees it. */
export interface AdminTarget {
  readonly clock: VirtualClock;
  readonly journal: Journal;
  /** The current fault store (reset replaces it). */
  faults(): FaultStore;
  /** The current stub store (reset replaces it). */
  stubs(): StubStore;
  /** The current seed. */
  seed(): number;
  vendors(): { name: string; basePath: string; mode: string }[];
  /** Whether vendors enforce their rate limits. */
  readonly rateLimits: boolean;
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
    .add('GET', '/_sim', () =>
      jsonReply(200, { seed: target.seed(), now: target.clock.now().toISOString(), vendors: target.vendors(), rateLimits: target.rateLimits }),
    )
    .add('POST', '/_sim/reset', (_req, _p, { body, bodyError }) => {
      const input = objectBody(body, bodyError);
      const seed = optionalInteger(input, 'seed') ?? target.seed();
      target.reset(seed);
      return jsonReply(200, { seed });
    })
    .add('GET', '/_sim/journal', (req) => {
      const filter = journalFilterFromQuery(req.query, vendorNames());
      const limit = req.query.get('limit');
      if (limit !== null && !/^[1-9]\d*$/.test(limit)) throw new AdminInputError('limit must be a positive integer');
      return jsonReply(200, { entries: target.journal.entries(filter, limit === null ? {} : { limit: Number(limit) }) });
    })
    .add('POST', '/_sim/journal/verify', (_req, _p, { body, bodyError }) => {
      const filter = parseJournalFilter(objectBody(body, bodyError), vendorNames());
      return jsonReply(200, { count: target.journal.count(filter) });
    })
    .add('DELETE', '/_sim/journal', () => {
      target.journal.clear();
      return { status: 204 };
    })
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
  registerRuleRoutes(router, 'fault', target.faults, (input) => parseFaultSpec(input, vendorNames()));
  registerRuleRoutes(router, 'stub', target.stubs, (input) => parseStubSpec(input, vendorNames()));
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

/**
 * `GET|POST|DELETE /_sim/<kind>s` and `DELETE /_sim/<kind>s/{id}` over a rule store (faults, stubs):
 * list, add (201 with the id), clear, remove one (404 when unknown).
 */
function registerRuleRoutes<Spec extends { times?: number }>(
  router: Router<AdminBody>,
  kind: string,
  store: () => CountedRules<Spec>,
  parse: (input: Record<string, unknown>) => Spec,
): void {
  const base = `/_sim/${kind}s`;
  router
    .add('GET', base, () => jsonReply(200, { [`${kind}s`]: store().list() }))
    .add('POST', base, (_req, _p, { body, bodyError }) => jsonReply(201, { id: store().add(parse(objectBody(body, bodyError))).id }))
    .add('DELETE', base, () => {
      store().clear();
      return { status: 204 };
    })
    .add('DELETE', `${base}/:id`, (_req, params) =>
      store().remove(params.id ?? '') ? { status: 204 } : jsonReply(404, { error: `no ${kind} with id ${params.id ?? ''}` }),
    );
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
