// Builds agent packages for tests with the SDK's own deterministic packer format.
import { createTarGz } from '@nexus/agent-sdk/tar-gz';

export interface TestAgent {
  name: string;
  version?: string;
  code?: string;
  dependencies?: Record<string, string>;
  permissions?: { hosts: string[]; secrets: string[] };
  benchmark?: { cases: { name: string; input: unknown; expected?: unknown }[]; runs?: number; warmup?: number };
  constraints?: { timeoutMs: number; memoryMb: number };
  extraFiles?: Record<string, string>;
  manifestOverrides?: Record<string, unknown>;
}

export const GREETER_CODE = `export async function handle(input) {\n  return { greeting: 'hello ' + (input.name ?? 'world') };\n}\n`;

export function manifestOf(a: TestAgent): Record<string, unknown> {
  return {
    name: a.name, version: a.version ?? '1.0.0', displayName: a.name.split('/')[1], description: `Test agent ${a.name}`,
    license: 'MIT', kind: 'code', keywords: ['testing'],
    skills: [{ id: 'greet', name: 'Greet', description: 'Greets someone', tags: ['demo'], examples: ['{"name":"Ada"}'], inputModes: ['application/json'], outputModes: ['application/json'] }],
    inputSchema: { type: 'object' }, outputSchema: { type: 'object' },
    constraints: a.constraints ?? { timeoutMs: 1000, memoryMb: 32 },
    dependencies: a.dependencies ?? {}, permissions: a.permissions ?? { hosts: [], secrets: [] },
    benchmark: a.benchmark ?? { cases: [{ name: 'ada', input: { name: 'Ada' }, expected: { greeting: 'hello Ada' } }], runs: 3, warmup: 1 },
    protocol: 'nexus', entry: 'index.js', ...a.manifestOverrides,
  };
}

export function buildPackage(a: TestAgent): Buffer {
  const files: Record<string, string> = {
    'nexus-agent.json': JSON.stringify(manifestOf(a), null, 2),
    'index.js': a.code ?? GREETER_CODE,
    'README.md': `# ${a.name}\n\nA test agent.\n`,
    ...a.extraFiles,
  };
  return createTarGz(Object.entries(files).map(([path, data]) => ({ path: `package/${path}`, data: Buffer.from(data), executable: false })));
}

export const base64 = (b: Buffer) => b.toString('base64');
