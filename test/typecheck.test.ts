import { expect, it } from 'vitest';
import { failureOutput } from './support/run-tool.js';

// The type check runs as a test so that `npm test` always ends with its summary line.
it('type-checks (tsc --noEmit, strict)', async () => {
  expect(await failureOutput('typescript/bin/tsc', ['--noEmit', '-p', '.'])).toBe('');
}, 120_000);

// The dashboard is browser code (DOM, no Node types): its own project.
it('type-checks the dashboard (tsc --noEmit -p dashboard)', async () => {
  expect(await failureOutput('typescript/bin/tsc', ['--noEmit', '-p', 'dashboard'])).toBe('');
}, 120_000);
