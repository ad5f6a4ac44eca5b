// Walks an operation's selections with fragments expanded in place, guarding against fragment cycles and repeats.
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export type Fragments = Map<string, FragmentDefinitionNode>;

export function fragmentsOf(document: DocumentNode): Fragments {
  const map: Fragments = new Map();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  return map;
}

export interface FieldVisit {
  field: FieldNode;
  /** The type condition of the nearest fragment around the field, when there is one. */
  typeCondition: string | undefined;
}

/**
 * The fields one selection set contributes, fragments flattened. Introspection fields (`__schema`,
 * `__type`, `__typename`) are skipped: GraphiQL's own schema query must never trip a limit.
 * A fragment is expanded once per selection set (spreading it twice merges, as in execution), which
 * also stops cycles and the exponential blow-up of fragments that spread each other twice.
 */
export function fieldsOf(set: SelectionSetNode, fragments: Fragments, seen = new Set<string>(), typeCondition?: string): FieldVisit[] {
  const out: FieldVisit[] = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (!sel.name.value.startsWith('__')) out.push({ field: sel, typeCondition });
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      out.push(...fieldsOf(sel.selectionSet, fragments, seen, sel.typeCondition?.name.value ?? typeCondition));
    } else {
      const frag = fragments.get(sel.name.value);
      if (!frag || seen.has(frag.name.value)) continue;
      seen.add(frag.name.value);
      out.push(...fieldsOf(frag.selectionSet, fragments, seen, frag.typeCondition.name.value));
    }
  }
  return out;
}
