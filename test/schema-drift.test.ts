import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../schema/print.js';
import { failureOutput, repoRoot } from './support/run-tool.js';

describe('committed schema and typed documents', () => {
  it('schema.graphql is what the code builds (run `npm run codegen` after a schema change)', () => {
    // schema-ast writes the file without a final newline.
    expect(readFileSync(join(repoRoot, 'schema.graphql'), 'utf8').trimEnd()).toBe(printSchemaSdl().trimEnd());
  });

  // graphql-codegen transpiles the schema's sources and plucks every test file: tens of seconds on a busy machine.
  it('the generated typed documents are current (`graphql-codegen --check`)', async () => {
    expect(await failureOutput('@graphql-codegen/cli/cjs/bin.js', ['--config', 'codegen.ts', '--check'])).toBe('');
  }, 240_000);
});
