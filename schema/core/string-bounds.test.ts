import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../index.js';
import { MAX_LENGTH } from '../../domain/input-rules.js';
import { argumentBound, argumentsCheck, holdsString, inputFieldBound, STRING_BOUNDS } from './string-bounds.js';

/** Every String or ID argument and input field of the built schema, by coordinate, with its bound (undefined: none). */
function stringInputs(built: GraphQLSchema): Map<string, number | undefined> {
  const found = new Map<string, number | undefined>();
  for (const type of Object.values(built.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (holdsString(field.type)) found.set(`${type.name}.${field.name}`, inputFieldBound(type.name, field.name));
      }
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          if (holdsString(arg.type)) found.set(`${type.name}.${field.name}(${arg.name}:)`, argumentBound(type.name, field, arg.name));
        }
      }
    }
  }
  return found;
}

describe('every string input of the schema is bounded', () => {
  const inputs = stringInputs(schema);

  it('has a bound for every String and ID argument and input field (add a row to STRING_BOUNDS)', () => {
    const unbounded = [...inputs].filter(([, bound]) => bound === undefined).map(([coordinate]) => coordinate);
    expect(unbounded).toEqual([]);
    expect(inputs.size).toBeGreaterThan(100);
  });

  it('finds a string input added without a bound', () => {
    const grown = buildSchema(`
      type Query { ticket(id: ID!): String, search(text: String, first: Int): String }
      input NoteInput { body: String!, tags: [String!], count: Int }
      type Mutation { addNote(input: NoteInput!): String }
    `);
    const unbounded = [...stringInputs(grown)].filter(([, bound]) => bound === undefined).map(([coordinate]) => coordinate);
    // Query.ticket(id:) has its row; an input object argument is checked through its fields.
    expect(unbounded.sort()).toEqual(['NoteInput.body', 'NoteInput.tags', 'Query.search(text:)']);
  });

  it('has no row for an input that does not exist (any more)', () => {
    expect(Object.keys(STRING_BOUNDS).filter((coordinate) => !inputs.has(coordinate))).toEqual([]);
  });

  it('bounds emails at 254, phones at 40, free text at 65,000 and the idempotency key at 128', () => {
    expect(inputs.get('CreateContactInput.email')).toBe(254);
    expect(inputs.get('Mutation.dial(phone:)')).toBe(40);
    expect(inputs.get('CommentInput.body')).toBe(65_000);
    expect(inputs.get('Mutation.createTicket(idempotencyKey:)')).toBe(MAX_LENGTH.idempotencyKey);
    expect(inputs.get('Query.tickets(after:)')).toBe(MAX_LENGTH.cursor);
  });

  it('names the field as the caller sent it, through input objects and lists', () => {
    const createTicket = schema.getMutationType()!.getFields()['createTicket']!;
    const check = argumentsCheck('Mutation', createTicket)!;
    const input = {
      subject: 's',
      description: 'd',
      requester: { email: `${'a'.repeat(300)}@example.com` },
      tags: ['ok', 'x'.repeat(256)],
    };
    expect(check({ input, idempotencyKey: 'k'.repeat(129) })).toEqual([
      { field: 'idempotencyKey', message: 'must be at most 128 characters (it has 129)' },
      { field: 'input.requester.email', message: 'must be at most 254 characters (it has 312)' },
      { field: 'input.tags.1', message: 'must be at most 255 characters (it has 256)' },
    ]);
    expect(check({ input: { ...input, requester: {}, tags: [] } })).toEqual([]);
  });
});
