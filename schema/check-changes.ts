// `npm run schema:check`: the gateway's schema against the last released one (schema/released.graphql), by
// @graphql-inspector/core. A development tool (its library is a devDependency): not in dist/ (tsconfig.build.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildSchema } from 'graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';

/** The schema clients were last given: what `schema:check` compares against (docs/api.md, "Schema changes"). */
export const RELEASED_SCHEMA = join(import.meta.dirname, 'released.graphql');

export interface SchemaChanges {
  /** Changes that break a client written against the released schema (a field or type removed, an argument made required). */
  breaking: Change[];
  /** Changes that may change what a client sees (an enum value or a union member added, a default changed). */
  dangerous: Change[];
  /** Additions no client notices. */
  safe: Change[];
}

/** What changed from the `released` SDL to the `current` one, by how much it matters to clients. */
export async function schemaChanges(released: string, current: string): Promise<SchemaChanges> {
  const changes = await diff(buildSchema(released), buildSchema(current));
  const at = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  return { breaking: at(CriticalityLevel.Breaking), dangerous: at(CriticalityLevel.Dangerous), safe: at(CriticalityLevel.NonBreaking) };
}

const USAGE = `npm run schema:check [-- --allow-breaking] [--released FILE] [--current FILE]

Compares the gateway's schema (as \`switchboard schema\` prints it) with the last released one
(schema/released.graphql) and lists breaking, dangerous and safe changes. Exits 1 on a breaking
change unless --allow-breaking (a release that breaks clients on purpose, announced).`;

/** The check as a command: its report goes to `write`; resolves with the exit code (1 on a breaking change unless allowed, 2 on bad arguments). */
export async function runSchemaCheck(args: string[], write: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
  let values: { 'allow-breaking'?: boolean; released?: string; current?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { 'allow-breaking': { type: 'boolean' }, released: { type: 'string' }, current: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    write(`schema:check: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    write(`${USAGE}\n`);
    return 0;
  }
  const released = readFileSync(values.released ?? RELEASED_SCHEMA, 'utf8');
  // Loaded only here: the schema is the whole gateway's.
  const current = values.current !== undefined ? readFileSync(values.current, 'utf8') : (await import('./print.js')).printSchemaSdl();
  const changes = await schemaChanges(released, current);
  const section = (title: string, list: Change[]) =>
    list.length === 0 ? '' : `${title} (${list.length}):\n${list.map((change) => `  - ${change.message}${change.criticality.reason ? `\n      ${change.criticality.reason}` : ''}`).join('\n')}\n`;
  write(
    section('Breaking changes', changes.breaking) +
      section('Dangerous changes', changes.dangerous) +
      section('Safe changes', changes.safe) +
      `schema:check: ${changes.breaking.length} breaking, ${changes.dangerous.length} dangerous, ${changes.safe.length} safe change(s) since schema/released.graphql\n`,
  );
  if (changes.breaking.length === 0) return 0;
  if (values['allow-breaking']) {
    write('schema:check: breaking changes allowed (--allow-breaking): announce them with the release\n');
    return 0;
  }
  write('schema:check: breaking changes: clients of the released schema would fail. Keep the old fields (deprecate them), or pass --allow-breaking for a release that breaks on purpose\n');
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runSchemaCheck(process.argv.slice(2));
}
