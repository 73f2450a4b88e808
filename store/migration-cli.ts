/**
 * `npm run migration:create -- [--name slug] [databaseUrl ...]`
 *
 * Migrates a scratch database (default an in-memory SQLite; a postgres:// URL gets a
 * throwaway schema that is dropped afterwards), compares it with the entity definitions,
 * and prints a migration skeleton with the differing DDL as comments, for a person to
 * translate into knex schema-builder calls (so it runs on both dialects) and register in
 * store/migrations/index.ts. It writes no files and never touches real data.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { parseDatabaseUrl } from './database-url.js';
import { schemaDrift, type SchemaDrift } from './schema-drift.js';
import { openStore } from './store.js';

const { values, positionals } = parseArgs({
  options: { name: { type: 'string', default: 'change' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
if (values.help) {
  console.log('usage: npm run migration:create -- [--name slug] [databaseUrl ...]   (default: sqlite::memory:)');
  process.exit(0);
}
if (!/^[a-z][a-z0-9_]*$/.test(values.name)) {
  console.error('--name must be lower-case letters, digits and _');
  process.exit(2);
}

const drifts: { dialect: string; drift: SchemaDrift }[] = [];
for (const databaseUrl of positionals.length > 0 ? positionals : ['sqlite::memory:']) {
  drifts.push(await driftOn(databaseUrl));
}

if (drifts.every(({ drift }) => drift.up.length === 0 && drift.down.length === 0)) {
  console.error('The migrations already match the entities: nothing to generate.');
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const className = `Migration${stamp}_${values.name}`;
const commented = (pick: (drift: SchemaDrift) => string[]) =>
  drifts.flatMap(({ dialect, drift }) => [`    // ${dialect}:`, ...pick(drift).map((sql) => `    //   ${sql}`)]).join('\n');

console.log(`// store/migrations/${className}.ts — then add { name: '${className}', class: ${className} } to MIGRATIONS and its name to MIGRATION_NAMES (names.ts)
import { PortableMigration } from './portable-migration.js';

/** TODO: say what this changes and why. */
export class ${className} extends PortableMigration {
  override up(): void {
    // TODO: express with this.addSchema(this.schema().alterTable(...)) so one class serves both dialects.
${commented((drift) => drift.up)}
  }

  override down(): void {
${commented((drift) => drift.down)}
  }
}`);

async function driftOn(databaseUrl: string): Promise<{ dialect: string; drift: SchemaDrift }> {
  const target = parseDatabaseUrl(databaseUrl);
  let scratchUrl = databaseUrl;
  let scratchSchema: string | undefined;
  if (target.dialect === 'postgresql') {
    scratchSchema = `migration_cli_${randomBytes(6).toString('hex')}`;
    const url = new URL(target.clientUrl);
    url.searchParams.set('schema', scratchSchema);
    scratchUrl = url.toString();
  } else if (target.file !== ':memory:') {
    throw new Error('use sqlite::memory: (the default) or a postgres:// URL: the CLI only works on scratch databases');
  }
  const store = await openStore({ databaseUrl: scratchUrl });
  try {
    await store.migrate();
    const drift = await schemaDrift(store);
    // The scratch schema's name means nothing to the reader of the skeleton.
    const unscoped = (sql: string) => (scratchSchema ? sql.replaceAll(`"${scratchSchema}".`, '') : sql);
    return { dialect: store.dialect, drift: { up: drift.up.map(unscoped), down: drift.down.map(unscoped) } };
  } finally {
    if (scratchSchema) await store.orm.em.getConnection().execute(`drop schema if exists "${scratchSchema}" cascade`);
    await store.close();
  }
}
