import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { PACKAGE_ROOT } from './package-root.js';

export const DASHBOARD_PATH = '/dashboard';

/** Where `npm run build:dashboard` (vite build, also run by `npm ci`'s prepare) writes the page. */
export const DASHBOARD_DIST = join(PACKAGE_ROOT, 'dashboard/dist/');

/**
 * The page loads only its own script and styles and talks only to this gateway (graphql-ws).
 * The API key lives in the URL fragment and sessionStorage, never in a request line.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** A built asset's name (content-hashed by Vite): no folders, no dot files. */
const ASSET_NAME = /^[\w-][\w.-]*$/;

/**
 * Serves the built live dashboard: `/dashboard` and `/dashboard/` the page (no-cache, a strict
 * Content-Security-Policy), `/dashboard/assets/<name>` its hashed files (cached for a year).
 * The page needs no key; its data does (the key goes in graphql-ws connection params).
 * Without a build it answers 503 naming the command that makes one.
 */
export function useDashboard(options: { dist?: string } = {}): Plugin {
  const dist = options.dist ?? DASHBOARD_DIST;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const path = url.pathname;
      if (path !== DASHBOARD_PATH && !path.startsWith(`${DASHBOARD_PATH}/`)) return;
      const answer = (status: number, body: string | Uint8Array<ArrayBuffer> | null, headers: Record<string, string>) =>
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status, headers: { 'x-content-type-options': 'nosniff', ...headers } }));
      const text = (status: number, message: string, headers: Record<string, string> = {}) =>
        answer(status, `${message}\n`, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });

      if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'The dashboard is read with GET', { allow: 'GET, HEAD' });
      if (path === DASHBOARD_PATH || path === `${DASHBOARD_PATH}/` || path === `${DASHBOARD_PATH}/index.html`) {
        const page = await readIfPresent(join(dist, 'index.html'));
        if (!page) return text(503, 'The dashboard is not built: run `npm run build:dashboard`');
        return answer(200, page, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
          'content-security-policy': DASHBOARD_CSP,
          'referrer-policy': 'no-referrer',
          'x-frame-options': 'DENY',
        });
      }
      const name = path.slice(`${DASHBOARD_PATH}/assets/`.length);
      const type = CONTENT_TYPES[extname(name)];
      const file = path.startsWith(`${DASHBOARD_PATH}/assets/`) && ASSET_NAME.test(name) && type ? await readIfPresent(join(dist, 'assets', name)) : null;
      if (!file) return text(404, `Nothing at ${path}`);
      return answer(200, file, { 'content-type': type!, 'cache-control': 'public, max-age=31536000, immutable' });
    },
  };
}

async function readIfPresent(file: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
