// Embedded search at 10k and 100k synthetic agents: build time, then p50/p95 of 200 typo'd, tag-filtered queries, keyword vs hybrid.
import type { AgentSearchDoc } from '@nexus/kernel/ports/search-index';
import { EmbeddedSearchAdapter } from '@nexus/kernel/search/embedded-search-adapter';
import { percentile, report, type Row } from './report';

const VERBS = ['extracts', 'summarizes', 'translates', 'classifies', 'monitors', 'reconciles', 'generates', 'reviews', 'schedules', 'validates', 'transcribes', 'forecasts', 'routes', 'deduplicates', 'enriches'];
const OBJECTS = ['invoices', 'contracts', 'emails', 'tickets', 'receipts', 'meetings', 'pull requests', 'logs', 'leads', 'resumes', 'images', 'podcasts', 'spreadsheets', 'orders', 'claims', 'shipments', 'reviews', 'alerts'];
const DOMAINS = ['finance', 'legal', 'support', 'sales', 'hr', 'devops', 'marketing', 'healthcare', 'logistics', 'insurance', 'retail', 'security'];
const EXTRAS = ['with citations', 'in real time', 'across languages', 'for small teams', 'using OCR', 'from PDFs', 'into CRM records', 'with audit trails', 'at scale', 'on a schedule'];
const PROTOCOLS = ['mcp', 'a2a', 'openai-tools'];
const LICENSES = ['MIT', 'Apache-2.0', 'GPL-3.0', 'proprietary'];

// Seeded, so every run indexes and queries the same catalogue.
let seed = 42;
const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
// Skewed like a real marketplace: a few agents get most downloads.
const downloads = () => Math.floor(Math.exp(rnd() * rnd() * 13));

function agent(i: number): AgentSearchDoc {
  const verb = pick(VERBS);
  const object = pick(OBJECTS);
  const domain = pick(DOMAINS);
  const rated = rnd() < 0.7;
  const created = new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 1000) * 86_400_000).toISOString();
  const slug = `${object.split(' ')[0]}-${verb.replace(/s$/, '')}-${i}`;
  return {
    id: `agent-${i}`,
    name: `@pub${i % 500}/${slug}`,
    displayName: `${domain[0]!.toUpperCase()}${domain.slice(1)} ${object} ${verb.replace(/s$/, 'er')}`,
    description: `${verb[0]!.toUpperCase()}${verb.slice(1)} ${object} for ${domain} teams ${pick(EXTRAS)}, then ${pick(VERBS)} ${pick(OBJECTS)} ${pick(EXTRAS)}.`,
    tags: [domain, object.split(' ')[0]!, pick(DOMAINS)],
    capabilities: [`${verb.replace(/s$/, '')}-${object.split(' ')[0]}`, `${pick(VERBS).replace(/s$/, '')}-${pick(OBJECTS).split(' ')[0]}`],
    protocol: pick(PROTOCOLS),
    license: pick(LICENSES),
    publisher: `pub${i % 500}`,
    verified: rnd() < 0.2,
    ratingAvg: rated ? Math.round((1 + rnd() * 4) * 10) / 10 : null,
    ratingCount: rated ? 1 + Math.floor(rnd() * 300) : 0,
    downloads: downloads(),
    createdAt: created,
    updatedAt: created,
  };
}

/** One typo in words of 5+ letters (swap, drop or replace a letter), as people type. */
function typo(word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + 'x' + word.slice(i + 1);
}

const queries = Array.from({ length: 200 }, () => ({
  text: [typo(pick(VERBS)), typo(pick(OBJECTS).split(' ')[0]!)].join(' '),
  filters: { tag: [pick(DOMAINS)] },
  facets: ['protocol' as const, 'license' as const],
}));

const ms = (x: number) => Number(x.toFixed(2));

const rows: Row[] = [];
for (const size of [10_000, 100_000]) {
  const docs = Array.from({ length: size }, (_, i) => agent(i));
  const index = new EmbeddedSearchAdapter();
  let t = performance.now();
  await index.upsert(docs);
  const keywordBuild = performance.now() - t;
  t = performance.now();
  index.warm();
  const lsaBuild = performance.now() - t;
  for (const semantic of [false, true]) {
    // A few warm-up queries so JIT compilation is not billed to the first measured ones.
    for (const q of queries.slice(0, 10)) await index.search(q, { semantic });
    const times: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const r = await index.search(q, { semantic });
      times.push(r.tookMs);
      hits += r.total;
    }
    rows.push({
      docs: size,
      mode: semantic ? 'hybrid' : 'keyword',
      'index build s': ms(keywordBuild / 1000),
      'lsa build s': semantic ? ms(lsaBuild / 1000) : '-',
      'p50 ms': ms(percentile(times, 50)),
      'p95 ms': ms(percentile(times, 95)),
      'avg total': Math.round(hits / queries.length),
    });
  }
  await index.close();
}
report('search', rows, { queries: queries.length, filter: 'one tag', typos: 'one per word of 5+ letters', engine: 'EmbeddedSearchAdapter (MiniSearch 7 + LSA k≤64)' });
