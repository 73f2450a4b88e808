import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * The operation GraphiQL opens with (until the browser has tabs of its own saved): a read every
 * role may run, so ▶ answers at once with the simulator's data.
 */
export const GRAPHIQL_DEFAULT_QUERY = `# Switchboard: one graph over the support vendors. Press ▶ to run;
# the Headers tab holds the key (the admin dev key when serve made the keys).
# Every query and mutation: docs/api.md, or the Docs button on the left.
query OpenTickets {
  tickets(first: 5, filter: { status: OPEN }) {
    edges {
      node {
        id
        subject
        status
        requester {
          name
          phone
        }
      }
    }
  }
}
`;

/** GraphiQL's page options: the default operation, and the admin dev key in the headers when there is one. */
export function graphiqlOptions(adminKey: string | undefined): GraphiQLOptions {
  return {
    title: 'Switchboard',
    subscriptionsProtocol: 'WS',
    defaultQuery: GRAPHIQL_DEFAULT_QUERY,
    ...(adminKey && { headers: JSON.stringify({ Authorization: `Bearer ${adminKey}` }, null, 2) }),
  };
}

/**
 * The page, from `@graphql-yoga/render-graphiql`: its scripts, styles and editor workers are inline,
 * so it works with no internet, where yoga's own page loads them from a CDN. The package (9 MB) is
 * loaded on the first page asked for, not at every start.
 */
export async function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  const { renderGraphiQL: render } = await import('@graphql-yoga/render-graphiql');
  return render(options);
}
