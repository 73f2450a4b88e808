import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import manifest from '../../clients/graphql/generated/persisted-documents.json';

/**
 * A typed document's text as the gateway's trusted documents hold it (persisted-documents.json,
 * by the `__meta__.hash` codegen puts on each document): the same text runs whether or not the
 * gateway has TRUSTED_DOCUMENTS on, and the page needs no GraphQL printer.
 */
export function operationText(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  const text = hash ? (manifest as Record<string, string>)[hash] : undefined;
  if (!text) throw new Error('This operation is not in persisted-documents.json: run `npm run codegen`');
  return text;
}
