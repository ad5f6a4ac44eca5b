// Validation rule: refuse documents with more aliases than the limit (`a1: agents … a500: agents` fan-out).
import { visit, type DocumentNode, type ValidationRule } from 'graphql';
import { tooComplex } from '../errors';

/** Aliases as written; repetition through fragments is what the cost limit is for. */
export function aliasCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field(node) {
      if (node.alias) count++;
    },
  });
  return count;
}

export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context) => ({
    Document(document) {
      const count = aliasCount(document);
      if (count > maxAliases) {
        context.reportError(tooComplex('aliases', count, maxAliases, `Query uses ${count} aliases, which exceeds the limit of ${maxAliases}.`));
      }
      return false;
    },
  });
}
