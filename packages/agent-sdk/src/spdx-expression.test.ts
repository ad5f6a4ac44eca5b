import { describe, expect, it } from 'vitest';
import { spdxProblem } from './spdx-expression';

describe('spdxProblem', () => {
  it.each(['MIT', 'Apache-2.0', 'GPL-2.0+', 'MIT OR Apache-2.0', '(MIT AND BSD-3-Clause) OR ISC', 'GPL-3.0-only WITH GCC-exception-3.1', 'LicenseRef-Acme-1', 'UNLICENSED'])(
    'accepts %s',
    (expr) => expect(spdxProblem(expr)).toBeNull(),
  );

  it.each([
    ['', /empty/],
    ['mit', /"mit", which is not an SPDX license id/],
    ['MIT OR', /ends where a license id was expected/],
    ['(MIT OR ISC', /unclosed/],
    ['MIT ISC', /unexpected "ISC"/],
    ['MIT WITH Nothing-1.0', /not an SPDX license exception/],
    ['AND MIT', /"AND" where a license id was expected/],
  ])('refuses "%s"', (expr, message) => expect(spdxProblem(expr)).toMatch(message));
});
