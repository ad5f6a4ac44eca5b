// The manual trigger's input schema as a list of simple fields (name, type, required, description), and back.
// Schemas the list cannot express (nested objects with their own properties, enums, patterns …) stay JSON-only.
import { asSchema } from '@nexus/workflow-model/schema-compat';

export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface InputField { name: string; type: FieldType; required: boolean; description: string }

const SIMPLE_KEYS = new Set(['type', 'description']);

/** The fields of a flat object schema; null when the schema says more than fields can show. */
export function fieldsFromSchema(schema: unknown): InputField[] | null {
  if (schema === undefined) return [];
  const root = asSchema(schema);
  if (!root || root.type !== 'object') return null;
  if (Object.keys(root).some((k) => !['type', 'properties', 'required'].includes(k))) return null;
  const required = Array.isArray(root.required) ? root.required : [];
  const fields: InputField[] = [];
  for (const [name, raw] of Object.entries(asSchema(root.properties) ?? {})) {
    const prop = asSchema(raw);
    if (!prop || !(FIELD_TYPES as readonly unknown[]).includes(prop.type) || Object.keys(prop).some((k) => !SIMPLE_KEYS.has(k))) return null;
    fields.push({ name, type: prop.type as FieldType, required: required.includes(name), description: typeof prop.description === 'string' ? prop.description : '' });
  }
  return fields;
}

/** An object schema of the fields (undefined when there are none: any input is taken). Unnamed fields are left out. */
export function schemaFromFields(fields: readonly InputField[]): Record<string, unknown> | undefined {
  const named = fields.filter((f) => f.name.trim());
  if (named.length === 0) return undefined;
  const properties: Record<string, unknown> = {};
  for (const f of named) properties[f.name.trim()] = f.description.trim() ? { type: f.type, description: f.description.trim() } : { type: f.type };
  const required = named.filter((f) => f.required).map((f) => f.name.trim());
  return required.length ? { type: 'object', properties, required } : { type: 'object', properties };
}

/** Problems to show beside the list: duplicate names. */
export function fieldProblems(fields: readonly InputField[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const f of fields) {
    const name = f.name.trim();
    if (!name) continue;
    if (seen.has(name)) dupes.add(name);
    seen.add(name);
  }
  return [...dupes].map((name) => `Two fields are named “${name}”; names must differ.`);
}
