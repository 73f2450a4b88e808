import { DATA_SOURCES, type Sourced } from '../../resolvers/history/source.js';
import { builder } from './builder.js';

/** Where a history answer came from. */
export const DataSourceEnum = builder.enumType('DataSource', {
  description: 'Where an answer came from: the vendors, asked now (LIVE), or the store `switchboard sync` keeps (STORE).',
  values: Object.fromEntries(
    DATA_SOURCES.map((value) => [
      value,
      {
        value,
        description:
          value === 'LIVE'
            ? 'Current: read from the vendors now (records the store holds as they ended, such as sessions that started before its last sync, may come from the store).'
            : 'Read from the store, which held every record of the requested range (see syncedAt for its age).',
      },
    ]),
  ) as Record<(typeof DATA_SOURCES)[number], { value: (typeof DATA_SOURCES)[number]; description: string }>,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parent that carries Sourced (connections' shapes are Pothos's own)
type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<typeof builder.$inferSchemaTypes, any>;

/**
 * `source` and `syncedAt` for a type whose value carries {@link Sourced} (a list, a connection,
 * a report): readable by whoever may read that type (its own `authScopes`).
 */
export function sourceFields(t: FieldBuilder) {
  return {
    source: t.field({
      type: DataSourceEnum,
      nullable: false,
      description:
        'LIVE: current, read from the vendors now (what the store holds settled may come from it). STORE: read from the synced store, which covered the whole range.',
      resolve: (parent) => (parent as Sourced).source,
    }),
    syncedAt: t.field({
      type: 'DateTime',
      description: 'For STORE: when the oldest of the synced vendor resources read was last synced. Null for LIVE.',
      resolve: (parent) => (parent as Sourced).syncedAt,
    }),
  };
}
