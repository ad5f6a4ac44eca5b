// Compiles a JSONata expression only to report syntax errors at design time, pinned to the config field.
import jsonata from 'jsonata';
import type { ConfigIssue } from './node-type';

export function checkJsonata(expression: unknown, field: string): ConfigIssue[] {
  try {
    jsonata(String(expression));
    return [];
  } catch (error) {
    const detail = error as { message?: string; position?: number };
    const at = typeof detail.position === 'number' ? ` at position ${detail.position}` : '';
    return [{ field, message: `${field} is not a valid JSONata expression${at}: ${detail.message ?? String(error)}` }];
  }
}
