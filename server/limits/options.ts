/** Bounds on one GraphQL request, checked before anything runs (config: LIMIT_*). */
export interface OperationLimits {
  /** Nested field levels in one operation, fragments expanded; LIMIT_MAX_DEPTH, default 12. */
  maxDepth: number;
  /** Aliased fields in one operation, fragments expanded; LIMIT_MAX_ALIASES, default 30. */
  maxAliases: number;
  /** Lexical tokens in the document (names, punctuation, values); LIMIT_MAX_TOKENS, default 2000. */
  maxTokens: number;
  /** Estimated fields resolved (see cost.ts); LIMIT_MAX_COST, default 10,000. */
  maxCost: number;
  /** Bytes of one HTTP request body; LIMIT_MAX_BODY_BYTES, default 1 MiB. */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxCost: 10_000,
  maxBodyBytes: 1_048_576,
};
