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
      // persisted-documents.json (hash → text) is the gateway's trusted documents (TRUSTED_DOCUMENTS=true);
      // each typed document carries its hash as `__meta__.hash`, what a client sends as `documentId`.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
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
