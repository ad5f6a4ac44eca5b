// Design-time check that a value shaped by one port's JSON Schema can be fed to another port's schema. Pure, so the
// workflow compiler and the web builder share it (the builder refuses a connection the compiler would refuse).

export type JsonSchema = Record<string, unknown>;

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;

function typesOf(schema: JsonSchema): string[] | null {
  const t = schema.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return null; // no `type`: any value
}

function accepts(targetTypes: string[], sourceType: string): boolean {
  // Every integer is a number; the reverse would need a runtime check.
  return targetTypes.includes(sourceType) || (sourceType === 'integer' && targetTypes.includes('number'));
}

export function asSchema(value: unknown): JsonSchema | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : null;
}

/**
 * True when every value the source schema allows is of a type the target allows. An untyped target accepts
 * anything; an untyped source is let through too, since its type is only known at run time (the runtime validates).
 * Arrays compare their `items`; objects compare the properties both declare and the target's required ones.
 */
export function isAssignable(source: JsonSchema, target: JsonSchema): boolean {
  const targetTypes = typesOf(target);
  const sourceTypes = typesOf(source);
  if (targetTypes === null || sourceTypes === null) return true;
  if (!sourceTypes.every((t) => TYPES.includes(t as (typeof TYPES)[number]) && accepts(targetTypes, t))) return false;

  if (sourceTypes.includes('array')) {
    const sItems = asSchema(source.items);
    const tItems = asSchema(target.items);
    if (sItems && tItems && !isAssignable(sItems, tItems)) return false;
  }
  if (sourceTypes.includes('object')) {
    const sProps = asSchema(source.properties) ?? {};
    const tProps = asSchema(target.properties) ?? {};
    for (const [name, tProp] of Object.entries(tProps)) {
      const sProp = asSchema(sProps[name]);
      const t = asSchema(tProp);
      if (sProp && t && !isAssignable(sProp, t)) return false;
    }
    // A required target property is only guaranteed when the source also requires it.
    const sRequired = Array.isArray(source.required) ? source.required : [];
    const tRequired = Array.isArray(target.required) ? target.required : [];
    if (Object.keys(sProps).length > 0 && tRequired.some((name) => !sRequired.includes(name))) return false;
  }
  return true;
}

export function describeSchemaType(schema: JsonSchema): string {
  const types = typesOf(schema);
  if (types === null) return 'any';
  const base = types.join(' | ');
  const items = asSchema(schema.items);
  return types.includes('array') && items ? `${base} of ${describeSchemaType(items)}` : base;
}
