// Files `nexus init` writes: a small but real agent (word statistics) with its manifest, README and test.
import type { TAgentManifestInput } from '../manifest';

/** `@acme/word-stats` → `Word Stats`. */
export const displayNameOf = (name: string): string =>
  (name.split('/')[1] ?? name).split(/[-._]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');

export function scaffoldManifest(name: string): TAgentManifestInput {
  return {
    name,
    version: '0.1.0',
    displayName: displayNameOf(name),
    description: 'Counts the words, sentences and most frequent words of a text.',
    license: 'MIT',
    kind: 'code',
    keywords: ['text', 'statistics'],
    skills: [{
      id: 'word-stats',
      name: 'Word statistics',
      description: 'Returns word, unique-word and sentence counts, the most frequent words and an estimated reading time.',
      tags: ['text', 'nlp'],
      examples: ['How many words are in this paragraph?', 'Which words does this essay use most?'],
      inputModes: ['application/json'],
      outputModes: ['application/json'],
    }],
    inputSchema: {
      type: 'object',
      properties: {
        text: { type: 'string', maxLength: 100000 },
        top: { type: 'integer', minimum: 1, maximum: 50, default: 5 },
      },
      required: ['text'],
      additionalProperties: false,
    },
    outputSchema: {
      type: 'object',
      properties: {
        words: { type: 'integer' },
        uniqueWords: { type: 'integer' },
        sentences: { type: 'integer' },
        characters: { type: 'integer' },
        topWords: { type: 'array', items: { type: 'object', properties: { word: { type: 'string' }, count: { type: 'integer' } }, required: ['word', 'count'] } },
        readingTimeSeconds: { type: 'integer' },
      },
      required: ['words', 'uniqueWords', 'sentences', 'characters', 'topWords', 'readingTimeSeconds'],
    },
    constraints: { timeoutMs: 2000, memoryMb: 32, maxOutputBytes: 65536 },
    permissions: { hosts: [], secrets: [] },
    benchmark: {
      cases: [
        {
          name: 'two sentences',
          input: { text: 'The cat sat. The cat ran!', top: 2 },
          expected: { words: 6, uniqueWords: 4, sentences: 2, characters: 25, topWords: [{ word: 'cat', count: 2 }, { word: 'the', count: 2 }], readingTimeSeconds: 2 },
        },
        { name: 'empty text', input: { text: '' }, expected: { words: 0, uniqueWords: 0, sentences: 0, characters: 0, topWords: [], readingTimeSeconds: 0 } },
      ],
      runs: 5,
      warmup: 1,
    },
    protocol: 'nexus',
    entry: 'index.js',
  };
}

export const SCAFFOLD_INDEX_JS = `// Word statistics agent: the sandbox calls handle(input, ctx) once per request.

// A word is a run of letters or digits, with inner apostrophes or hyphens (don't, well-known).
const WORD = /[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*/gu;
const WORDS_PER_MINUTE = 200;

/**
 * @param {{ text: string, top?: number }} input  validated against inputSchema before the call
 * @param {{ log: (...args: unknown[]) => void }} ctx
 */
export async function handle(input, ctx) {
  const text = input.text;
  const top = input.top ?? 5;
  const words = (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  const counts = new Map();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  // Ties are broken alphabetically so the answer does not depend on word order.
  const topWords = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([word, count]) => ({ word, count }));
  ctx.log(\`counted \${words.length} words\`);
  return {
    words: words.length,
    uniqueWords: counts.size,
    sentences: text.split(/[.!?]+/).filter((s) => /[\\p{L}\\p{N}]/u.test(s)).length,
    characters: [...text].length,
    topWords,
    readingTimeSeconds: Math.ceil((words.length / WORDS_PER_MINUTE) * 60),
  };
}
`;

export const SCAFFOLD_TEST_JS = `// Run with \`node --test\`: checks handle() directly and against every benchmark case in the manifest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { handle } from './index.js';

const logs = [];
const ctx = { log: (...args) => logs.push(args.join(' ')) };
const manifest = JSON.parse(readFileSync(new URL('./nexus-agent.json', import.meta.url), 'utf8'));

test('counts words case-insensitively and ranks the most frequent', async () => {
  const out = await handle({ text: "Don't panic. Don't PANIC, really!", top: 1 }, ctx);
  assert.equal(out.words, 5);
  assert.equal(out.uniqueWords, 3);
  assert.equal(out.sentences, 2);
  assert.deepEqual(out.topWords, [{ word: "don't", count: 2 }]);
  assert.match(logs.at(-1), /counted 5 words/);
});

for (const c of manifest.benchmark.cases) {
  test(\`benchmark case: \${c.name}\`, async () => {
    assert.deepEqual(await handle(c.input, ctx), c.expected);
  });
}
`;

export function scaffoldReadme(name: string): string {
  return `# ${displayNameOf(name)}

\`${name}\` counts the words, sentences and most frequent words of a text.

## Input

\`\`\`json
{ "text": "The cat sat. The cat ran!", "top": 2 }
\`\`\`

## Output

\`\`\`json
{ "words": 6, "uniqueWords": 4, "sentences": 2, "characters": 25,
  "topWords": [{ "word": "cat", "count": 2 }, { "word": "the", "count": 2 }], "readingTimeSeconds": 2 }
\`\`\`

## Develop

\`\`\`sh
node --test          # unit tests and the manifest's benchmark cases
nexus validate       # checks nexus-agent.json
nexus pack           # writes the .tgz the registry receives
nexus publish        # needs --api-key or NEXUS_API_KEY
\`\`\`
`;
}

// Not shipped: the agent's own tests. (The manifest, entry and README always are.)
export const SCAFFOLD_NEXUSIGNORE = `# Files left out of the published package (see nexus pack)\n*.test.js\n`;

export const SCAFFOLD_PACKAGE_JSON = `${JSON.stringify({ private: true, type: 'module', scripts: { test: 'node --test' } }, null, 2)}\n`;
