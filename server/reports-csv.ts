import { stringify } from 'csv-stringify/sync';
import type { Plugin } from 'graphql-yoga';
import { isUpstreamError } from '../clients/transport/errors.js';
import { InputError, NotFoundError, VendorDisabledError } from '../domain/errors.js';
import type { Authenticate } from './auth.js';
import { authRefusal } from './auth-plugin.js';
import type { ContextFactory } from '../resolvers/context.js';
import { upstreamMessages } from '../resolvers/upstream-messages.js';
import { requestIdFor } from './observability/index.js';
import { CSV_REPORTS, type ReportTable } from './report-tables.js';
import { roleAtLeast } from '../domain/roles.js';

/** Where the reports are served: `/reports/<name>.csv`. */
export const REPORTS_PREFIX = '/reports/';

/** The least role that may read a report (as the GraphQL report fields). */
const REPORT_ROLE = 'manager';

export interface ReportsCsvOptions {
  authenticate: Authenticate;
  createContext: ContextFactory;
  /** Told about a failure that is a bug (answered 500 without details); default nowhere. */
  onError?: (error: unknown) => void;
}

const json = (status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

/** What a failed report tells the caller: the same codes as the GraphQL errors. */
function failure(error: unknown, onError?: (error: unknown) => void): Response {
  if (error instanceof InputError) return json(400, 'BAD_USER_INPUT', error.message, { issues: error.issues });
  if (error instanceof NotFoundError) return json(404, 'NOT_FOUND', error.message, { resource: error.resource, id: error.id });
  if (error instanceof VendorDisabledError) return json(409, 'VENDOR_DISABLED', error.message, { vendor: error.vendor });
  if (isUpstreamError(error)) return json(502, error.code, `${error.vendor} ${upstreamMessages[error.code]}`, { vendor: error.vendor });
  onError?.(error);
  return json(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
}

/**
 * A CSV cell: times in ISO-8601 UTC, absent values empty. Text a spreadsheet would run as a formula
 * (a ticket subject starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'` (OWASP's CSV injection advice).
 */
const cell = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
};

function csvResponse(name: string, table: ReportTable): Response {
  const body = stringify(
    table.rows.map((row) => row.map(cell)),
    { header: true, columns: table.columns, cast: { boolean: (value) => String(value) }, record_delimiter: 'windows' },
  );
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
      'cache-control': 'no-store',
      // Where the figures came from, as the GraphQL fields say it (source, syncedAt, complete).
      'x-report-source': table.source,
      ...(table.syncedAt && { 'x-report-synced-at': table.syncedAt.toISOString() }),
      ...(table.complete !== null && { 'x-report-complete': String(table.complete) }),
    },
  });
}

/**
 * Serves each report as CSV at `GET /reports/<name>.csv?<parameters>` (support-stats, meeting-patterns,
 * webinar-funnel, contact-timeline), from the same resolvers as the GraphQL fields. The same credentials
 * as /graphql (401/503 alike), role manager or above (403 otherwise); a bad or unknown parameter is a 400
 * naming it. The body is RFC 4180 CSV (CRLF rows, quoted where needed) with a header row.
 */
export function useReportsCsv(options: ReportsCsvOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(REPORTS_PREFIX)) return;
      const name = /^\/reports\/([a-z-]+)\.csv$/.exec(url.pathname)?.[1];
      const report = name && Object.hasOwn(CSV_REPORTS, name) ? CSV_REPORTS[name] : undefined;
      if (!name || !report) return endResponse(json(404, 'NOT_FOUND', `No report at ${url.pathname}; reports: ${Object.keys(CSV_REPORTS).map((n) => `${REPORTS_PREFIX}${n}.csv`).join(', ')}`));
      if (request.method !== 'GET') return endResponse(json(405, 'METHOD_NOT_ALLOWED', 'Reports are read with GET', {}, { allow: 'GET' }));
      const outcome = await options.authenticate(request.headers.get('authorization'));
      if (!outcome.ok) return endResponse(authRefusal(outcome, Response));
      if (!roleAtLeast(outcome.caller.role, REPORT_ROLE)) return endResponse(json(403, 'FORBIDDEN', `Your role (${outcome.caller.role}) may not read ${url.pathname}`));
      const unknown = [...new Set(url.searchParams.keys())].filter((key) => !report.parameters.includes(key));
      if (unknown.length > 0) return endResponse(failure(new InputError(unknown.map((field) => ({ field, message: `is not a parameter of this report (it takes ${report.parameters.join(', ')})` })))));
      const ctx = options.createContext(outcome.caller, requestIdFor(request), request.signal);
      try {
        endResponse(csvResponse(name, await report.table(ctx, url.searchParams)));
      } catch (error) {
        endResponse(failure(error, options.onError));
      }
    },
  };
}
