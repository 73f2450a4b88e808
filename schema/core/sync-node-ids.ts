import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLFieldResolver } from 'graphql';

type IdResolver = (parent: unknown, args: object, context: object, info: unknown) => unknown;

/**
 * Resolves a node's `id` (the Relay global id) without a promise when the node's own `id.resolve`
 * answers synchronously, as all of ours do. Relay's plugin resolves every global id through an
 * async function, so every object with an id made graphql-js wait on a promise for its whole
 * selection: on the live board, most of what executing it cost. Same ids: `encodeGlobalID` of the
 * type's name and the key, as the Relay plugin encodes them (no custom `relay.encodeGlobalID` is set).
 */
export class SyncNodeIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.name !== 'id' || fieldConfig.kind !== 'Object') return resolver;
    const typeConfig = this.buildCache.getTypeConfig(fieldConfig.parentType);
    const id = (typeConfig.pothosOptions as { id?: { resolve?: IdResolver } }).id;
    if (typeConfig.kind !== 'Object' || typeof id?.resolve !== 'function') return resolver;
    const resolveKey = id.resolve;
    const typename = typeConfig.name;
    return (parent, args, context, info) => {
      const key = resolveKey(parent, args, context, info);
      // Anything but a plain key (a promise, nothing) goes the Relay plugin's way.
      if (key === null || key === undefined || isThenable(key)) return resolver(parent, args, context, info);
      return encodeGlobalID(typename, String(key));
    };
  }
}

const pluginName = 'syncNodeIds';
export default pluginName;

SchemaBuilder.registerPlugin(pluginName, SyncNodeIdsPlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos declares its plugins in this namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      syncNodeIds: SyncNodeIdsPlugin<Types>;
    }
  }
}
