import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOperationAST, GraphQLError, Kind, parse } from 'graphql';
import { shouldRenderGraphiQL, type GraphQLParams, type Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { PACKAGE_ROOT } from '../package-root.js';

/** Where `npm run codegen` writes the front-end's documents by hash, and where those operations are written. */
export const TRUSTED_SOURCES = {
  manifest: join(PACKAGE_ROOT, 'clients/graphql/generated/persisted-documents.json'),
  operations: join(PACKAGE_ROOT, 'clients/graphql/operations'),
};

/**
 * The trusted documents: sha256 hash → document text, for every operation written in
 * clients/graphql/operations. The hashes come from codegen's persisted-documents manifest (the
 * same hashes the generated typed documents carry as `__meta__.hash`); the manifest also holds
 * the probes tests write inline, which are left out here. Throws, naming the fix, when the
 * manifest is missing, tampered with, or older than the operations.
 */
export function loadTrustedDocuments(sources = TRUSTED_SOURCES): Map<string, string> {
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(readFileSync(sources.manifest, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new Error(`Cannot read the trusted documents (${sources.manifest}): ${(error as Error).message}; run \`npm run codegen\``);
  }
  const written = new Set<string>();
  for (const file of readdirSync(sources.operations).filter((name) => name.endsWith('.graphql'))) {
    for (const definition of parse(readFileSync(join(sources.operations, file), 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) written.add(definition.name.value);
    }
  }
  const trusted = new Map<string, string>();
  for (const [hash, text] of Object.entries(manifest)) {
    if (createHash('sha256').update(text).digest('hex') !== hash) {
      throw new Error(`The trusted documents manifest has an entry whose hash does not match its text (${hash.slice(0, 12)}…); run \`npm run codegen\``);
    }
    const name = getOperationAST(parse(text))?.name?.value;
    if (name && written.has(name)) trusted.set(hash, text);
  }
  const named = new Set([...trusted.values()].map((text) => getOperationAST(parse(text))?.name?.value));
  const missing = [...written].filter((name) => !named.has(name));
  if (missing.length > 0) {
    throw new Error(`The trusted documents manifest lacks ${missing.join(', ')}; run \`npm run codegen\``);
  }
  return trusted;
}

/** `documentId` (GraphQL over HTTP's trusted documents), or Apollo's `extensions.persistedQuery.sha256Hash`. */
function documentIdOf(params: GraphQLParams & { documentId?: unknown }): string | null {
  if (typeof params.documentId === 'string') return params.documentId.replace(/^sha256:/, '');
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

const ONLY_TRUSTED =
  'This gateway runs only trusted documents (TRUSTED_DOCUMENTS=true): send the operation\'s documentId, its sha256 hash in clients/graphql/generated/persisted-documents.json, instead of query text';

/**
 * With TRUSTED_DOCUMENTS=true, runs only the operations in clients/graphql/operations, sent by
 * hash; query text, unknown hashes and the GraphiQL page are refused with a clear error.
 * Over HTTP yoga's persisted-operations plugin swaps the hash for the document. A graphql-ws
 * operation (no HTTP request behind its envelop context) sends the trusted text itself as its
 * `query` (persisted-documents.json[hash]): graphql-ws has no field for a hash alone, and yoga's
 * parse cache is keyed by the query text, so the text must be the document.
 */
export function useTrustedDocuments(trusted: ReadonlyMap<string, string>, endpoint: string): Plugin {
  const refusal = (code: string, message: string) => ({ message, extensions: { code, http: { status: 400 } } });
  const notFound = refusal(
    'TRUSTED_DOCUMENT_NOT_FOUND',
    'No trusted document has this documentId: this gateway runs only the operations in clients/graphql/operations, as of its last `npm run codegen`',
  );
  const required = refusal('TRUSTED_DOCUMENT_REQUIRED', ONLY_TRUSTED);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || !shouldRenderGraphiQL(request)) return;
      endResponse(
        new fetchAPI.Response(`GraphiQL is off: ${ONLY_TRUSTED}.\n`, {
          status: 403,
          headers: { 'content-type': 'text/plain; charset=utf-8' },
        }),
      );
    },
    onPluginInit({ addPlugin }) {
      addPlugin(
        usePersistedOperations({
          getPersistedOperation: (hash) => trusted.get(hash) ?? null,
          extractPersistedOperationId: documentIdOf,
          customErrors: { persistedQueryOnly: required, keyNotFound: required, notFound },
        }),
      );
    },
    onParse({ context, params: { source } }) {
      // HTTP: the persisted-operations plugin has already put the trusted text in place.
      if ((context as { request?: Request }).request) return;
      if (!trusted.has(createHash('sha256').update(String(source)).digest('hex'))) {
        throw new GraphQLError(`${ONLY_TRUSTED} (over graphql-ws: the document's text from that file as the query)`, {
          extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' },
        });
      }
    },
  };
}
