import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && ISO_8601.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new GraphQLError('DateTime must be an ISO-8601 date and time with a zone, such as 2026-01-05T09:00:00Z');
}

/** ISO-8601 instants in UTC on the way out; any zone accepted on the way in. */
builder.scalarType('DateTime', {
  description: 'An ISO-8601 instant, such as 2026-01-05T09:00:00Z.',
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString().replace('.000Z', 'Z'),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return parseDateTime(ast.value);
  },
});
