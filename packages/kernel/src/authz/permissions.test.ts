import { describe, expect, it } from 'vitest';
import { PERMISSION_CATALOGUE, PERMISSIONS, ZPermission, isPlatformPermission } from './permissions';

describe('permission catalogue', () => {
  it('lists each permission once, as feature:action, with a description', () => {
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
    for (const p of PERMISSION_CATALOGUE) {
      expect(p.name.startsWith(`${p.feature}:`)).toBe(true);
      expect(p.description.length).toBeGreaterThan(10);
    }
  });
  it('rejects unknown permissions with the list of known ones', () => {
    expect(ZPermission.safeParse('agents:publish').success).toBe(true);
    expect(ZPermission.safeParse('agents:write').error?.issues[0]?.message).toMatch(/^unknown permission "agents:write"; known: agents:read, /);
  });
  it('marks moderation as the only platform permission', () => {
    expect(PERMISSIONS.filter(isPlatformPermission)).toEqual(['agents:review']);
  });
});
