// Second publish step: runs the code, secret, advisory and license scans over an unpacked package.
import type { TOsvAdvisory } from './osv-advisories.js';
import { scanAdvisories } from './scan-advisories.js';
import { JS_FILE, scanCodeFile } from './scan-code.js';
import { DEFAULT_LICENSE_POLICY, scanLicense, type LicensePolicy } from './scan-license.js';
import { scanSecretsFile } from './scan-secrets.js';
import { buildReport, type StepReport } from './step-report.js';

export interface ScannedManifest {
  name: string;
  version: string;
  license?: string | null;
  permissions: { hosts: string[]; secrets: string[] };
  dependencies: Record<string, string>;
}

export interface ScanInput {
  /** Paths relative to `package/`, as readPackageArchive returns them. */
  files: ReadonlyMap<string, Buffer>;
  manifest: ScannedManifest;
  advisories: TOsvAdvisory[];
  licensePolicy?: LicensePolicy;
}

export function scanPackage(input: ScanInput): StepReport {
  const startedAt = performance.now();
  const { files, manifest } = input;
  const findings = [
    ...[...files].flatMap(([path, content]) => [
      ...(JS_FILE.test(path) ? scanCodeFile(path, content.toString('utf8'), manifest.permissions) : []),
      ...scanSecretsFile(path, content),
    ]),
    ...scanAdvisories(manifest.dependencies, input.advisories),
    ...scanLicense(manifest.license, input.licensePolicy ?? DEFAULT_LICENSE_POLICY),
  ];
  return buildReport('security-scan', startedAt, findings, `${files.size} files scanned, nothing found`);
}
