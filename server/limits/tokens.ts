import { Lexer, parse, Source, TokenKind, type DocumentNode, type ParseOptions } from 'graphql';
import { limitError } from './limit-error.js';

/**
 * Brackets a document may nest before it is refused unparsed. graphql-js parses recursively,
 * several stack frames per level, so a document of a few thousand `{` would overflow the stack
 * (a 500) before the depth rule ever saw it; this bound sits far above any query the depth
 * limit lets through (selection levels plus argument objects and lists).
 */
export function maxNestingFor(maxDepth: number): number {
  return maxDepth * 2 + 16;
}

interface Measured {
  tokens: number;
  nesting: number;
}

/**
 * Counts the document's tokens and its deepest bracket nesting with graphql's own lexer,
 * without building anything. A lexical error stops the count; the parser then reports it.
 */
function measure(source: Source): Measured {
  const lexer = new Lexer(source);
  let tokens = 0;
  let open = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens++;
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.PAREN_L || token.kind === TokenKind.BRACKET_L) {
        open++;
        if (open > nesting) nesting = open;
      } else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.PAREN_R || token.kind === TokenKind.BRACKET_R) {
        open--;
      }
    }
  } catch {
    // A syntax error: parse() below reports it with its location.
  }
  return { tokens, nesting };
}

/**
 * A `parse` that refuses documents with more than `maxTokens` tokens (TOO_MANY_TOKENS) or
 * brackets nested deeper than the depth limit allows (QUERY_TOO_DEEP), before building an AST.
 * Lexing is linear in the body, which the body-size limit bounds.
 */
export function limitedParse(limits: { maxTokens: number; maxDepth: number }) {
  const maxNesting = maxNestingFor(limits.maxDepth);
  return (source: string | Source, options?: ParseOptions): DocumentNode => {
    const body = typeof source === 'string' ? new Source(source) : source;
    const { tokens, nesting } = measure(body);
    if (tokens > limits.maxTokens) {
      throw limitError(
        'TOO_MANY_TOKENS',
        `The document has ${tokens} tokens; the limit is ${limits.maxTokens} (LIMIT_MAX_TOKENS)`,
        limits.maxTokens,
        tokens,
      );
    }
    if (nesting > maxNesting) {
      throw limitError(
        'QUERY_TOO_DEEP',
        `The document nests brackets ${nesting} levels deep; queries within the depth limit of ${limits.maxDepth} (LIMIT_MAX_DEPTH) need at most ${maxNesting}`,
        maxNesting,
        nesting,
      );
    }
    // maxTokens again: the parser's own guard, in case its count ever differs from the lexer's.
    return parse(body, { ...options, maxTokens: limits.maxTokens });
  };
}
