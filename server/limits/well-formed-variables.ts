import { GraphQLError } from 'graphql';

/** A lone surrogate: a high one not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string in `variables` that is not well-formed Unicode (a lone UTF-16
 * surrogate, which JSON's `\ud800` escapes allow), or undefined. GraphQL strings are Unicode text
 * (the lexer refuses the same in a literal), and such a string would otherwise reach a vendor
 * client and fail there, in encodeURIComponent, as an unexpected error. Walks iteratively, so
 * variables nested a hundred thousand levels deep cannot overflow the stack.
 */
export function malformedVariable(variables: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value: variables, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return path;
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], path: `${path}[${index}]` });
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) return `${path}.<key>`;
        stack.push({ value: item, path: path ? `${path}.${key}` : `$${key}` });
      }
    }
  }
  return undefined;
}

/** The refusal for {@link malformedVariable}: a request error, like a lone surrogate in the query text. */
export function malformedVariableError(path: string): GraphQLError {
  return new GraphQLError(`Variable ${path} is not well-formed Unicode (it holds a lone UTF-16 surrogate)`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400, spec: true } },
  });
}
