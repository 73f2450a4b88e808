import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { ExecutionArgs } from 'graphql';
import type { OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { GRAPHQL_PATH, type App } from './app.js';
import type { Caller } from './auth.js';

export interface Listening {
  server: Server;
  /** `http://host:port` */
  url: string;
  port: number;
  /** Stops accepting, closes WebSockets, waits for in-flight requests. Does not close the app. */
  close(): Promise<void>;
}

type SocketExtra = Record<PropertyKey, unknown> & {
  caller?: Caller;
};

/**
 * Serves the app over HTTP (queries, mutations, SSE subscriptions, GraphiQL) and
 * graphql-ws on the same port and path. Only entry points and tests call this.
 */
export async function listen(app: App, options: { port: number; host: string }): Promise<Listening> {
  const server = createServer(app.yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Attached once listening: a WebSocket server re-emits its HTTP server's errors, which
  // would turn a plain "port in use" into a confusing WebSocket error.
  const wsServer = new WebSocketServer({ server, path: GRAPHQL_PATH });

  const wsHandle = useServer<Record<string, unknown>, SocketExtra>(
    {
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
      // A key in the connection params (browsers cannot set WebSocket headers) or the upgrade request.
      onConnect: (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header =
          (typeof params['authorization'] === 'string' && params['authorization']) ||
          (typeof params['Authorization'] === 'string' && params['Authorization']) ||
          ctx.extra.request.headers.authorization;
        const caller = app.authenticate(header);
        if (!caller) return false;
        ctx.extra.caller = caller;
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const caller = ctx.extra.caller;
        if (!caller) return [];
        const { schema, execute, subscribe, parse, validate } = app.yoga.getEnveloped({
          request: undefined,
          params: payload,
        });
        const document = parse(payload.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: app.createContext(caller, randomUUID()),
          rootValue: { execute, subscribe } as Enveloped,
        };
        return args;
      },
    },
    wsServer,
  );

  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    server,
    url: `http://${host}:${port}`,
    port,
    close: async () => {
      await wsHandle.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      server.closeIdleConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** The envelop-wrapped execute and subscribe (masking and every yoga plugin apply). */
interface Enveloped {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}
