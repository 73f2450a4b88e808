import { AdminInputError, objectBody } from '../admin-input.js';
import type { VirtualClock } from '../clock.js';
import { jsonReply } from '../reply.js';
import type { Router } from '../router.js';
import type { ScenarioEngine } from './engine.js';
import type { LiveHub } from './live-hub.js';
import { inRegistryOrder, type ChangeRequest, type LiveVendor } from './live-vendor.js';
import { parseScenarioSpec, parseStepCount } from './scenario-input.js';

/** The admin router's context: the parsed JSON body (or why it did not parse). */
type AdminContext = { body: unknown; bodyError: string | undefined };

/** What the live admin routes need from the simulator. */
export interface LiveAdminTarget {
  engine: ScenarioEngine;
  hub: LiveHub;
  clock: VirtualClock;
  /** The live hooks of the current vendor instances. */
  vendors(): readonly LiveVendor[];
  seed(): number;
}

/**
 * `/_sim/scenario` (start, show, stop, step), `/_sim/events`, `/_sim/pushes` and the vendors' push
 * settings at `/_sim/<vendor>/<setting>` (see simulator/README.md, "Live status").
 */
export function registerLiveAdminRoutes(router: Router<AdminContext>, target: LiveAdminTarget): void {
  const names = () => inRegistryOrder(target.vendors()).map((vendor) => vendor.name);
  router
    .add('GET', '/_sim/scenario', () => jsonReply(200, target.engine.status()))
    .add('POST', '/_sim/scenario', (_req, _p, { body, bodyError }) => {
      const spec = parseScenarioSpec(objectBody(body, bodyError), names(), target.seed());
      return jsonReply(201, target.engine.start(spec));
    })
    .add('DELETE', '/_sim/scenario', () => {
      target.engine.stop();
      return { status: 204 };
    })
    .add('POST', '/_sim/scenario/step', async (_req, _p, { body, bodyError }) => {
      const changes = await target.engine.step(parseStepCount(objectBody(body, bodyError)));
      return jsonReply(200, { now: target.clock.now().toISOString(), changes });
    })
    .add('POST', '/_sim/events', async (_req, _p, { body, bodyError }) => {
      const input = objectBody(body, bodyError);
      const { vendor, kind, ...fields } = input;
      if (typeof vendor !== 'string') throw new AdminInputError(`vendor must be one of ${names().join(', ')}`);
      if (typeof kind !== 'string' || kind === '') throw new AdminInputError('kind is required (a string)');
      const request: ChangeRequest = { ...fields, kind };
      return jsonReply(200, await target.engine.inject(vendor, request));
    })
    .add('GET', '/_sim/pushes', async (req) => {
      const vendor = req.query.get('vendor') ?? undefined;
      if (vendor !== undefined && !names().includes(vendor as LiveVendor['name'])) throw new AdminInputError(`vendor must be one of ${names().join(', ')}`);
      // Pushes a vendor API call started (a registration's webhook) land first, so the list is complete.
      await target.engine.settle();
      return jsonReply(200, { deliveries: target.hub.deliveries(vendor) });
    })
    .add('DELETE', '/_sim/pushes', () => {
      target.hub.clearDeliveries();
      return { status: 204 };
    })
    .add('GET', '/_sim/:vendor/:setting', (_req, params) => {
      const setting = settingOf(target, params.vendor, params.setting);
      return setting ? jsonReply(200, setting.read()) : noSuchSetting(params.vendor, params.setting);
    })
    .add('PUT', '/_sim/:vendor/:setting', async (_req, params, { body, bodyError }) => {
      const setting = settingOf(target, params.vendor, params.setting);
      if (!setting) return noSuchSetting(params.vendor, params.setting);
      const value = setting.write(objectBody(body, bodyError));
      // A new receiver gets the events that waited for one (Bomgar re-queues until delivered).
      await target.engine.settle();
      return jsonReply(200, value);
    });
}

function settingOf(target: LiveAdminTarget, vendor: string | undefined, name: string | undefined) {
  const live = target.vendors().find((candidate) => candidate.name === vendor);
  return name === undefined ? undefined : live?.settings?.[name];
}

function noSuchSetting(vendor: string | undefined, name: string | undefined) {
  return jsonReply(404, { error: `no admin route for ${vendor ?? ''}/${name ?? ''}` });
}
