import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** How deep and how aliased one selection set is, its fragments expanded. */
export interface Shape {
  /** Nested field levels. */
  depth: number;
  /** Aliased fields, counted once per time they would be resolved through fragment spreads. */
  aliases: number;
}

/**
 * Introspection roots whose subtrees are left to graphql-js's MaxIntrospectionDepthRule (part of
 * the specified rules) and the token limit: GraphiQL's introspection query is deeper than any
 * application query needs to be, and its lists are bounded by the schema.
 */
export const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Measures selection sets with each fragment measured once (memoised), so a document that
 * spreads fragments into fragments exponentially costs linear work here; a fragment cycle
 * (reported by NoFragmentCyclesRule) measures as empty instead of recursing forever.
 */
export function shapeMeasurer(fragments: (name: string) => FragmentDefinitionNode | undefined | null) {
  const done = new Map<string, Shape>();
  const inProgress = new Set<string>();

  function ofFragment(name: string): Shape {
    const known = done.get(name);
    if (known) return known;
    const fragment = fragments(name);
    if (!fragment || inProgress.has(name)) return { depth: 0, aliases: 0 };
    inProgress.add(name);
    const shape = of(fragment.selectionSet);
    inProgress.delete(name);
    done.set(name, shape);
    return shape;
  }

  function of(selectionSet: SelectionSetNode): Shape {
    let depth = 0;
    let aliases = 0;
    for (const selection of selectionSet.selections) {
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        if (INTROSPECTION_ROOTS.has(selection.name.value)) {
          inner = { depth: 1, aliases: 0 };
        } else {
          const below = selection.selectionSet ? of(selection.selectionSet) : { depth: 0, aliases: 0 };
          inner = { depth: below.depth + 1, aliases: below.aliases };
        }
        if (selection.alias) inner = { ...inner, aliases: inner.aliases + 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = of(selection.selectionSet);
      } else {
        inner = ofFragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    }
    return { depth, aliases };
  }

  return of;
}
