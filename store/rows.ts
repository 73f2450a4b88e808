import type { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from './sql-types.js';

/**
 * Plain-SQL reads of one entity's rows, for the reads every request makes (a ticket's session
 * links, its calls, the index watermarks): MikroORM's `find` builds the query with knex, hydrates
 * entities and fills an identity map, several times the cost of the query itself. The SQL is
 * written here once per call site, portable between SQLite and PostgreSQL (quoted identifiers,
 * `?` placeholders), and runs in the caller's transaction when it has one.
 */

/** One column of an entity: its property, and how a driver's value becomes the property's. */
interface Column {
  property: string;
  name: string;
  kind: 'date' | 'boolean' | 'plain';
}

interface Shape {
  /** Quoted, with its schema when it has one. */
  table: string;
  columns: Column[];
  /** `"a", "b", ...`: every column, in `columns` order. */
  list: string;
}

const shapes = new WeakMap<EntityManager['config'], Map<string, Shape>>();

/** The entity's table and columns, from the ORM's metadata (made once per ORM and entity). */
function shapeOf(em: EntityManager, schema: EntitySchema<never>): Shape {
  let byEntity = shapes.get(em.config);
  if (!byEntity) shapes.set(em.config, (byEntity = new Map()));
  const name = schema.meta.className;
  let shape = byEntity.get(name);
  if (!shape) {
    const meta = em.getMetadata().get(name);
    const columns = meta.props
      .filter((prop) => prop.fieldNames?.length === 1 && prop.persist !== false)
      .map((prop): Column => ({
        property: prop.name,
        name: prop.fieldNames[0]!,
        kind: prop.runtimeType === 'Date' ? 'date' : prop.runtimeType === 'boolean' ? 'boolean' : 'plain',
      }));
    // As MikroORM names it: in the entity's schema, else the configured one (PostgreSQL's `?schema=`).
    const schema = meta.schema ?? em.config.get('schema');
    const table = schema ? `${quote(schema)}.${quote(meta.tableName)}` : quote(meta.tableName);
    shape = { table, columns, list: columns.map((column) => quote(column.name)).join(', ') };
    byEntity.set(name, shape);
  }
  return shape;
}

/** A quoted identifier (SQLite and PostgreSQL both read double quotes). */
export const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/** `?, ?, ?`: placeholders for a list. */
export const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/** A driver's value as the property's, as MikroORM's hydrator converts it (SQLite keeps times as epoch ms and booleans as 0/1). */
function toProperty(column: Column, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.kind === 'date') return value instanceof Date ? value : new Date(value as number | string);
  if (column.kind === 'boolean') return Boolean(value);
  return value;
}

/**
 * The entity's rows matching `where` (SQL after `WHERE`, with `?` for each of `params`; null: every row), then
 * `tail` (`ORDER BY ...`), as plain objects of the entity's shape (no identity map, no entity class).
 * The identifiers in `where` and `tail` are the table's column names, quoted with {@link quote}.
 */
export async function selectRows<T extends object>(em: EntityManager, schema: EntitySchema<T>, where: string | null, params: readonly unknown[], tail = ''): Promise<T[]> {
  const shape = shapeOf(em, schema as unknown as EntitySchema<never>);
  const sql = `select ${shape.list} from ${shape.table}${where ? ` where ${where}` : ''}${tail ? ` ${tail}` : ''}`;
  const raw = await em.execute<Record<string, unknown>[]>(sql, [...params], 'all');
  return raw.map((row) => {
    const entity: Record<string, unknown> = {};
    for (const column of shape.columns) entity[column.property] = toProperty(column, row[column.name]);
    return entity as T;
  });
}
