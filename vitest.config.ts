import { defineConfig } from 'vitest/config';

/**
 * Two projects (docs/testing.md):
 * - `unit`: `*.test.ts` beside the code they test; pure code, no servers, no network. `npm run test:unit`.
 * - `e2e`: the suites in test/, against the simulator, the gateway, SQLite, PostgreSQL, Redis and Chromium.
 * `npm test` runs both. Reporters are root-level only (vitest does not take them per project); the summary
 * reporter sees every project's files, so its closing line counts both.
 */
export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM builds; Node (and so Pothos and yoga) loads the CJS one, so
    // the tests must too, or two copies of graphql meet ("from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        // `extends: true`: inherit this file's options (the graphql alias, the pool); vitest 4 does not by default.
        extends: true,
        test: {
          name: 'unit',
          include: ['{domain,adapters,live,resolvers,schema,server,store,clients}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          // Every test file builds its own app and simulator on port 0, so files can run in parallel.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
