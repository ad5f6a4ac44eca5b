// Checks SPDX license expressions (`MIT`, `(Apache-2.0 OR MIT)`, `GPL-2.0-or-later WITH Classpath-exception-2.0`).
// A small stand-in for spdx-expression-parse, which is not in the lockfile: same grammar, same id lists
// (vendored in spdx-ids.json from spdx-license-ids / spdx-exceptions, both CC0).
import ids from './spdx-ids.json' with { type: 'json' };

const licenses = new Set([...ids.licenses, ...ids.deprecated]);
const exceptions = new Set(ids.exceptions);
// npm's marker for "not licensed for use by others"; not SPDX, but every registry accepts it.
const UNLICENSED = 'UNLICENSED';
const LICENSE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

/** Returns null for a valid expression, otherwise why it is not one. */
export function spdxProblem(expression: string): string | null {
  if (expression === UNLICENSED) return null;
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length === 0) return 'is empty';
  let pos = 0;
  const peek = () => tokens[pos];

  // Grammar (SPDX 2.3 annex D): or := and ("OR" and)* ; and := with ("AND" with)* ; with := atom ("WITH" exception)?
  function atom(): string | null {
    const t = tokens[pos++];
    if (t === undefined) return 'ends where a license id was expected';
    if (t === '(') {
      const inner = or();
      if (inner) return inner;
      if (tokens[pos++] !== ')') return 'has an unclosed "("';
      return null;
    }
    if (t === ')' || t === 'AND' || t === 'OR' || t === 'WITH') return `has "${t}" where a license id was expected`;
    const id = t.endsWith('+') ? t.slice(0, -1) : t;
    if (licenses.has(id) || LICENSE_REF.test(id)) return null;
    return `uses "${id}", which is not an SPDX license id (see https://spdx.org/licenses/)`;
  }
  function withClause(): string | null {
    const a = atom();
    if (a || peek() !== 'WITH') return a;
    pos++;
    const exception = tokens[pos++];
    if (exception === undefined || !exceptions.has(exception)) return `uses "${exception ?? ''}", which is not an SPDX license exception`;
    return null;
  }
  function and(): string | null {
    let problem = withClause();
    while (!problem && peek() === 'AND') {
      pos++;
      problem = withClause();
    }
    return problem;
  }
  function or(): string | null {
    let problem = and();
    while (!problem && peek() === 'OR') {
      pos++;
      problem = and();
    }
    return problem;
  }

  const problem = or();
  if (problem) return problem;
  if (pos < tokens.length) return `has an unexpected "${tokens[pos]}" (operators are upper-case AND, OR, WITH)`;
  return null;
}
