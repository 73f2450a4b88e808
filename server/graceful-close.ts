import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from './logger.js';

export interface GracefulCloseOptions {
  /** How long in-flight requests may take to finish before their connections are cut. */
  graceMs: number;
  logger: Logger;
  /** Called when the grace runs out, to cut what the HTTP server does not track (upgraded WebSockets). */
  onGraceExpired?: () => void;
}

/**
 * Tracks the server's responses from now on and returns its graceful close: stop accepting at
 * once, close idle keep-alive connections, let requests in flight finish (each connection
 * closes after its response instead of idling for the keep-alive timeout), and after
 * `graceMs` cut whatever is still open (long SSE streams, a stuck request).
 */
export function trackForGracefulClose(server: Server): (options: GracefulCloseOptions) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  /** Once closing, a response ends its connection: no next request will come over it. */
  const lastOnConnection = (response: ServerResponse) => {
    if (!response.headersSent) response.shouldKeepAlive = false;
  };
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    if (closing) lastOnConnection(response);
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });

  return (options) => {
    closing = true;
    const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    server.closeIdleConnections();
    inFlight.forEach(lastOnConnection);
    const timer = setTimeout(() => {
      options.logger.warn({ graceMs: options.graceMs, open: inFlight.size }, 'shutdown grace expired: closing the connections still open');
      options.onGraceExpired?.();
      server.closeAllConnections();
    }, options.graceMs);
    timer.unref();
    return closed.finally(() => clearTimeout(timer));
  };
}
