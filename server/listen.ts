import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { GraphQLError, type DocumentNode, type ExecutionArgs } from 'graphql';
import { CloseCode, type OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { GRAPHQL_PATH, type App } from './app.js';
import type { Caller } from '../domain/caller.js';
import { trackForGracefulClose } from './graceful-close.js';
import { socketResultSink } from './socket-result-sink.js';
import { socketError } from './errors.js';

export interface Listening {
  server: Server;
  /** `http://host:port` */
  url: string;
  port: number;
  /**
   * Marks the app draining (/ready 503), stops accepting, closes WebSockets with 1001, lets
   * in-flight requests finish within SHUTDOWN_GRACE_MS (then cuts them). Does not close the app.
   */
  close(): Promise<void>;
}

type SocketExtra = Record<PropertyKey, unknown> & {
  caller?: Caller;
};

/** Bytes a subscriber's socket may have unwritten before it counts as one that stopped reading. */
const SOCKET_BUFFER_LIMIT = 1024 * 1024;

/**
 * Serves the app over HTTP (queries, mutations, SSE subscriptions, GraphiQL) and
 * graphql-ws on the same port and path. Only entry points and tests call this.
 */
export async function listen(app: App, options: { port: number; host: string }): Promise<Listening> {
  const bodyTimeoutMs = app.config.http.requestBodyTimeoutMs;
  const server = createServer(
    {
      // A request's headers and body must arrive within REQUEST_BODY_TIMEOUT_MS, or Node answers 408 and
      // closes (its default held a slow body 300 s). Node counts only until the request is received: a long
      // answer, an SSE stream and an upgraded WebSocket are not cut.
      headersTimeout: bodyTimeoutMs,
      requestTimeout: bodyTimeoutMs,
      // How often Node looks for expired requests (default 30 s, which would stretch the bound).
      connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(bodyTimeoutMs / 4))),
    },
    app.yoga,
  );
  const closeGracefully = trackForGracefulClose(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Attached once listening: a WebSocket server re-emits its HTTP server's errors, which
  // would turn a plain "port in use" into a confusing WebSocket error.
  // No compression (ws's default, said aloud): shared results are written as ready frames (server/socket-result-sink.ts).
  // A message over LIMIT_MAX_BODY_BYTES (as an HTTP body) closes its socket with 1009 before it is parsed (ws's default: 100 MiB).
  const wsServer = new WebSocketServer({ server, path: GRAPHQL_PATH, perMessageDeflate: false, maxPayload: app.config.limits.maxBodyBytes });
  const maxOperations = app.config.maxSubscriptionsPerSocket;

  const wsHandle = useServer<Record<string, unknown>, SocketExtra>(
    {
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
      // A key in the connection params (browsers cannot set WebSocket headers) or the upgrade request.
      // No key closes with 4401 Unauthorized, an unknown one with 4403 Forbidden (graphql-ws's close codes;
      // its own 4409 duplicate subscription id and 4429 repeated init pass through unchanged).
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const header =
          (typeof params['authorization'] === 'string' && params['authorization']) ||
          (typeof params['Authorization'] === 'string' && params['Authorization']) ||
          ctx.extra.request.headers.authorization;
        if (!header) {
          // Closing first wins over the 4403 graphql-ws sends for `false`.
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized: send connectionParams.authorization = "Bearer <key or JWT>"');
          return false;
        }
        const outcome = await app.authenticate(header);
        if (!outcome.ok) return false;
        ctx.extra.caller = outcome.caller;
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const caller = ctx.extra.caller;
        if (!caller) return [];
        // graphql-ws lists this operation among the socket's before calling here (and drops it once it ends):
        // one over the limit gets an Error message of its own; the socket and its other operations go on.
        const running = Object.keys(ctx.subscriptions).length;
        if (running > maxOperations) {
          return [
            new GraphQLError(`This socket already runs ${running - 1} operations; the limit is ${maxOperations} (LIMIT_MAX_SUBSCRIPTIONS_PER_SOCKET). Complete one first`, {
              extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: maxOperations, measured: running },
            }),
          ];
        }
        const { schema, execute, subscribe, parse, validate } = app.yoga.getEnveloped({
          request: undefined,
          params: payload,
        });
        // A syntax error or a refused document (operation limits, trusted documents) is the
        // client's error, not a reason to close the socket with 4500.
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const contextValue = app.createContext(caller, randomUUID());
        // A shared subscription's results may go straight to this socket, serialised once for all.
        app.sharing.sendResultsTo(contextValue, socketResultSink(ctx.extra.socket, ctx.extra.request.socket, id, SOCKET_BUFFER_LIMIT));
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
          rootValue: { execute, subscribe } as Enveloped,
        };
        return args;
      },
      // Every error with a code, without yoga's internal extensions (HTTP answers drop them in yoga).
      onError: (_ctx, _id, _payload, errors) => errors.map(socketError),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(socketError) } : undefined),
    },
    wsServer,
  );
  // ws closes a socket whose client broke the protocol (1009 for a message over maxPayload, 1002, 1007) and then
  // emits 'error', which graphql-ws would print to stderr as an internal error: it is the client's, logged as such.
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (err) => app.logger.info({ err: { message: err.message, code: (err as NodeJS.ErrnoException).code } }, 'WebSocket closed: the client broke the protocol'));
  });

  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    server,
    url: `http://${host}:${port}`,
    port,
    // Once: a second call (a second signal, a test's cleanup) waits for the same shutdown.
    close: () => (closing ??= shutDown()),
  };

  async function shutDown(): Promise<void> {
    // Out of the load balancer's rotation first (/ready answers 503), then stop accepting.
    app.drain();
    const httpClosed = closeGracefully({
      graceMs: app.config.shutdownGraceMs,
      logger: app.logger,
      // Sockets that ignored the 1001 are not the HTTP server's to cut: end them too.
      onGraceExpired: () => wsServer.clients.forEach((socket) => socket.terminate()),
    });
    // graphql-ws closes every socket with 1001 Going Away.
    await wsHandle.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    await httpClosed;
  }
}

/** The envelop-wrapped execute and subscribe (masking and every yoga plugin apply). */
interface Enveloped {
  execute: (args: ExecutionArgs) => OperationResult;
  subscribe: (args: ExecutionArgs) => OperationResult;
}
