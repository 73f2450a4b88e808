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
  const diff = await store.orm.getSchemaGenerator().getUpdateSchemaMigrationSQL({ wrap: false });
  const statements = (sql: string) => sql.split('\n').map((line) => line.trim()).filter(Boolean);
  return { up: statements(diff.up), down: statements(diff.down) };
}
