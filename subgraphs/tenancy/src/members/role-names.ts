// Role names as stored: built-ins upper-case (OWNER), custom roles lower-case slugs. Input may use any case.
import { BUILT_IN_ROLES } from '@nexus/kernel/authz/roles';

const BUILT_IN = new Set<string>(BUILT_IN_ROLES);

export const isBuiltInRole = (name: string): boolean => BUILT_IN.has(name.trim().toLowerCase());

/** The stored spelling of a role name: `admin` → `ADMIN`, `Support` → `support`. */
export function storedRoleName(name: string): string {
  const lower = name.trim().toLowerCase();
  return BUILT_IN.has(lower) ? lower.toUpperCase() : lower;
}
