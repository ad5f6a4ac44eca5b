// Reads the composed API schema: every root field, and a selection set that asks for everything a field returns.
import { readFileSync } from 'node:fs';
import {
  buildSchema, getNamedType, isEnumType, isInterfaceType, isNonNullType, isObjectType, isScalarType, isUnionType,
  type GraphQLField, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';

export type RootKind = 'query' | 'mutation' | 'subscription';

export interface RootField {
  kind: RootKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function loadApiSchema(path: string): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'));
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  const roots: [RootKind, GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()], ['mutation', schema.getMutationType()], ['subscription', schema.getSubscriptionType()],
  ];
  for (const [kind, type] of roots) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) out.push({ kind, name: field.name, field });
  }
  return out;
}

const hasRequiredArgs = (f: GraphQLField<unknown, unknown>) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/**
 * Every field reachable without arguments, down to `depth` object levels: the probe wants to see anything a
 * leak could hide in (nested tenants, members, versions, audit rows), not just the top-level ids.
 */
export function selectAll(type: GraphQLOutputType, depth = 4): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return '{ __typename }';
  if (!isObjectType(named) || depth <= 0) return '';
  const parts: string[] = [];
  for (const f of Object.values(named.getFields())) {
    if (hasRequiredArgs(f)) continue;
    const inner = getNamedType(f.type);
    if (isScalarType(inner) || isEnumType(inner)) {
      parts.push(f.name);
      continue;
    }
    const sub = selectAll(f.type, depth - 1);
    if (sub) parts.push(`${f.name} ${sub}`);
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

/** `query($a: ID!, …) { field(a: $a, …) { … } }` for one root field. */
export function operationFor(root: RootField, depth = 4): string {
  const vars = root.field.args.map((a) => `$${a.name}: ${String(a.type)}`);
  const args = root.field.args.map((a) => `${a.name}: $${a.name}`);
  const selection = selectAll(root.field.type, depth);
  const head = vars.length ? `(${vars.join(', ')})` : '';
  const call = args.length ? `(${args.join(', ')})` : '';
  return `${root.kind}${head} { ${root.name}${call} ${selection} }`;
}

