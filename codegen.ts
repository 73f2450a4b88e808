import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchemaSdl } from './schema/print.js';

/**
 * `npm run codegen`: prints the schema built by Pothos to schema.graphql (committed; a test
 * fails when it drifts) and generates typed documents for the front-end's operations in
 * clients/graphql/ (the client preset), which the tests use too.
 */
const config: CodegenConfig = {
  schema: printSchemaSdl(),
  // The front-end's operations, and the few probes tests write inline with graphql().
  documents: ['clients/graphql/operations/**/*.graphql', 'test/**/*.test.ts'],
  ignoreNoDocuments: false,
  // ESM: generated relative imports end in .js, as NodeNext resolution requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: false, sort: true },
    },
    'clients/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', ID: 'string' },
        strictScalars: true,
      },
    },
  },
};

export default config;
