import { describe, expect, it } from 'vitest';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { SqlitePlatform } from '@mikro-orm/sqlite';
import type { EntityManager } from '../../store/sql-types.js';
import { dateOf, numberOf, ratio, reportSql, rounded } from './sql.js';

describe('numberOf', () => {
  it('reads numbers, and the numeric strings PostgreSQL returns for counts and averages', () => {
    expect(numberOf(3)).toBe(3);
    expect(numberOf('42')).toBe(42);
    expect(numberOf('12.345678')).toBe(12.345678);
    expect(numberOf(0)).toBe(0);
    expect(numberOf('0')).toBe(0);
    expect(numberOf(10n)).toBe(10);
  });

  it('keeps null (an average over no rows) and undefined as null', () => {
    expect(numberOf(null)).toBeNull();
    expect(numberOf(undefined)).toBeNull();
  });

  it('gives null for what is not a finite number', () => {
    expect(numberOf('n/a')).toBeNull();
    expect(numberOf(Number.NaN)).toBeNull();
    expect(numberOf(Number.POSITIVE_INFINITY)).toBeNull();
    expect(numberOf('Infinity')).toBeNull();
  });
});

describe('rounded', () => {
  it('rounds to two decimals by default', () => {
    expect(rounded(12.345678)).toBe(12.35);
    expect(rounded(12.344)).toBe(12.34);
    expect(rounded(7)).toBe(7);
    expect(rounded(-1.006)).toBe(-1.01);
  });

  it('rounds to the digits asked for', () => {
    expect(rounded(12.345678, 0)).toBe(12);
    expect(rounded(12.345678, 1)).toBe(12.3);
    expect(rounded(12.345678, 4)).toBe(12.3457);
  });

  it('keeps null as null', () => {
    expect(rounded(null)).toBeNull();
  });
});

describe('ratio', () => {
  it('divides the part by the whole', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 3)).toBe(0);
    expect(ratio(3, 3)).toBe(1);
  });

  it('gives null when there is nothing to divide by', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
    expect(ratio(2, -1)).toBeNull();
  });
});

describe('dateOf', () => {
  const at = new Date('2030-01-02T03:04:05.678Z');

  it('keeps a Date as it is', () => {
    expect(dateOf(at)).toBe(at);
  });

  it('reads epoch milliseconds, as a number (SQLite) or a numeric string (PostgreSQL extract)', () => {
    expect(dateOf(at.getTime())).toEqual(at);
    expect(dateOf(String(at.getTime()))).toEqual(at);
    expect(dateOf('1893553445678.000000')).toEqual(at);
  });

  it('reads a date string the driver returned', () => {
    expect(dateOf('2030-01-02T03:04:05.678Z')).toEqual(at);
  });

  it('keeps null and undefined as null', () => {
    expect(dateOf(null)).toBeNull();
    expect(dateOf(undefined)).toBeNull();
  });
});

describe('reportSql', () => {
  // Only what reportSql reads of the entity manager when it is built.
  const emOn = (platform: object) => ({ getKnex: () => ({}), getPlatform: () => platform }) as unknown as EntityManager;
  const at = new Date('2030-01-02T03:04:05.678Z');

  it("tells PostgreSQL by its platform, and binds times as Dates (timestamptz)", () => {
    const sql = reportSql(emOn(new PostgreSqlPlatform()));
    expect(sql.dialect).toBe('postgresql');
    expect(sql.time(at)).toBe(at);
    expect(sql.utcDay('s.started_at')).toContain("at time zone 'UTC'");
  });

  it('takes anything else for SQLite, which keeps datetimes as epoch milliseconds', () => {
    const sql = reportSql(emOn(new SqlitePlatform()));
    expect(sql.dialect).toBe('sqlite');
    expect(sql.time(at)).toBe(at.getTime());
    expect(sql.epochMs('s.started_at')).toBe('(s.started_at)');
    expect(sql.secondsBetween('s.started_at', 's.ended_at')).toBe('((s.ended_at - s.started_at) / 1000.0)');
  });
});
