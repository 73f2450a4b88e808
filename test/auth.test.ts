import { getNamedType, GraphQLObjectType, GraphQLSchema, GraphQLString, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateContactDocument, TicketsDocument } from '../clients/graphql/generated/graphql.js';
import { schema } from '../schema/index.js';
import { scopesFor, type Role } from '../domain/roles.js';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw?.close());

const query = JSON.stringify({ query: '{ tickets(first: 1) { edges { node { id } } } }' });

describe('API keys', () => {
  it('answers 401 without a key, with an unknown key, and with a malformed header', async () => {
    for (const authorization of [undefined, 'Bearer sb_unknown_key_0000000000', 'Basic Zm9vOmJhcg==', 'Bearer']) {
      const response = await fetch(gw.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
        body: query,
      });
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('serves the GraphiQL page to a browser without a key', async () => {
    const response = await fetch(gw.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Switchboard');
  });

  it('lets a viewer read and refuses a viewer a mutation with FORBIDDEN', async () => {
    const read = await gw.run(TicketsDocument, { first: 1 }, 'viewer');
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.tickets!.edges).toHaveLength(1);
    await gw.sim.clearJournal();
    const write = await gw.run(CreateContactDocument, { input: { name: 'Not Allowed', email: 'nope@example.org' } }, 'viewer');
    expect(write.status).toBe(200);
    expect(write.body.data).toEqual({ createContact: null });
    expect(write.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    // Refused before anything reached the vendor, even with invalid input.
    const invalid = await gw.run(CreateContactDocument, { input: { name: '', email: 'bad' } }, 'viewer');
    expect(invalid.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await gw.sim.journal('zendesk')).toHaveLength(0);
  });
});

/**
 * Every field has a least role, stated where scope-auth checks it for nothing per field: a root
 * field names its own; any other field names its own only when it is above its type's role, and
 * otherwise has its type's (`authScopes` on the type, checked once per object through isTypeOf:
 * `runScopesOnType`). Returns the fields nothing guards.
 */
function unguardedFields(schema: GraphQLSchema): string[] {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const scopesOf = (node: { extensions?: unknown } | undefined) => (node?.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions?.authScopes;
  const unguarded: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    // Interfaces' fields resolve on the object types that implement them, which are checked here.
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    const typeGuards = !roots.has(type) && scopesOf(type) !== undefined && type.isTypeOf !== undefined;
    for (const field of Object.values(type.getFields())) {
      if (!typeGuards && scopesOf(field) === undefined) unguarded.push(`${type.name}.${field.name}: ${getNamedType(field.type).name}`);
    }
  }
  return unguarded;
}

describe('the schema', () => {
  it('declares a least role on every field: its own, or its type’s', () => {
    expect(unguardedFields(schema)).toEqual([]);
  });

  it('names a field without a role, on a root or on a type without one or whose role is not checked', () => {
    const role = { extensions: { pothosOptions: { authScopes: { viewer: true } } } };
    const leaf = { type: GraphQLString };
    const checked = new GraphQLObjectType({ name: 'Checked', ...role, isTypeOf: () => true, fields: { a: leaf } });
    const unchecked = new GraphQLObjectType({ name: 'Unchecked', ...role, fields: { b: leaf } });
    const bare = new GraphQLObjectType({ name: 'Bare', fields: { c: leaf, d: { ...leaf, ...role } } });
    const query = new GraphQLObjectType({
      name: 'Query',
      ...role,
      isTypeOf: () => true,
      fields: { checked: { type: checked, ...role }, unchecked: { type: unchecked, ...role }, bare: { type: bare } },
    });
    expect(unguardedFields(new GraphQLSchema({ query }))).toEqual(['Query.bare: Bare', 'Unchecked.b: String', 'Bare.c: String']);
  });

  it("checks a type's role once per object: a manager's report row is refused to a viewer, whatever field reaches it", () => {
    const row = schema.getType('SupportStatsRow') as GraphQLObjectType;
    const contextOf = (role: Role) => ({ caller: { role }, scopes: scopesFor(role) });
    const info = { fieldName: 'rows' } as GraphQLResolveInfo;
    expect(() => row.isTypeOf!({}, contextOf('viewer'), info)).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }));
    expect(row.isTypeOf!({}, contextOf('manager'), info)).toBe(true);
    // Its fields carry no check of their own: the type's is the one that runs.
    expect(row.getFields()['sessions']!.extensions).not.toHaveProperty('pothosOptions.authScopes');
  });
});
