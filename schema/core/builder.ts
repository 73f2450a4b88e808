import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import SyncNodeIdsPlugin from './sync-node-ids.js';
import StringBoundsPlugin from './string-bounds-plugin.js';
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
  // does any work for a caller whose role is too low. Sync node ids last: it replaces the Relay
  // plugin's own id resolvers (see sync-node-ids.ts), which the others then wrap as any resolver.
  // String bounds inside errors: a mutation's over-long input answers with its typed ValidationError.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, StringBoundsPlugin, ValidationPlugin, RelayPlugin, SyncNodeIdsPlugin],
  scopeAuth: {
    authScopes: (context) => context.scopes,
    authorizeOnSubscribe: true,
    // A type's own `authScopes` (its least role, see access.ts) is checked once per object, as
    // graphql-js completes it (isTypeOf), instead of wrapping every one of its fields' resolvers:
    // a board of 600 fields costs a few checks, not 600. Fields above their type's role name their own.
    runScopesOnType: true,
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
    defaultConnectionTypeOptions: { authScopes: VIEWER },
    defaultEdgeTypeOptions: { authScopes: VIEWER },
  },
});
