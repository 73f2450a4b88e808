#!/usr/bin/env node
// The `switchboard` command runs the compiled gateway in dist/, which `npm ci` builds (`npm run build`
// rebuilds it): no TypeScript is transpiled at start. Development and tests run the sources through
// tsx instead (`npx tsx server/cli.ts <command>`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/server/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    `switchboard: the compiled gateway (${fileURLToPath(cli)}) is missing: build it with \`npm run build\` (\`npm ci\` does), or run the sources with \`npx tsx server/cli.ts\`.`,
  );
  process.exit(1);
}
await import(cli.href);
