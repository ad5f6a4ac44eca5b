// Checks SPDX license expressions (`MIT`, `(Apache-2.0 OR MIT)`, `GPL-2.0-or-later WITH Classpath-exception-2.0`)
// against the SPDX id lists, vendored in spdx-ids.json from spdx-license-ids / spdx-exceptions (both CC0).
import ids from './spdx-ids.json' with { type: 'json' };
import { parseSpdx, SpdxSyntaxError, type SpdxNode } from './spdx-tree';

const licenses = new Set([...ids.licenses, ...ids.deprecated]);
const exceptions = new Set(ids.exceptions);
// npm's marker for "not licensed for use by others"; not SPDX, but every registry accepts it.
const UNLICENSED = 'UNLICENSED';
const LICENSE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
// The parser reads operators in any case, as registries do; manifests must use the canonical upper case.
const LOWER_CASE_OPERATOR = /(^|[\s()])(and|or|with|And|Or|With)(?=$|[\s()])/;

function idProblem(node: SpdxNode): string | null {
  if (!('license' in node)) return idProblem(node.left) ?? idProblem(node.right);
  if (!licenses.has(node.license) && !LICENSE_REF.test(node.license)) return `uses "${node.license}", which is not an SPDX license id (see https://spdx.org/licenses/)`;
  if (node.exception !== undefined && !exceptions.has(node.exception)) return `uses "${node.exception}", which is not an SPDX license exception`;
  return null;
}

/** Returns null for a valid expression, otherwise why it is not one. */
export function spdxProblem(expression: string): string | null {
  if (expression === UNLICENSED) return null;
  const lower = LOWER_CASE_OPERATOR.exec(expression);
  if (lower) return `has an unexpected "${lower[2]}" (operators are upper-case AND, OR, WITH)`;
  try {
    return idProblem(parseSpdx(expression));
  } catch (e) {
    if (e instanceof SpdxSyntaxError) return e.message;
    throw e;
  }
}
