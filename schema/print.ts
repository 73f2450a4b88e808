import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** The SDL committed as schema.graphql; the CLI's `schema` command and codegen print the same text. */
export function printSchemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
