import { getNamedType, isObjectType, isInterfaceType, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateContactDocument, TicketsDocument } from '../clients/graphql/generated/graphql.js';
import { schema } from '../schema/index.js';
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

describe('the schema', () => {
  /**
   * Types the Pothos plugins generate around a declared field (a connection and its edges,
   * PageInfo, a mutation's success wrapper) carry one role for all their fields; every other
   * field, root or not, declares its own.
   */
  const generated = /(Connection|Edge)$|^PageInfo$|^Mutation\w+Success$/;

  it('declares a least role on every field', () => {
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      const typeScopes = (type.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const fieldScopes = (field.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions?.authScopes;
        const declared = fieldScopes ?? (generated.test(type.name) ? typeScopes : undefined);
        if (!declared) undeclared.push(`${type.name}.${field.name}: ${getNamedType(field.type).name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
