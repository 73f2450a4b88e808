/**
 * The ceiling server (bench/ceiling-server.ts) forked as its own process, as the gateway runs in
 * its own: the parent starts it with NODE_ENV=production, so graphql-js skips its development checks
 * as the measured gateway does.
 *
 * Child → parent: { type: 'listening', graphqlUrl } once it listens; it closes when the parent disconnects.
 */
import { startCeilingServer } from './ceiling-server.js';

const server = await startCeilingServer();
process.on('disconnect', () => void server.close().finally(() => process.exit(0)));
process.send?.({ type: 'listening', graphqlUrl: server.graphqlUrl });
