import { describe, expect, it } from 'vitest';
import { DEFAULT_LICENSE_POLICY, scanLicense } from './scan-license.js';
import { parseSpdx } from '@nexus/agent-sdk/spdx-tree';

const codes = (license: string | undefined, policy = DEFAULT_LICENSE_POLICY) => scanLicense(license, policy).map((f) => `${f.severity} ${f.code}`);

describe('scanLicense', () => {
  it('accepts allowed licenses, case-insensitively', () => {
    expect(codes('MIT')).toEqual([]);
    expect(codes('apache-2.0')).toEqual([]);
  });

  it('rejects licenses that are not allowed, and says when the policy denies one', () => {
    expect(codes('GPL-3.0-only')).toEqual(['high LICENSE_NOT_ALLOWED']);
    const policy = { ...DEFAULT_LICENSE_POLICY, deny: ['AGPL-3.0-only'] };
    expect(scanLicense('AGPL-3.0-only', policy)[0]!.message).toMatch(/AGPL-3\.0-only is denied/);
    expect(codes('MIT', { allow: ['MIT'], deny: ['MIT'] })).toEqual(['high LICENSE_DENIED']);
  });

  it('passes OR when any branch is allowed and AND only when all are', () => {
    expect(codes('MIT OR GPL-3.0')).toEqual([]);
    expect(codes('(GPL-2.0-only OR Apache-2.0) AND ISC')).toEqual([]);
    expect(codes('MIT AND GPL-3.0')).toEqual(['high LICENSE_NOT_ALLOWED']);
    expect(codes('GPL-2.0-only WITH Classpath-exception-2.0')).toEqual(['high LICENSE_NOT_ALLOWED']);
  });

  it('rejects UNLICENSED on the public marketplace unless the policy allows proprietary packages', () => {
    expect(codes('UNLICENSED')).toEqual(['high LICENSE_PROPRIETARY']);
    expect(codes('SEE LICENSE IN LICENSE.txt')).toEqual(['high LICENSE_PROPRIETARY']);
    expect(codes('UNLICENSED', { ...DEFAULT_LICENSE_POLICY, allowProprietary: true })).toEqual(['info LICENSE_PROPRIETARY']);
  });

  it('rejects missing and malformed expressions', () => {
    expect(codes(undefined)).toEqual(['high LICENSE_MISSING']);
    expect(codes('MIT OR')).toEqual(['high LICENSE_INVALID']);
    expect(codes('(MIT')).toEqual(['high LICENSE_INVALID']);
    expect(codes('MIT/Apache')).toEqual(['high LICENSE_INVALID']);
  });
});

describe('parseSpdx', () => {
  it('binds AND tighter than OR and keeps + and WITH', () => {
    expect(parseSpdx('MIT OR Apache-2.0 AND GPL-2.0+ WITH Bison-exception-2.2')).toEqual({
      left: { license: 'MIT' },
      conjunction: 'or',
      right: { left: { license: 'Apache-2.0' }, conjunction: 'and', right: { license: 'GPL-2.0', plus: true, exception: 'Bison-exception-2.2' } },
    });
  });
});
