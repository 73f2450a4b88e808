import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RELEASED_SCHEMA, runSchemaCheck } from './check-changes.js';

/** schema.graphql: the printed schema, as test/schema-drift.test.ts keeps it (read here rather than the whole schema loaded). */
const CURRENT = join(import.meta.dirname, '..', 'schema.graphql');
const work = mkdtempSync(join(tmpdir(), 'schema-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function check(args: string[]): Promise<{ code: number; report: string }> {
  let report = '';
  const code = await runSchemaCheck(args, (text) => (report += text));
  return { code, report };
}

describe('npm run schema:check', () => {
  it('finds no breaking change since schema/released.graphql, and reports the dangerous ones', async () => {
    const { code, report } = await check(['--current', CURRENT]);
    // The report in the test's output: what a release would tell clients.
    console.log(report.split('\nSafe changes')[0]);
    expect(report).toMatch(/^schema:check: 0 breaking, \d+ dangerous, \d+ safe change\(s\)/m);
    expect(code, report).toBe(0);
  });

  it('fails on a breaking change (a field clients of the released schema use is gone), unless allowed', async () => {
    const released = join(work, 'released.graphql');
    const text = readFileSync(RELEASED_SCHEMA, 'utf8');
    expect(text).toContain('type Query {');
    writeFileSync(released, text.replace('type Query {', 'type Query {\n  retiredField: String\n'));
    const refused = await check(['--released', released, '--current', CURRENT]);
    expect(refused.code).toBe(1);
    expect(refused.report).toContain("Field 'retiredField' was removed from object type 'Query'");
    expect(refused.report).toMatch(/^schema:check: 1 breaking, /m);
    const allowed = await check(['--released', released, '--current', CURRENT, '--allow-breaking']);
    expect(allowed.code).toBe(0);
  });
});
