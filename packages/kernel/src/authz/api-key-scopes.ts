// What an API key's scopes allow, in permission names; today's coarse scopes map onto the catalogue.
import { isPermission, type TPermission } from './permissions';

/** Scopes issued before the permission catalogue existed. `keys:manage` also reads, as it always did. */
export const LEGACY_SCOPE_PERMISSIONS: Readonly<Record<string, readonly TPermission[]>> = {
  'agents:write': ['agents:publish', 'agents:deprecate'],
  'keys:manage': ['keys:read', 'keys:manage'],
};

/** Permissions a key's scopes allow; scope names that are neither permissions nor legacy scopes allow nothing. */
export function permissionsOfScopes(scopes: readonly string[]): Set<TPermission> {
  return new Set(scopes.flatMap((s) => LEGACY_SCOPE_PERMISSIONS[s] ?? (isPermission(s) ? [s] : [])));
}
