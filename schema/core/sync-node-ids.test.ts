import SchemaBuilder from '@pothos/core';
import RelayPlugin, { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import SyncNodeIdsPlugin from './sync-node-ids.js';

interface Thing {
  key: string;
}

function schemaWith(plugins: ('relay' | 'syncNodeIds')[]) {
  const builder = new SchemaBuilder<{ Context: object }>({
    plugins: plugins.map((name) => (name === 'relay' ? RelayPlugin : SyncNodeIdsPlugin)),
    relay: {},
    // Not a plugin of this builder; its option types are declared for every builder.
    scopeAuth: { authScopes: () => ({}) },
  });
  const things: Thing[] = [{ key: 'a:1' }, { key: 'b:2' }];
  const ThingRef = builder.node(builder.objectRef<Thing>('Thing'), {
    id: { resolve: (thing) => thing.key },
    fields: (t) => ({ key: t.exposeString('key') }),
  });
  const LaterRef = builder.node(builder.objectRef<Thing>('Later'), {
    id: { resolve: async (thing) => thing.key },
    fields: (t) => ({ key: t.exposeString('key') }),
  });
  builder.queryType({
    fields: (t) => ({
      things: t.field({ type: [ThingRef], resolve: () => things }),
      later: t.field({ type: [LaterRef], resolve: () => things }),
    }),
  });
  return builder.toSchema();
}

describe('SyncNodeIdsPlugin', () => {
  it('resolves a node id without a promise when the key comes synchronously, and only then', () => {
    const schema = schemaWith(['relay', 'syncNodeIds']);
    const idOf = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields()['id']!.resolve!;
    expect(idOf('Thing')({ key: 'a:1' }, {}, {}, {} as never)).toBe(encodeGlobalID('Thing', 'a:1'));
    expect(idOf('Later')({ key: 'a:1' }, {}, {}, {} as never)).toBeInstanceOf(Promise);
  });

  it('answers the ids the Relay plugin answers', async () => {
    const query = '{ things { id key } later { id key } }';
    const withPlugin = await graphql({ schema: schemaWith(['relay', 'syncNodeIds']), source: query });
    const relayOnly = await graphql({ schema: schemaWith(['relay']), source: query });
    expect(withPlugin.errors).toBeUndefined();
    expect(withPlugin).toEqual(relayOnly);
    expect((withPlugin.data as { things: { id: string }[] }).things[0]!.id).toBe(encodeGlobalID('Thing', 'a:1'));
  });
});
