import { GraphQLError } from 'graphql';

/** The error with `extensions[name]` set (itself when it has one already): a copy, since a GraphQLError's extensions are its own. */
export function errorWithExtension(error: GraphQLError, name: string, value: unknown): GraphQLError {
  if (error.extensions[name] !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, [name]: value },
  });
}
