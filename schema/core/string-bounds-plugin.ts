import SchemaBuilder, { BasePlugin, type PothosInputFieldType, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLField, GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { InputError, type FieldIssue } from '../../domain/errors.js';
import { argumentsCheck } from './string-bounds.js';

type ArgsCheck = ((args: Record<string, unknown>) => FieldIssue[]) | null;

/** Whether an argument may hold a string: a String or ID, a list of them, or an input object (its fields are checked). */
function mayHoldString<Types extends SchemaTypes>(type: PothosInputFieldType<Types>): boolean {
  if (type.kind === 'List') return mayHoldString(type.type);
  if (type.kind === 'InputObject') return true;
  return type.kind === 'Scalar' && (type.ref === 'String' || type.ref === 'ID' || typeof type.ref !== 'string');
}

/** Whether a field takes an argument that may hold a string: only those are wrapped (`first: Int` costs nothing). */
function takesStrings<Types extends SchemaTypes>(fieldConfig: PothosOutputFieldConfig<Types>): boolean {
  return Object.values(fieldConfig.args).some((arg) => mayHoldString(arg.type));
}

/**
 * Refuses a string argument or input field longer than its bound (string-bounds.ts), before the
 * field's resolver runs: a ValidationError naming the field as the caller sent it
 * (`input.requester.email: must be at most 254 characters`). Registered after scope-auth (a
 * caller without the role learns nothing of the input) and after the errors plugin (a mutation
 * answers with its typed ValidationError). Only fields with an argument that may hold a string
 * are wrapped; each builds its check once, from the executable schema, on its first call.
 */
export class StringBoundsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  readonly #checks = new WeakMap<GraphQLField<unknown, unknown>, ArgsCheck>();

  #check(info: GraphQLResolveInfo, args: object): void {
    const field = info.parentType.getFields()[info.fieldName];
    if (!field) return;
    let check = this.#checks.get(field);
    if (check === undefined) {
      check = argumentsCheck(info.parentType.name, field);
      this.#checks.set(field, check);
    }
    const issues = check?.(args as Record<string, unknown>);
    if (issues && issues.length > 0) throw new InputError(issues);
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!takesStrings(fieldConfig)) return resolver;
    return (parent, args, context, info) => {
      this.#check(info, args);
      return resolver(parent, args, context, info);
    };
  }

  override wrapSubscribe(
    subscribe: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    if (!subscribe || !takesStrings(fieldConfig)) return subscribe;
    return (parent, args, context, info) => {
      this.#check(info, args);
      return subscribe(parent, args, context, info);
    };
  }
}

const pluginName = 'stringBounds';
export default pluginName;

SchemaBuilder.registerPlugin(pluginName, StringBoundsPlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos declares its plugins in this namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      stringBounds: StringBoundsPlugin<Types>;
    }
  }
}
