/**
 * Turns a `DATABASE_URL` into what the store needs to open it.
 *
 * Accepted forms:
 * - `sqlite:./data/switchboard.sqlite`, `sqlite:///abs/path.sqlite`, `sqlite::memory:`
 * - a bare file path (`./data/x.sqlite`) or `:memory:`
 * - `postgres://user@host:5432/db` or `postgresql://...`, with an optional `?schema=name`
 *   that selects (and creates if missing) a PostgreSQL schema instead of `public`.
 */
export type DatabaseTarget =
  | { dialect: 'sqlite'; /** a file path, or `:memory:` */ file: string }
  | {
      dialect: 'postgresql';
      /** the URL without the `schema` parameter, as the pg driver takes it */
      clientUrl: string;
      /** the PostgreSQL schema to use; undefined means the server default (`public`) */
      schema: string | undefined;
    };

/** Schema names are interpolated into DDL, so only plain identifiers are allowed. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  const url = databaseUrl.trim();
  if (url === '') throw new Error('DATABASE_URL is empty');

  if (/^postgres(ql)?:\/\//i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error('DATABASE_URL is not a valid postgres:// URL');
    }
    const schema = parsed.searchParams.get('schema') ?? undefined;
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
      throw new Error(`DATABASE_URL: schema "${schema}" must be a plain identifier (letters, digits, _)`);
    }
    parsed.searchParams.delete('schema');
    return { dialect: 'postgresql', clientUrl: parsed.toString(), schema };
  }

  if (/^sqlite:/i.test(url)) {
    // `sqlite:///abs/file` keeps its leading slash; `sqlite://./rel` and `sqlite:./rel` are relative.
    const rest = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (rest === '') throw new Error('DATABASE_URL: sqlite: needs a file path or :memory:');
    return { dialect: 'sqlite', file: rest };
  }

  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(`DATABASE_URL: unsupported scheme in "${url.split('://')[0]}://" (use sqlite: or postgres://)`);
  }
  return { dialect: 'sqlite', file: url };
}
