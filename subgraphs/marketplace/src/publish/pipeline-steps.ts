// The small publish steps (manifest, ownership, storage, review) and the report helpers the pipeline shares.
import { validateManifest } from '@nexus/agent-sdk/validate-manifest';
import type { TAgentManifest } from '@nexus/agent-sdk/manifest';
import { MANIFEST_FILE } from './archive-guards';
import { buildReport, type Finding } from './step-report';
import type { MeasuredStep } from './benchmark-step';

export const measured = (step: ReturnType<typeof buildReport>, metrics: MeasuredStep['metrics'] = []): MeasuredStep => ({ ...step, metrics });
export const failedStep = (name: string, started: number, findings: Finding[]) => measured(buildReport(name, started, findings, ''));

export function manifestStep(files: ReadonlyMap<string, Buffer>): { step: MeasuredStep; manifest: TAgentManifest | null } {
  const started = performance.now();
  let json: unknown;
  try {
    json = JSON.parse(files.get(MANIFEST_FILE)!.toString('utf8'));
  } catch (e) {
    return { step: failedStep('manifest', started, [{ severity: 'high', code: 'MANIFEST_NOT_JSON', message: `${MANIFEST_FILE} is not valid JSON: ${(e as Error).message}`, file: MANIFEST_FILE }]), manifest: null };
  }
  const result = validateManifest(json);
  if (!result.ok) {
    const findings = result.problems.map((p): Finding => ({ severity: 'high', code: 'MANIFEST_INVALID', message: `${p.path}: ${p.message}`, file: MANIFEST_FILE }));
    return { step: failedStep('manifest', started, findings), manifest: null };
  }
  const m = result.manifest;
  const missing: Finding[] = [];
  if (!files.has(m.entry)) missing.push({ severity: 'high', code: 'ENTRY_MISSING', message: `entry: ${m.entry} is not in the package`, file: MANIFEST_FILE });
  if (m.readme && !files.has(m.readme)) missing.push({ severity: 'low', code: 'README_MISSING', message: `readme: ${m.readme} is not in the package`, file: MANIFEST_FILE });
  return { step: measured(buildReport('manifest', started, missing, `${m.name}@${m.version} is a valid manifest`)), manifest: missing.some((f) => f.severity === 'high') ? null : m };
}

export function ownershipFindings(m: TAgentManifest, publisherScope: string | null, existing: { ownedByCaller: boolean; versionExists: boolean } | null): Finding[] {
  const scope = m.name.slice(1, m.name.indexOf('/'));
  const findings: Finding[] = [];
  if (!publisherScope) findings.push({ severity: 'high', code: 'NO_PUBLISHER', message: 'Your organisation is not registered as a publisher yet.' });
  else if (scope !== publisherScope) findings.push({ severity: 'high', code: 'SCOPE_NOT_OWNED', message: `The scope @${scope} belongs to another publisher; your organisation publishes under @${publisherScope}.` });
  if (existing && !existing.ownedByCaller) findings.push({ severity: 'high', code: 'NAME_TAKEN', message: `${m.name} is published by another organisation.` });
  if (existing?.versionExists) findings.push({ severity: 'high', code: 'VERSION_EXISTS', message: `${m.name}@${m.version} already exists; versions are immutable, so bump the version.` });
  return findings;
}
