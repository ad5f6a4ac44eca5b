// Checks a manifest's SPDX license expression against the marketplace's license policy.
import { parseSpdx, spdxLicenses, type SpdxNode } from '@nexus/agent-sdk/spdx-tree';
import type { Finding } from './step-report.js';

export interface LicensePolicy {
  /** SPDX ids (or full `X WITH Y` strings) that may be published. */
  allow: string[];
  /** Ids refused even if allowed, so the report can say "denied" rather than "not on the list". */
  deny?: string[];
  /** Proprietary packages (`UNLICENSED`, `SEE LICENSE IN …`) are refused on the public marketplace; a private one may allow them. */
  allowProprietary?: boolean;
}

export const DEFAULT_LICENSE_POLICY: LicensePolicy = {
  allow: ['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'MPL-2.0', 'CC0-1.0', 'Unlicense'],
  deny: [],
  allowProprietary: false,
};

const MANIFEST = 'nexus-agent.json';
const key = (id: string) => id.toLowerCase();

function allowedLeaf(node: { license: string; plus?: true; exception?: string }, allow: Set<string>, deny: Set<string>): boolean {
  const id = key(node.license + (node.plus ? '+' : ''));
  if (deny.has(id) || deny.has(key(node.license))) return false;
  // An exception only widens what a license permits, yet `GPL-2.0 WITH Classpath-exception-2.0` is
  // still not GPL-free: it passes only if the whole combination, or the base license, is allowed.
  const whole = node.exception ? allow.has(key(`${node.license} WITH ${node.exception}`)) : false;
  return whole || allow.has(id) || allow.has(key(node.license));
}

/** OR passes when any branch passes; AND only when every branch does. */
export function satisfiesPolicy(node: SpdxNode, allow: Set<string>, deny: Set<string>): boolean {
  if ('license' in node) return allowedLeaf(node, allow, deny);
  const left = satisfiesPolicy(node.left, allow, deny);
  const right = satisfiesPolicy(node.right, allow, deny);
  return node.conjunction === 'or' ? left || right : left && right;
}

export function scanLicense(license: string | undefined | null, policy: LicensePolicy = DEFAULT_LICENSE_POLICY): Finding[] {
  const finding = (severity: Finding['severity'], code: string, message: string): Finding[] => [{ severity, code, message, file: MANIFEST }];
  const expression = license?.trim() ?? '';
  if (expression === '') return finding('high', 'LICENSE_MISSING', 'The manifest declares no license');
  if (expression === 'UNLICENSED' || /^SEE LICENSE IN /i.test(expression)) {
    return policy.allowProprietary
      ? finding('info', 'LICENSE_PROPRIETARY', `Proprietary license "${expression}" accepted by policy`)
      : finding('high', 'LICENSE_PROPRIETARY', `"${expression}" is proprietary; the public marketplace only accepts open-source licenses`);
  }
  let tree: SpdxNode;
  try {
    tree = parseSpdx(expression);
  } catch (error) {
    return finding('high', 'LICENSE_INVALID', `"${expression}" is not a valid SPDX expression: ${(error as Error).message}`);
  }
  const allow = new Set(policy.allow.map(key));
  const deny = new Set((policy.deny ?? []).map(key));
  if (satisfiesPolicy(tree, allow, deny)) return [];
  const denied = spdxLicenses(tree).filter((id) => deny.has(key(id)));
  return denied.length > 0
    ? finding('high', 'LICENSE_DENIED', `"${expression}" cannot be satisfied: ${denied.join(', ')} ${denied.length === 1 ? 'is' : 'are'} denied by policy`)
    : finding('high', 'LICENSE_NOT_ALLOWED', `"${expression}" cannot be satisfied with the allowed licenses (${policy.allow.join(', ')})`);
}
