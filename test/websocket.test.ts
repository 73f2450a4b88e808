import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startGateway, type TestGateway } from './support/gateway.js';

let gw: TestGateway;
const clients: Client[] = [];
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await gw?.close();
});

function connect(authorization: string | undefined): { client: Client; closed: Promise<number> } {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: gw.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: authorization ? { authorization } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  clients.push(client);
  return { client, closed };
}

function execute(client: Client, query: string) {
  return new Promise<unknown>((resolve, reject) => {
    let result: unknown;
    client.subscribe({ query }, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
  });
}

describe('graphql-ws on /graphql', () => {
  it('runs operations for a caller with a key in the connection params, under their role', async () => {
    const viewer = connect(`Bearer ${gw.keys.viewer}`);
    const read = await execute(viewer.client, '{ tickets(first: 2) { edges { node { subject } } } }');
    expect(read).toMatchObject({ data: { tickets: { edges: [{ node: {} }, { node: {} }] } } });
    const write = (await execute(viewer.client, 'mutation { createContact(input: {name: "X"}) { __typename } }')) as {
      errors: { extensions: { code: string } }[];
    };
    expect(write.errors[0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('closes the socket with 4401 for a missing key and 4403 for an unknown one', async () => {
    expect(await connect(undefined).closed).toBe(4401);
    expect(await connect('Bearer nope-nope-nope-nope').closed).toBe(4403);
  });
});
