// Rules of nexus-agent.json that span several fields; zod runs them once every field is valid on its own.
import type { z } from 'zod';
import { checkJsonSchema } from './json-schema-check';

// Structural view of the parsed manifest, so this file need not import manifest.ts (which imports it).
interface CrossCheckedManifest {
  name: string;
  kind: 'code' | 'model';
  skills: { id: string }[];
  inputSchema: Record<string, unknown>;
  outputSchema: Record<string, unknown>;
  dependencies: Record<string, string>;
  benchmark?: { cases: { name: string; input: unknown; expected?: unknown; expectedSchema?: Record<string, unknown> }[] } | undefined;
}

export function checkManifestAcrossFields(m: CrossCheckedManifest, ctx: z.RefinementCtx): void {
  const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  if (m.name in m.dependencies) problem(['dependencies', m.name], 'an agent cannot depend on itself');

  const skillIds = new Set<string>();
  m.skills.forEach((skill, i) => {
    if (skillIds.has(skill.id)) problem(['skills', i, 'id'], `duplicate skill id "${skill.id}"`);
    skillIds.add(skill.id);
  });

  if (m.kind === 'code' && !m.benchmark) {
    problem(['benchmark'], 'is required for kind "code": add at least one case under benchmark.cases');
  }
  if (!m.benchmark) return;

  // Benchmarks run the agent with these inputs, so they must be inputs the agent declares it accepts.
  const input = checkJsonSchema(m.inputSchema);
  const output = checkJsonSchema(m.outputSchema);
  const caseNames = new Set<string>();
  m.benchmark.cases.forEach((c, i) => {
    const at = (field: string) => ['benchmark', 'cases', i, field];
    if (caseNames.has(c.name)) problem(at('name'), `duplicate case name "${c.name}"`);
    caseNames.add(c.name);
    const badInput = input.ok ? input.validate(c.input) : null;
    if (badInput) problem(at('input'), `does not match inputSchema: ${badInput}`);
    if (c.expected === undefined) return;
    const badExpected = output.ok ? output.validate(c.expected) : null;
    if (badExpected) problem(at('expected'), `does not match outputSchema: ${badExpected}`);
    if (c.expectedSchema) {
      const own = checkJsonSchema(c.expectedSchema);
      const mismatch = own.ok ? own.validate(c.expected) : null;
      if (mismatch) problem(at('expected'), `does not match its own expectedSchema: ${mismatch}`);
    }
  });
}
