import type { EntitySchema } from '@mikro-orm/core';
import type { EntityManager, Knex } from '../../store/sql-types.js';

/**
 * The few SQL spellings that differ between SQLite and PostgreSQL, for the reports' queries.
 * Everything else they write is plain SQL both read the same (window functions included).
 * SQLite keeps MikroORM datetimes as epoch milliseconds; PostgreSQL as timestamptz.
 */
export interface ReportSql {
  dialect: 'sqlite' | 'postgresql';
  knex: Knex;
  /** `select … from <table> as <alias>` (schema-qualified on PostgreSQL), nothing selected yet. */
  from(entity: EntitySchema<any>, alias: string): Knex.QueryBuilder;
  /** An entity's table to join to a builder from {@link ReportSql.from} (which qualifies it with the schema). */
  table(entity: EntitySchema<any>, alias: string): string;
  /** A time as the column stores it, to bind as a parameter. */
  time(at: Date): Date | number;
  /** Seconds from `start` to `end` (two datetime columns), fractional. */
  secondsBetween(start: string, end: string): string;
  /** The UTC day (`YYYY-MM-DD`) of a datetime column. */
  utcDay(column: string): string;
  /** A datetime column as epoch milliseconds (for reading back, whichever the dialect). */
  epochMs(column: string): string;
}

export function reportSql(em: EntityManager): ReportSql {
  const knex = em.getKnex();
  const dialect = em.getPlatform().constructor.name.toLowerCase().includes('postgre') ? 'postgresql' : 'sqlite';
  const from = (entity: EntitySchema<any>, alias: string) => em.createQueryBuilder(entity, alias).getKnexQuery().clearSelect();
  // Builders from `from` carry the schema (withSchema), which knex applies to their joins too.
  const table = (entity: EntitySchema<any>, alias: string) => `${entity.meta.tableName} as ${alias}`;
  if (dialect === 'postgresql') {
    return {
      dialect,
      knex,
      from,
      table,
      time: (at) => at,
      secondsBetween: (start, end) => `extract(epoch from (${end} - ${start}))`,
      utcDay: (column) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`,
      epochMs: (column) => `(extract(epoch from ${column}) * 1000)`,
    };
  }
  return {
    dialect,
    knex,
    from,
    table,
    time: (at) => at.getTime(),
    secondsBetween: (start, end) => `((${end} - ${start}) / 1000.0)`,
    utcDay: (column) => `strftime('%Y-%m-%d', ${column} / 1000, 'unixepoch')`,
    epochMs: (column) => `(${column})`,
  };
}

/** A number read back from an aggregate (PostgreSQL returns numerics and counts as strings); null stays null. */
export function numberOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Rounds to `digits` decimals (figures in reports read as 12.35, not 12.345678). */
export function rounded(value: number | null, digits = 2): number | null {
  if (value === null) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** `part / whole`, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** A datetime read back through {@link ReportSql.epochMs} (or as the driver returned it) as a Date. */
export function dateOf(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const number = Number(value);
  return Number.isFinite(number) ? new Date(number) : new Date(String(value));
}
