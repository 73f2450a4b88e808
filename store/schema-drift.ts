import type { Store } from './store.js';

export interface SchemaDrift {
  /** statements that would bring the database in line with the entity definitions */
  up: string[];
  /** statements that would undo `up` */
  down: string[];
}

/**
 * Compares the database's actual schema with what the entity definitions describe.
 * Run on a freshly migrated database it is empty exactly when the migrations and the
 * entities agree; anything else is the next migration to write.
 */
export async function schemaDrift(store: Store): Promise<SchemaDrift> {
  // Only the store's own PostgreSQL schema: other schemas in the database (other tests' or tenants') are not ours.
  const schema = store.dialect === 'postgresql' ? (store.orm.config.get('schema') ?? 'public') : undefined;
  const diff = await store.orm.getSchemaGenerator().getUpdateSchemaMigrationSQL({ wrap: false, schema });
  const statements = (sql: string) => sql.split('\n').map((line) => line.trim()).filter(Boolean);
  return { up: statements(diff.up), down: statements(diff.down) };
}
