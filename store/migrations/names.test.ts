import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './index.js';
import { MIGRATION_NAMES } from './names.js';

describe('the migration names the start-up check reads', () => {
  it('are the names MIGRATIONS runs, in the same order, and every migration file is among them', () => {
    expect(MIGRATION_NAMES).toEqual(MIGRATIONS.map((migration) => migration.name));
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((file) => /^Migration\d+_\w+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect([...MIGRATION_NAMES].sort()).toEqual(files);
  });
});
