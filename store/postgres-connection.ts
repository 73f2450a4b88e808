/** How long a PostgreSQL connection attempt may take before start-up says the server does not answer. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/** `?connect_timeout=N` (seconds, libpq's parameter) on a postgres:// URL, else the default, in milliseconds. */
export function connectTimeoutMs(clientUrl: string): number {
  const seconds = Number(new URL(clientUrl).searchParams.get('connect_timeout') ?? Number.NaN);
  return Number.isInteger(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_CONNECT_TIMEOUT_MS;
}

/**
 * Why a PostgreSQL server could not be used, in words that say what to do: the database is missing
 * (it is not created for you), the server refused or did not answer in time, the host is unknown.
 * Other failures (authentication, TLS) keep the driver's message. Never quotes the password.
 */
export function connectionFailure(error: unknown, clientUrl: string, timeoutMs: number): Error {
  const url = new URL(clientUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username) || 'postgres';
  const server = `${url.hostname || 'localhost'}:${url.port || '5432'}`;
  const { code, message } = error as { code?: string; message?: string };
  if (code === '3D000') return new Error(`database "${database}" does not exist on ${server}; create it with \`createdb ${database}\``);
  if (code === 'ECONNREFUSED') return new Error(`PostgreSQL at ${server} refused the connection: is it running, and on that port?`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new Error(`PostgreSQL host ${url.hostname} was not found`);
  if (/timeout/i.test(message ?? '')) return new Error(`PostgreSQL at ${server} did not answer within ${timeoutMs / 1000} s (connect_timeout)`);
  return new Error(message ?? String(error));
}
