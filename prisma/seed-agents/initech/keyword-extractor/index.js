// Extracts keywords by term frequency after removing English stop words; optional two-word phrases.
const STOP = new Set(`a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its
itself just me more most my no nor not now of off on once only or other our ours out over own same shall she should so some such than that
the their them then there these they this those through to too under until up upon very was we were what when where which while who whom why
will with within without would you your yours may must per via shall herein thereof hereby any each every one two`.split(/\s+/));

const tokenize = (text) => (text.toLowerCase().match(/[a-z][a-z0-9'-]*[a-z0-9]|[a-z]/g) ?? []).map((t) => t.replace(/'s$/, ''));

export async function handle(input) {
  const limit = input.limit ?? 10;
  const minLength = input.minLength ?? 3;
  const tokens = tokenize(input.text);
  const counts = new Map();
  const keep = (t) => t.length >= minLength && !STOP.has(t) && !/^\d/.test(t);
  for (const t of tokens) if (keep(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  if (input.phrases) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (keep(tokens[i]) && keep(tokens[i + 1])) {
        const phrase = `${tokens[i]} ${tokens[i + 1]}`;
        counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      }
    }
    // A phrase is only a keyword when it repeats; single occurrences are noise.
    for (const [term, n] of counts) if (term.includes(' ') && n < 2) counts.delete(term);
  }
  const total = tokens.length || 1;
  const keywords = [...counts.entries()]
    .map(([term, count]) => ({ term, count, score: Math.round((count / total) * (term.includes(' ') ? 2 : 1) * 10000) / 10000 }))
    .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
    .slice(0, limit);
  return { keywords, totalWords: tokens.length };
}
