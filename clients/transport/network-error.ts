/**
 * Classifies what `fetch` threw. undici wraps socket failures as `TypeError('fetch failed')`
 * (or `'terminated'` when the body was cut) with the real error in `cause`, sometimes an
 * AggregateError (happy eyeballs). We keep only the error code, never the objects themselves.
 */
export type NetworkFailure =
  | {
      kind: 'connection';
      /** e.g. ECONNRESET, ECONNREFUSED, UND_ERR_SOCKET; `UNKNOWN` when undici gave none. */
      code: string;
      /**
       * True when the request cannot have reached the server (it never connected). Any other
       * connection failure (a reset, a socket closed mid-answer) may come after the server read
       * the request: for a write, its outcome is unknown (UPSTREAM_OUTCOME_UNKNOWN).
       */
      neverSent: boolean;
    }
  | { kind: 'other'; message: string };

/** Failures during connection set-up: the request was never written. */
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function findCode(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || error === null || typeof error !== 'object') return undefined;
  const candidate = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof candidate.code === 'string' && candidate.code !== '') return candidate.code;
  if (Array.isArray(candidate.errors)) {
    for (const inner of candidate.errors) {
      const code = findCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return findCode(candidate.cause, depth + 1);
}

export function classifyNetworkFailure(error: unknown): NetworkFailure {
  const code = findCode(error);
  const isFetchTypeError =
    error instanceof TypeError && (error.message === 'fetch failed' || error.message === 'terminated');
  const isSocketCode = code !== undefined && /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/.test(code);
  if (isSocketCode || isFetchTypeError) {
    const resolved = code ?? 'UNKNOWN';
    return { kind: 'connection', code: resolved, neverSent: NEVER_SENT_CODES.has(resolved) };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
  return { kind: 'other', message };
}
