// Ranks a small set of documents against a query with Okapi BM25 and a light suffix stemmer.
const STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'how', 'i', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'to', 'was', 'what', 'with', 'my', 'do', 'can']);

function stem(word) {
  if (word.length <= 4) return word;
  return word.replace(/(ies)$/, 'y').replace(/(ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}
const terms = (text) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)).map(stem);

export async function handle(input) {
  const k1 = input.k1 ?? 1.2;
  const b = input.b ?? 0.75;
  const docs = input.documents.map((d) => ({ id: d.id, terms: terms(`${d.title ?? ''} ${d.text}`) }));
  const avgLength = docs.reduce((s, d) => s + d.terms.length, 0) / (docs.length || 1);
  const df = new Map();
  for (const d of docs) for (const t of new Set(d.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const query = [...new Set(terms(input.query))];
  const results = docs.map((d) => {
    const tf = new Map();
    for (const t of d.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    let score = 0;
    const matched = [];
    for (const q of query) {
      const f = tf.get(q);
      if (!f) continue;
      const n = df.get(q);
      // The +1 inside the log keeps idf positive for terms found in most documents (Lucene's variant).
      const idf = Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
      score += (idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.terms.length) / avgLength));
      matched.push(q);
    }
    return { id: d.id, score: Math.round(score * 10000) / 10000, matchedTerms: matched };
  });
  const ranked = results.filter((r) => r.score > 0).sort((x, y) => y.score - x.score || String(x.id).localeCompare(String(y.id)));
  return { query: query, results: ranked.slice(0, input.limit ?? 10) };
}
