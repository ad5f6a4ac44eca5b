// Validation rule: refuse operations nested deeper than the limit.
import { Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { tooComplex } from '../errors';
import { type Fragments, fieldsOf, fragmentsOf } from './selections';

/**
 * `{ a { b } }` has depth 2. Exact up to `stopAt`; past it the walk stops descending (the answer is
 * "too deep" either way, and a hostile query stays cheap to judge) and returns `stopAt + 1`.
 */
export function selectionDepth(set: SelectionSetNode, fragments: Fragments, stopAt = Infinity): number {
  if (stopAt <= 0) return 1;
  let max = 0;
  for (const { field } of fieldsOf(set, fragments)) {
    const below = field.selectionSet ? selectionDepth(field.selectionSet, fragments, stopAt - 1) : 0;
    max = Math.max(max, 1 + below);
    if (max > stopAt) break;
  }
  return max;
}

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => ({
    Document(document) {
      const fragments = fragmentsOf(document);
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const depth = selectionDepth(def.selectionSet, fragments, maxDepth + 1);
        if (depth <= maxDepth) continue;
        const shown = depth > maxDepth + 1 ? `at least ${maxDepth + 2}` : String(depth);
        context.reportError(tooComplex('depth', depth, maxDepth, `Query depth ${shown} exceeds the limit of ${maxDepth}.`));
      }
      return false;
    },
  });
}
