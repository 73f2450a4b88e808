import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from '../../resolvers/context.js';
import type { Role } from '../../domain/roles.js';
import { ForbiddenError } from './forbidden-error.js';
import { VIEWER } from './access.js';
import { InputError } from '../../domain/errors.js';

/**
 * The one Pothos builder. It defines no types: each domain type registers itself
 * in its own file under schema/, and schema/index.ts imports them all.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: Record<Role, boolean>;
  // A connection's edges and their nodes are never null: a failing vendor nulls the whole connection.
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number | bigint };
    DateTime: { Input: Date; Output: Date | string };
  };
}>({
  // Order matters: scope-auth wraps outermost so no other plugin (validation included)
  // does any work for a caller whose role is too low.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (context) => context.scopes,
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, context, info) => new ForbiddenError(info.fieldName, context.caller.role),
  },
  errors: {
    defaultTypes: [],
    // The generated success types are readable by whoever may call the mutation.
    defaultResultOptions: { authScopes: VIEWER },
  },
  // Validates query arguments. Mutation inputs are validated by their services instead,
  // because arguments are mapped (and so validated) before scope-auth checks the role.
  validation: {
    validationError: (result) => InputError.fromIssues(result.issues),
  },
  relay: {
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    clientMutationId: 'omit',
    nodeQueryOptions: { authScopes: VIEWER },
    nodesQueryOptions: { authScopes: VIEWER },
    pageInfoTypeOptions: { authScopes: VIEWER },
    nodeTypeOptions: { authScopes: VIEWER },
    idFieldOptions: { authScopes: VIEWER },
    defaultConnectionTypeOptions: { authScopes: VIEWER },
    defaultEdgeTypeOptions: { authScopes: VIEWER },
  },
});
