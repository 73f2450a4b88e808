import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Stands in for the simulator's own base URL (`http://host:port/zendesk`) in fixture bodies and headers. */
export const BASE_URL_PLACEHOLDER = '{{baseUrl}}';

/** One recorded exchange, as record mode writes it (`<dir>/<vendor>/<seq>-<METHOD>-<path>.json`), scrubbed. */
export interface Fixture {
  vendor: string;
  /** Order of recording within the vendor, from 1. */
  seq: number;
  request: {
    method: string;
    /** Relative to the vendor's base path, e.g. `/api/v2/tickets.json`. */
    path: string;
    /** The query string without `?` (credential parameters redacted, personal data pseudonymised). */
    query: string;
    headers: Record<string, string>;
    body: string;
  };
  response: {
    status: number;
    /** Only the headers a client reads (content type, location, link, rate limits); `{{baseUrl}}` for the simulator's address. */
    headers: Record<string, string>;
    body: string;
  };
}

/** Writes a fixture under `<dir>/<vendor>/`; returns its file path. */
export function writeFixture(dir: string, fixture: Fixture): string {
  const folder = join(dir, fixture.vendor);
  mkdirSync(folder, { recursive: true });
  const slug = fixture.request.path.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 80) || 'root';
  const file = join(folder, `${String(fixture.seq).padStart(4, '0')}-${fixture.request.method}-${slug}.json`);
  writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
  return file;
}

/** The fixtures a vendor has in `dir` so far (0 when its folder is missing), to continue numbering. */
export function fixtureCount(dir: string, vendor: string): number {
  try {
    return readdirSync(join(dir, vendor)).filter((name) => name.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

/** Every fixture in `dir`, by vendor, in recording order. Throws naming the file when one is not a fixture. */
export function loadFixtures(dir: string): Map<string, Fixture[]> {
  const byVendor = new Map<string, Fixture[]>();
  for (const vendor of readdirSync(dir, { withFileTypes: true })) {
    if (!vendor.isDirectory()) continue;
    const fixtures: Fixture[] = [];
    for (const name of readdirSync(join(dir, vendor.name)).filter((file) => file.endsWith('.json')).sort()) {
      const file = join(dir, vendor.name, name);
      const fixture = JSON.parse(readFileSync(file, 'utf8')) as Fixture;
      if (typeof fixture?.request?.method !== 'string' || typeof fixture.request.path !== 'string' || typeof fixture?.response?.status !== 'number') {
        throw new Error(`${file} is not a simulator fixture (request.method, request.path and response.status are required)`);
      }
      fixtures.push({ ...fixture, vendor: vendor.name });
    }
    byVendor.set(vendor.name, fixtures.sort((a, b) => a.seq - b.seq));
  }
  return byVendor;
}
