import { jsonReply, type VendorReply } from '../reply.js';
import { redactQuery } from '../redact.js';
import type { SimRequest } from '../request.js';
import type { VendorInstance } from '../vendor.js';
import { BASE_URL_PLACEHOLDER, type Fixture } from './fixture.js';

/**
 * Replay mode for one vendor: answers from its recorded fixtures only. A request matches fixtures of
 * the same method and path; among them, the one whose query equals the request's (parameter order
 * aside) wins, else the one sharing most parameters. Several equally good fixtures (the same call
 * recorded twice) are served in recording order, the last one repeating. No fixture: 404 saying so.
 */
export function createReplayer(vendor: string, fixtures: readonly Fixture[]): VendorInstance {
  const served = new Map<Fixture, number>();
  return {
    servedBy: 'replay',
    handle(req: SimRequest): VendorReply {
      const query = params(redactQuery(req.rawQuery));
      let best: Fixture[] = [];
      let bestScore = -1;
      for (const fixture of fixtures) {
        if (fixture.request.method !== req.method || fixture.request.path !== req.path) continue;
        const score = similarity(params(fixture.request.query), query);
        if (score > bestScore) {
          best = [fixture];
          bestScore = score;
        } else if (score === bestScore) best.push(fixture);
      }
      const fixture = best.find((candidate) => !served.has(candidate)) ?? best.at(-1);
      if (!fixture) {
        return jsonReply(404, { error: `replay: no recorded ${vendor} answer for ${req.method} ${req.path}`, recorded: fixtures.length });
      }
      served.set(fixture, (served.get(fixture) ?? 0) + 1);
      const withBase = (text: string): string => text.split(BASE_URL_PLACEHOLDER).join(req.baseUrl);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(fixture.response.headers)) headers[name] = withBase(value);
      const { status } = fixture.response;
      return status === 204 || status === 304 ? { status, headers } : { status, headers, body: withBase(fixture.response.body) };
    },
  };
}

function params(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(query)) out.set(name, value);
  return out;
}

/** Equal parameters count one each; an exact match (same names, same values) scores above any partial one. */
function similarity(recorded: Map<string, string>, asked: Map<string, string>): number {
  let same = 0;
  for (const [name, value] of asked) if (recorded.get(name) === value) same += 1;
  const exact = same === asked.size && same === recorded.size;
  return exact ? Number.MAX_SAFE_INTEGER : same;
}
