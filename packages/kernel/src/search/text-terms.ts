// Tokenising shared by keyword and semantic search: lower-case words, stop words dropped, light stemming for LSA.

const SPLIT = /[^\p{L}\p{N}]+/u;

// Words that say nothing about what an agent does; left in, an OR query for "bills from suppliers" matches everything.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by can for from has have in into is it its of on or that the this to with your you our we via using use uses'.split(' '),
);

export function tokenize(text: string): string[] {
  return text.split(SPLIT).filter(Boolean);
}

/** Lower-cased term, or null for stop words and single characters (MiniSearch's processTerm contract). */
export function normaliseTerm(term: string): string | null {
  const t = term.toLowerCase();
  return t.length < 2 || STOP_WORDS.has(t) ? null : t;
}

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of tokenize(text)) {
    const t = normaliseTerm(raw);
    if (t) out.push(t);
  }
  return out;
}

/**
 * A deliberately small stemmer: "invoices/invoicing/invoice" and "parse/parsing/parsed" meet, which is all
 * LSA needs to pool their co-occurrences. Over-stemming only merges rare forms, it never loses a match.
 */
export function stem(t: string): string {
  let s = t;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 4 && s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** Keyword terms of a query plus, for words of 5+ letters, each adjacent-letter swap: Meilisearch counts a transposition as one typo, MiniSearch's Levenshtein counts two. */
export function transpositions(term: string): string[] {
  if (term.length < 5) return [];
  const out = new Set<string>();
  for (let i = 0; i < term.length - 1; i++) {
    if (term[i] === term[i + 1]) continue;
    out.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return [...out];
}
