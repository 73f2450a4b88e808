import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../schema/print.js';

const root = join(import.meta.dirname, '..');

describe('committed schema and typed documents', () => {
  it('schema.graphql is what the code builds (run `npm run codegen` after a schema change)', () => {
    // schema-ast writes the file without a final newline.
    expect(readFileSync(join(root, 'schema.graphql'), 'utf8').trimEnd()).toBe(printSchemaSdl().trimEnd());
  });

  it('the generated typed documents are current (`graphql-codegen --check`)', async () => {
    const result = await promisify(execFile)(process.execPath, [join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--check'], {
      cwd: root,
    }).then(
      () => 'current',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(result).toBe('current');
  }, 60_000);
});
