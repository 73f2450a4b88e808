import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * The variables a `.env` file adds in development (NODE_ENV unset, empty or `development`): each one the
 * environment does not set already, so the real environment always wins. Elsewhere, or without the file,
 * nothing. Parsed by Node's own `.env` reader (util.parseEnv, as `node --env-file` reads it).
 */
export function envFileAdditions(
  env: Readonly<Record<string, string | undefined>>,
  /** The file; default `.env` in the working directory. */
  path = '.env',
  read: (path: string) => string = (file) => readFileSync(file, 'utf8'),
): Record<string, string> {
  if (env['NODE_ENV'] && env['NODE_ENV'] !== 'development') return {};
  let text: string;
  try {
    text = read(path);
  } catch {
    return {};
  }
  return Object.fromEntries(
    Object.entries(parseEnv(text)).filter((entry): entry is [string, string] => entry[1] !== undefined && env[entry[0]] === undefined),
  );
}
