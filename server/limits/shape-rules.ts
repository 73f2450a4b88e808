import { type ValidationContext, type ValidationRule } from 'graphql';
import { limitError } from './limit-error.js';
import { shapeMeasurer } from './shape.js';

/**
 * Validation rules for the document-only limits: nesting depth and aliases per operation,
 * fragments expanded. They depend on the document alone, so yoga's validation cache keeps their
 * verdict (the rule functions' names are part of its key).
 */
export function shapeRules(limits: { maxDepth: number; maxAliases: number }): ValidationRule[] {
  return [
    function SwitchboardOperationShapeRule(context: ValidationContext) {
      const measure = shapeMeasurer((name) => context.getFragment(name));
      return {
        OperationDefinition(operation) {
          const { depth, aliases } = measure(operation.selectionSet);
          const name = operation.name ? `Operation ${operation.name.value}` : 'The operation';
          if (depth > limits.maxDepth) {
            context.reportError(
              limitError('QUERY_TOO_DEEP', `${name} nests fields ${depth} levels deep; the limit is ${limits.maxDepth} (LIMIT_MAX_DEPTH)`, limits.maxDepth, depth),
            );
          }
          if (aliases > limits.maxAliases) {
            context.reportError(
              limitError('TOO_MANY_ALIASES', `${name} uses ${aliases} aliases; the limit is ${limits.maxAliases} (LIMIT_MAX_ALIASES)`, limits.maxAliases, aliases),
            );
          }
          // Nothing below needs visiting: the measurer walked it.
          return false;
        },
        FragmentDefinition: () => false,
      };
    },
  ];
}
