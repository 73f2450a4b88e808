import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { INTROSPECTION_ROOTS } from './shape.js';

export interface CostOptions {
  /** The page a paged field (one with `first`/`last`) is assumed to fill when neither is given; default 25. */
  defaultPageSize?: number;
  /** How many items any other list field is assumed to hold; default 10. */
  defaultListSize?: number;
}

/**
 * Estimates how many fields an operation resolves, before it runs:
 * - every field costs 1;
 * - a field with `first`/`last` arguments multiplies what is below it by their value (literal,
 *   variable, or the argument's default; else the default page size): directly when it returns a
 *   list (`recentTickets(first: 5)`), else through the lists of the connection it returns
 *   (`edges`, `nodes`), so its `pageInfo` counts once;
 * - any other list field multiplies what is below it by the default list size;
 * - fragments count where they are spread, each measured once per page size (memoised), so
 *   fragments spreading fragments cannot make the estimate itself expensive;
 * - introspection (`__schema`, `__type`) counts 1: graphql-js bounds it (MaxIntrospectionDepthRule).
 * The estimate is for refusing abuse, not for billing: it may overcount, never by surprise.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  options: CostOptions = {},
): number {
  const defaultPageSize = options.defaultPageSize ?? 25;
  const defaultListSize = options.defaultListSize ?? 10;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition.defaultValue]),
  );
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();

  /** The number an argument asks for: a non-negative integer, or undefined when it names none. */
  function count(value: ValueNode | undefined): number | undefined {
    if (!value) return undefined;
    if (value.kind === Kind.INT) return Math.max(0, Number(value.value));
    if (value.kind === Kind.VARIABLE) {
      const given = variables?.[value.name.value];
      if (typeof given === 'number' && Number.isFinite(given)) return Math.max(0, Math.floor(given));
      if (given === undefined) return count(variableDefaults.get(value.name.value) ?? undefined);
    }
    return undefined;
  }

  /** The page size a paged field asks for, or undefined when the field takes no `first`/`last`. */
  function pageSizeOf(node: FieldNode, field: GraphQLField<unknown, unknown>): number | undefined {
    const paging = field.args.filter((arg) => arg.name === 'first' || arg.name === 'last');
    if (paging.length === 0) return undefined;
    for (const arg of paging) {
      const given = count(node.arguments?.find((argument) => argument.name.value === arg.name)?.value);
      if (given !== undefined) return given;
    }
    for (const arg of paging) {
      if (typeof arg.defaultValue === 'number') return arg.defaultValue;
    }
    return defaultPageSize;
  }

  function fieldCost(node: FieldNode, parent: GraphQLCompositeType, pageSize: number | undefined): number {
    if (!node.selectionSet || INTROSPECTION_ROOTS.has(node.name.value)) return 1;
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!field) return 1;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) return 1;
    const isList = isListType(getNullableType(field.type));
    const paged = pageSizeOf(node, field);
    let multiplier = 1;
    let childPageSize: number | undefined;
    if (paged !== undefined && isList) multiplier = paged;
    else if (paged !== undefined) childPageSize = paged;
    // A list inside a paged connection (`edges`, `nodes`) holds one page.
    else if (isList) multiplier = pageSize ?? defaultListSize;
    return 1 + multiplier * selectionCost(node.selectionSet, named, childPageSize);
  }

  function fragmentCost(name: string, pageSize: number | undefined): number {
    const key = `${name}@${pageSize ?? ''}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(key)) return 0;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!type || !isCompositeType(type)) return 0;
    inProgress.add(key);
    const cost = selectionCost(fragment.selectionSet, type, pageSize);
    inProgress.delete(key);
    memo.set(key, cost);
    return cost;
  }

  function selectionCost(selectionSet: SelectionSetNode, parent: GraphQLCompositeType, pageSize: number | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += selectionCost(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent, pageSize);
      } else {
        total += fragmentCost(selection.name.value, pageSize);
      }
    }
    return total;
  }

  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(operation.selectionSet, root, undefined) : 0;
}
