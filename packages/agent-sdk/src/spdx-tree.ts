// The one SPDX license-expression parser (spdx-expression-parse is not installed here); same tree shape as that package.

export type SpdxNode =
  | { license: string; plus?: true; exception?: string }
  | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };

const TOKEN = /\s*(\(|\)|[A-Za-z0-9.:-]+\+?)/y;
const ID = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?(?:LicenseRef-)?[A-Za-z0-9.-]+$/;

export class SpdxSyntaxError extends Error {}

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expression);
    if (!m) {
      if (expression.slice(at).trim() === '') break;
      throw new SpdxSyntaxError(`unexpected character at position ${at}`);
    }
    tokens.push(m[1]!);
  }
  return tokens;
}

/**
 * Grammar (SPDX 2.3 annex D), with OR binding looser than AND:
 *   or := and ("OR" and)* ; and := with ("AND" with)* ; with := atom ("WITH" id)? ; atom := "(" or ")" | id["+"]
 * Operators are matched case-insensitively, as npm and the SPDX tools do in practice.
 */
export function parseSpdx(expression: string): SpdxNode {
  const tokens = tokenize(expression);
  let pos = 0;
  const peekOp = (op: string) => tokens[pos]?.toUpperCase() === op;
  const binary = (op: 'AND' | 'OR', next: () => SpdxNode): SpdxNode => {
    let left = next();
    while (peekOp(op)) {
      pos++;
      left = { left, conjunction: op === 'AND' ? 'and' : 'or', right: next() };
    }
    return left;
  };
  const atom = (): SpdxNode => {
    const token = tokens[pos++];
    if (token === undefined) throw new SpdxSyntaxError('ends where a license id was expected');
    if (token === '(') {
      const inner = or();
      if (tokens[pos++] !== ')') throw new SpdxSyntaxError('has an unclosed "("');
      return inner;
    }
    const plus = token.endsWith('+');
    const license = plus ? token.slice(0, -1) : token;
    if (!ID.test(license) || ['AND', 'OR', 'WITH'].includes(license.toUpperCase())) throw new SpdxSyntaxError(`has "${token}" where a license id was expected`);
    const node: SpdxNode = plus ? { license, plus: true } : { license };
    if (peekOp('WITH')) {
      pos++;
      const exception = tokens[pos++];
      if (exception === undefined || !ID.test(exception)) throw new SpdxSyntaxError('WITH needs an exception id');
      node.exception = exception;
    }
    return node;
  };
  const and = () => binary('AND', atom);
  const or = (): SpdxNode => binary('OR', and);
  if (tokens.length === 0) throw new SpdxSyntaxError('is empty');
  const tree = or();
  if (pos !== tokens.length) throw new SpdxSyntaxError(`has an unexpected "${tokens[pos]}"`);
  return tree;
}

/** Every license id an expression mentions, e.g. to say which of them a policy denied. */
export function spdxLicenses(node: SpdxNode): string[] {
  return 'license' in node ? [node.license] : [...spdxLicenses(node.left), ...spdxLicenses(node.right)];
}
