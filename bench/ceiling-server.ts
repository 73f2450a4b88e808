/**
 * The ceiling for `npm run bench`: a bare graphql-yoga server answering one static field
 * (`{ hello }`) on node:http, with yoga's defaults and nothing of the gateway's (no auth, limits,
 * context, vendors or logging): what one Node process serves over this HTTP stack at best.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';

export const CEILING_QUERY = '{ hello }';

export async function startCeilingServer(): Promise<{ graphqlUrl: string; close(): Promise<void> }> {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
    logging: false,
    landingPage: false,
    graphiql: false,
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
