#!/usr/bin/env node
// node healthcheck.mjs [URL]: exit 0 when URL answers 2xx within 3 s, else 1 (saying why on stderr). URL defaults to
// the gateway's readiness probe, http://127.0.0.1:$PORT/ready (PORT as the gateway reads it, default 4000): 503 while
// the store is down or once shutdown has begun. Plain Node (no curl in the slim image): the Dockerfile's HEALTHCHECK
// and compose.yaml's health checks run it; test/package-install.test.ts runs it against an installed gateway.
const url = process.argv[2] ?? `http://127.0.0.1:${process.env.PORT || 4000}/ready`;
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
  if (!response.ok) {
    console.error(`${url}: ${response.status} ${(await response.text()).slice(0, 500)}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
