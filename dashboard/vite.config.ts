import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * `npm run build:dashboard` (and `npm ci`, through `prepare`): builds the page into dashboard/dist/,
 * which the gateway serves at /dashboard (server/dashboard.ts). `npx vite --config dashboard/vite.config.ts`
 * serves it for development against a gateway on 127.0.0.1:4000.
 */
export default defineConfig({
  root: here,
  base: '/dashboard/',
  // Plain TypeScript modules and one stylesheet: no framework, no plugins.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, modulePreload: { polyfill: false } },
  server: {
    // The typed documents live in clients/graphql/generated/, outside this folder.
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
});
