// Minimal ustar writer + gzip, so tests can build a fresh agent package (unique name per run) without fixtures.
import { gzipSync } from 'node:zlib';

export interface TarEntry {
  path: string;
  content: string | Buffer;
}

function header(path: string, size: number): Buffer {
  const block = Buffer.alloc(512);
  const field = (offset: number, length: number, value: string) => block.write(value, offset, length, 'ascii');
  const octal = (offset: number, length: number, value: number) => field(offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
  if (Buffer.byteLength(path) > 100) throw new Error(`tar path longer than 100 bytes: ${path}`);
  field(0, 100, path);
  octal(100, 8, 0o644);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, size);
  octal(136, 12, Math.floor(Date.now() / 1000));
  field(148, 8, '        '); // the checksum is summed with its own field as spaces
  field(156, 1, '0');
  field(257, 6, 'ustar\0');
  field(263, 2, '00');
  let sum = 0;
  for (const byte of block) sum += byte;
  field(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

export function tarGz(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const body = typeof entry.content === 'string' ? Buffer.from(entry.content) : entry.content;
    parts.push(header(entry.path, body.length), body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024)); // two zero blocks end the archive
  return gzipSync(Buffer.concat(parts));
}

/** A small valid agent package named `name` (`@scope/agent`), laid out like `npm pack` (under `package/`). */
export function helloAgentPackage(name: string, version = '1.0.0'): Buffer {
  const manifest = {
    name,
    version,
    displayName: 'E2E Hello Agent',
    description: 'Greets whoever it is given; published by the end-to-end tests.',
    license: 'MIT',
    kind: 'code',
    keywords: ['greeting', 'e2e'],
    skills: [{
      id: 'greet',
      name: 'Greet',
      description: 'Says hello to a name.',
      tags: ['greeting'],
      examples: ['Say hello to Ada'],
      inputModes: ['application/json'],
      outputModes: ['application/json'],
    }],
    inputSchema: { type: 'object' },
    outputSchema: { type: 'object' },
    constraints: { timeoutMs: 2000, memoryMb: 32 },
    dependencies: {},
    permissions: { hosts: [], secrets: [] },
    benchmark: { cases: [{ name: 'greets ada', input: { name: 'Ada' }, expected: { greeting: 'hello Ada' } }], runs: 3, warmup: 1 },
    protocol: 'nexus',
    entry: 'index.js',
  };
  return tarGz([
    { path: 'package/nexus-agent.json', content: `${JSON.stringify(manifest, null, 2)}\n` },
    { path: 'package/index.js', content: "export async function handle(input) {\n  return { greeting: 'hello ' + (input.name ?? 'world') };\n}\n" },
    { path: 'package/README.md', content: '# E2E Hello Agent\n\nGreets a name.\n\n```json\n{ "name": "Ada" }\n```\n' },
  ]);
}
