import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../simulator/server.js';
import { applyErrata, G2M_TIME, GOTO_NOT_SERVED, GOTO_OPENAPI_CALLS, type CallKeys, type ConformanceCall, type GoToSpecProduct } from './support/goto-openapi-calls.js';

/**
 * Every simulator answer on the GoTo routes it serves, validated against the published OpenAPI
 * documents (`test/fixtures/vendor-specs/goto/<product>/openapi.yml`, copies of `../shared/vendor-specs/`, Ballerina's copies of GoTo's
 * developer-portal specs): the success status, and the body against the operation's response
 * schema (required fields, types, enums, int64 keys as numbers where the spec says integer,
 * date-times). The calls are listed in test/support/goto-openapi-calls.ts; every other operation
 * of the specs must answer 404 (not served), so a new route cannot slip in unchecked.
 */

const SPEC_DIR = new URL('./fixtures/vendor-specs/goto/', import.meta.url);
const PREFIX: Record<GoToSpecProduct, string> = { gotomeeting: '/G2M/rest', gotowebinar: '/G2W/rest/v2', gototraining: '/G2T/rest' };
const METHODS = ['get', 'post', 'put', 'delete'] as const;

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Spec {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
}

const specs = Object.fromEntries(
  (Object.keys(PREFIX) as GoToSpecProduct[]).map((product) => {
    const spec = parse(readFileSync(new URL(`${product}/openapi.yml`, SPEC_DIR), 'utf8')) as Spec;
    applyErrata(product, spec);
    return [product, spec];
  }),
) as Record<GoToSpecProduct, Spec>;

// ajv-formats is CommonJS: under Node's ESM interop its default import is the module object, whose `default` is the plugin.
type FormatsPlugin = (ajv: Ajv, formats: string[]) => Ajv;
const addFormats = ((formats as unknown as { default?: FormatsPlugin }).default ?? formats) as FormatsPlugin;
/** One validator per spec: OpenAPI 3.0's `nullable`, `example`, `x-…` are not JSON Schema keywords (strict off); `int32`/`int64` only restate `type: integer`. */
const validators = Object.fromEntries(
  (Object.keys(specs) as GoToSpecProduct[]).map((product) => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, formats: { int32: true, int64: true } });
    addFormats(ajv, ['date-time', 'date', 'uri', 'email']);
    if (product === 'gotomeeting') {
      const rfc3339 = ajv.formats['date-time'] as { validate: (value: string) => boolean };
      ajv.addFormat('date-time', (value: string) => G2M_TIME.test(value) || rfc3339.validate(value));
    }
    ajv.addSchema({ components: specs[product].components }, product);
    return [product, ajv];
  }),
) as Record<GoToSpecProduct, Ajv>;

/** Each distinct problem once (array indices folded): a listing repeats the same one per row. */
function problems(errors: ValidateFunction['errors']): string {
  return [...new Set((errors ?? []).map((error) => `${error.instancePath.replace(/\/\d+/g, '/*') || '(body)'} ${error.message ?? ''}`))].join('; ');
}

/** A response schema with its `#/components/…` references pointed at its own spec. */
function anchored(schema: unknown, product: GoToSpecProduct): unknown {
  if (Array.isArray(schema)) return schema.map((item) => anchored(item, product));
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${product}${value}` : anchored(value, product)]),
  );
}

function operationOf(call: Pick<ConformanceCall, 'product' | 'operation'>): { method: (typeof METHODS)[number]; template: string; operation: Operation } {
  const [method, template] = call.operation.split(' ') as [string, string];
  const operation = specs[call.product].paths[template]?.[method.toLowerCase() as (typeof METHODS)[number]];
  if (!operation) throw new Error(`${call.product}: the spec has no ${call.operation}`);
  return { method: method.toLowerCase() as (typeof METHODS)[number], template, operation };
}

/** The spec's success answer: its status and, when it has a JSON body, the validator. */
function successOf(call: ConformanceCall): { status: number; validate: ValidateFunction | null } {
  const { operation } = operationOf(call);
  const [status, response] = Object.entries(operation.responses ?? {}).find(([code]) => code.startsWith('2')) ?? [];
  if (!status) throw new Error(`${call.product}: ${call.operation} documents no success answer`);
  const schema = response?.content?.['application/json']?.schema;
  return { status: Number(status), validate: schema === undefined ? null : validators[call.product].compile(anchored(schema, call.product) as object) };
}

function url(base: string, call: Pick<ConformanceCall, 'product' | 'operation'>, params: Record<string, string>, query: Record<string, string> = {}): string {
  const { template } = operationOf(call);
  const path = template.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(params[name] ?? '1'));
  const search = new URLSearchParams(query).toString();
  return `${base}/goto${PREFIX[call.product]}${path}${search ? `?${search}` : ''}`;
}

let sim: Awaited<ReturnType<typeof startSimulator>>;
let receiver: Server;
let token: string;
const keys: CallKeys = {};

async function raw(method: string, target: string, body?: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(target, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** Keys of seed records the calls read: a held webinar with an attended session, a training with a held session. */
async function findSeedKeys(): Promise<void> {
  const read = async (path: string, body?: unknown) => JSON.parse((await raw(body === undefined ? 'GET' : 'POST', `${sim.url}/goto${path}`, body)).text);
  const webinars = (await read(`/G2W/rest/v2/accounts/${keys.accountKey}/webinars?fromTime=2025-09-01T00:00:00Z&toTime=2026-04-01T00:00:00Z&size=50`))._embedded.webinars as {
    webinarKey: string;
    organizerKey: string;
    times: { endTime: string; startTime: string }[];
  }[];
  const held = webinars.find((w) => w.times.every((t) => t.endTime < '2026-01-05'))!;
  const upcoming = webinars.find((w) => w.times[0]!.startTime > '2026-01-06')!;
  Object.assign(keys, { webinarOrganizerKey: held.organizerKey, heldWebinarKey: held.webinarKey, upcomingOrganizerKey: upcoming.organizerKey, upcomingWebinarKey: upcoming.webinarKey });
  const heldPath = `/G2W/rest/v2/organizers/${held.organizerKey}/webinars/${held.webinarKey}`;
  const sessionKey = (await read(`${heldPath}/sessions`))._embedded.sessionInfoResources[0].sessionKey as string;
  // Read as text: the attendees' int64 keys would round in JSON.parse.
  const attendees = (await raw('GET', `${sim.url}/goto${heldPath}/sessions/${sessionKey}`)).text;
  Object.assign(keys, { webinarSessionKey: sessionKey, attendeeKey: /"registrantKey":(\d+)/.exec(attendees)![1]! });
  keys.registrantKey = keys.attendeeKey!;

  const organizers = (await raw('GET', `${sim.url}/goto/G2M/rest/organizers`)).text.match(/"organizerKey":\d+[^}]*"products":\[[^\]]*"G2T"/g) ?? [];
  for (const row of organizers) {
    const organizerKey = /"organizerKey":(\d+)/.exec(row)![1]!;
    for (const training of (await read(`/G2T/rest/organizers/${organizerKey}/trainings`)) as { trainingKey: string }[]) {
      const sessions = (await read(`/G2T/rest/reports/organizers/${organizerKey}/trainings/${training.trainingKey}`)) as { sessionKey: string }[];
      if (sessions.length === 0) continue;
      Object.assign(keys, { trainingOrganizerKey: organizerKey, heldTrainingKey: training.trainingKey, trainingSessionKey: sessions[0]!.sessionKey });
      return;
    }
  }
  throw new Error('the seed has no training with a held session');
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 42 });
  receiver = createServer((_req, res) => res.end());
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const basic = Buffer.from('simulator-goto-client:simulator-goto-secret').toString('base64');
  const answer = await fetch(`${sim.url}/goto/oauth/v2/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=refresh_token&refresh_token=simulator-goto-refresh-token',
  });
  const granted = (await answer.json()) as { access_token: string; organizer_key: string; account_key: string };
  token = granted.access_token;
  Object.assign(keys, {
    organizerKey: granted.organizer_key,
    accountKey: granted.account_key,
    callbackUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/g2w`,
  });
  keys.groupKey = /"groupkey":(\d+)/.exec((await raw('GET', `${sim.url}/goto/G2M/rest/groups`)).text)![1]!;
  await findSeedKeys();
});
afterAll(async () => {
  receiver?.close();
  await sim?.close();
});

describe('GoTo simulator answers against the published OpenAPI specs', () => {
  it('answers every served operation with the documented status and a body valid against its response schema', async () => {
    const failures: string[] = [];
    for (const call of GOTO_OPENAPI_CALLS) {
      const { method } = operationOf(call);
      const expected = successOf(call);
      if (expected.status !== call.status && !call.deviation) failures.push(`${call.product} ${call.operation}: the spec says ${expected.status}, the fixture ${call.status} without a deviation`);
      const params = { ...keys, ...call.params?.(keys) };
      const answer = await raw(method.toUpperCase(), url(sim.url, call, params, call.query?.(keys)), call.body?.(keys));
      if (answer.status !== call.status) {
        failures.push(`${call.product} ${call.operation}: answered ${answer.status} (${answer.text.slice(0, 160)}), expected ${call.status}`);
        continue;
      }
      Object.assign(keys, call.capture?.(answer.text));
      if (!expected.validate) continue;
      if (!expected.validate(JSON.parse(answer.text))) {
        failures.push(`${call.product} ${call.operation}: ${problems(expected.validate.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses what the specs refuse (the harness checks something): a registrant without its keys, a string int64 key', () => {
    const registrant = successOf({ product: 'gotowebinar', operation: 'GET /organizers/{organizerKey}/webinars/{webinarKey}/registrants/{registrantKey}', status: 200 }).validate!;
    expect(registrant({ firstName: 'Ada' })).toBe(false);
    expect(problems(registrant.errors)).toContain("must have required property 'registrantKey'");
    const valid = { firstName: 'Ada', lastName: 'L', email: 'a@example.com', registrantKey: 8100000000000000777, registrationDate: '2026-01-05T09:00:00Z', status: 'APPROVED', joinUrl: 'https://x', timeZone: 'UTC' };
    expect(registrant(valid)).toBe(true);
    expect(registrant({ ...valid, registrantKey: '8100000000000000777' })).toBe(false);
    expect(registrant({ ...valid, registrationDate: '2026-01-05T09:00:00.+0000' })).toBe(false);
  });

  it('answers 404 "No such endpoint" for every other operation of the specs, so a new route needs a call in the fixture list', async () => {
    const listed = new Set(GOTO_OPENAPI_CALLS.map((call) => `${call.product} ${call.operation}`));
    const unlisted: string[] = [];
    for (const product of Object.keys(specs) as GoToSpecProduct[]) {
      for (const [template, operations] of Object.entries(specs[product].paths)) {
        for (const method of METHODS) {
          if (!operations[method]) continue;
          const operation = `${method.toUpperCase()} ${template}`;
          if (listed.has(`${product} ${operation}`)) continue;
          if (!GOTO_NOT_SERVED[product].includes(operation)) unlisted.push(`${product} ${operation}: neither checked nor listed as not served`);
          const answer = await raw(method.toUpperCase(), url(sim.url, { product, operation }, { ...keys, webinarKey: keys.heldWebinarKey!, trainingKey: keys.heldTrainingKey! }), method === 'get' || method === 'delete' ? undefined : {});
          if (answer.status !== 404 || !answer.text.includes('No such endpoint')) unlisted.push(`${product} ${operation}: served (${answer.status}) but not checked against the spec`);
        }
      }
    }
    expect(unlisted).toEqual([]);
  });
});
