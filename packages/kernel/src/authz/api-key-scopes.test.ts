import { describe, expect, it } from 'vitest';
import { permissionsOfScopes } from './api-key-scopes';

describe('API key scopes', () => {
  it('maps legacy scopes, keeps catalogue names and drops anything else', () => {
    expect([...permissionsOfScopes(['agents:write'])].sort()).toEqual(['agents:deprecate', 'agents:publish']);
    expect([...permissionsOfScopes(['keys:manage'])].sort()).toEqual(['keys:manage', 'keys:read']);
    expect([...permissionsOfScopes(['agents:read', 'workflows:run', 'root', '*'])].sort()).toEqual(['agents:read', 'workflows:run']);
  });
});
