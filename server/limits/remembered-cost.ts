import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { estimateCost, type CostOptions } from './cost.js';

/** Page sizes one operation is remembered at (distinct `first`/`last` variable values); past it, the memo starts over. */
const SIZES_KEPT = 64;

interface Remembered {
  /** The variables the estimate read (the `first`/`last` ones): the cost depends on nothing else. */
  read: string[];
  costs: Map<string, number>;
}

/**
 * {@link estimateCost}, remembered per schema, parsed document (yoga's parse cache hands the
 * same DocumentNode for the same text) and operation, and per value of the variables the estimate
 * read: a repeated operation costs a map look-up, not a walk of its document. The first estimate
 * notes which variables it read; a later request with other values there is estimated afresh.
 */
export function rememberedCost(options?: CostOptions) {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<OperationDefinitionNode, Remembered>>>();
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>> | null | undefined,
  ): number => {
    let byDocument = bySchema.get(schema);
    if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, (byOperation = new Map()));
    const known = byOperation.get(operation);
    if (known) {
      const key = keyOf(known.read, variables);
      const cost = known.costs.get(key);
      if (cost !== undefined) return cost;
      if (known.costs.size >= SIZES_KEPT) known.costs.clear();
      const fresh = estimateCost(schema, document, operation, variables, options);
      known.costs.set(key, fresh);
      return fresh;
    }
    const read = new Set<string>();
    const tracked = new Proxy(variables ?? {}, {
      get(target, name) {
        if (typeof name === 'string') read.add(name);
        return Reflect.get(target, name);
      },
    });
    const cost = estimateCost(schema, document, operation, tracked, options);
    const names = [...read];
    byOperation.set(operation, { read: names, costs: new Map([[keyOf(names, variables), cost]]) });
    return cost;
  };
}

/** What the estimate can tell apart in a variable: a number's value, an absent one, anything else. */
function keyOf(names: readonly string[], variables: Readonly<Record<string, unknown>> | null | undefined): string {
  let key = '';
  for (const name of names) {
    const value = variables?.[name];
    key += typeof value === 'number' ? `${value},` : value === undefined ? 'u,' : 'x,';
  }
  return key;
}
