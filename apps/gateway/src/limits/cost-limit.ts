// Estimated cost of an operation: each field costs 1, a paginated or list field multiplies what it selects.
import {
  getNamedType, getNullableType, isCompositeType, isListType, Kind, type GraphQLCompositeType, type GraphQLField,
  type GraphQLError, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { tooComplex } from '../errors';
import { type Fragments, fieldsOf } from './selections';
import { LIST_SIZE_HINTS } from './list-size-hints';

/** Assumed page size for a list or connection asked for without `first`/`last`. */
export const DEFAULT_LIST_SIZE = 20;
/** Nobody gets more than this per page, so asking for more does not cost more. */
export const MAX_LIST_SIZE = 1000;

interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Fragments;
  variables: Record<string, unknown> | null | undefined;
}

/** Stops adding once past `budget`, so a hostile query costs little to judge; the result is then only "> budget". */
export function operationCost(input: CostInput, budget = Infinity): number {
  const root = input.schema.getRootType(input.operation.operation);
  return root ? setCost(input, input.operation.selectionSet, root, false, budget) : 0;
}

function setCost(input: CostInput, set: SelectionSetNode, parent: GraphQLCompositeType, parentPaginated: boolean, budget: number): number {
  let total = 0;
  for (const { field, typeCondition } of fieldsOf(set, input.fragments)) {
    const owner = typeCondition ? input.schema.getType(typeCondition) : parent;
    const def = owner && 'getFields' in owner ? (owner.getFields()[field.name.value] as GraphQLField<unknown, unknown> | undefined) : undefined;
    total += 1;
    if (def && field.selectionSet) {
      const child = getNamedType(def.type);
      const paginated = def.args.some((a) => a.name === 'first' || a.name === 'last');
      const multiplier = paginated
        ? pageSize(field.arguments ?? [], input.variables)
        : isListType(getNullableType(def.type)) && !parentPaginated ? (owner && LIST_SIZE_HINTS[`${owner.name}.${def.name}`]) ?? DEFAULT_LIST_SIZE : 1;
      if (isCompositeType(child) && multiplier > 0) {
        total += multiplier * setCost(input, field.selectionSet, child, paginated, (budget - total) / multiplier);
      }
    }
    if (total > budget) return total;
  }
  return total;
}

/** `first`/`last` as a literal or a variable; absent or unreadable → the default page size. */
function pageSize(args: readonly { name: { value: string }; value: ValueNode }[], variables: CostInput['variables']): number {
  const arg = args.find((a) => a.name.value === 'first') ?? args.find((a) => a.name.value === 'last');
  let n: unknown;
  if (arg?.value.kind === Kind.INT) n = Number(arg.value.value);
  else if (arg?.value.kind === Kind.VARIABLE) n = variables?.[arg.value.name.value];
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.min(n, MAX_LIST_SIZE) : DEFAULT_LIST_SIZE;
}

/** The QUERY_TOO_COMPLEX error to answer with, or null when the operation is within the limit. */
export function costLimitError(input: CostInput, maxCost: number): GraphQLError | null {
  // Exact up to 4× the limit so the message helps; beyond that only a bound is worth computing.
  const ceiling = maxCost * 4;
  const cost = operationCost(input, ceiling);
  if (cost > maxCost) {
    const shown = cost > ceiling ? `more than ${ceiling}` : String(cost);
    return tooComplex('cost', cost, maxCost, `Query cost ${shown} exceeds the limit of ${maxCost} (each field costs 1; list fields multiply by \`first\`, ${DEFAULT_LIST_SIZE} when absent).`);
  }
  return null;
}
