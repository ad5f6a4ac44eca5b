// Summarises a contract clause by clause and flags renewal terms, liability caps and unusual clauses.
const UNUSUAL = [
  { pattern: /unlimited liability/i, flag: 'Unlimited liability' },
  { pattern: /\bperpetual\b/i, flag: 'Perpetual term or licence' },
  { pattern: /\birrevocabl[ey]\b/i, flag: 'Irrevocable grant' },
  { pattern: /\bexclusiv(e|ity)\b/i, flag: 'Exclusivity' },
  { pattern: /non-?compet/i, flag: 'Non-compete' },
  { pattern: /sole discretion/i, flag: 'One-sided discretion' },
  { pattern: /without (prior )?notice/i, flag: 'Changes or termination without notice' },
];
const NUMBER_WORDS = { thirty: 30, sixty: 60, ninety: 90, fourteen: 14, seven: 7 };

function firstSentence(text, max = 160) {
  const sentence = (text.match(/^.*?[.!?](?=\s|$)/) ?? [text])[0];
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence;
}

function noticeDays(text) {
  const m = text.match(/(\d+|thirty|sixty|ninety|fourteen|seven)\s*(?:\(\d+\)\s*)?days?['’]?\s*(?:prior\s+)?(?:written\s+)?notice/i);
  if (!m) return null;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
}

export async function handle(input, ctx) {
  const { clauses } = await ctx.call('@acme/clause-finder', { text: input.text });
  const full = clauses.map((c) => c.text).join(' ');
  const renewalText = clauses.filter((c) => c.type === 'term').map((c) => c.text).join(' ') || full;
  const autoRenews = /automatic(ally)?\s+renew|renew(s|ed)?\s+automatically/i.test(renewalText);
  const capMatch = full.match(/liabilit[^.]*?(?:shall not exceed|limited to|capped at)\s+([^.;]+)/i);
  const flags = UNUSUAL.filter((u) => u.pattern.test(full)).map((u) => u.flag);
  if (!clauses.some((c) => c.type === 'governing-law')) flags.push('No governing-law clause');
  if (!capMatch && clauses.some((c) => c.type === 'liability')) flags.push('Liability clause without a cap');
  const { keywords } = await ctx.call('@initech/keyword-extractor', { text: full, limit: input.keyTerms ?? 5 });

  return {
    clauseCount: clauses.length,
    clauses: clauses.map((c) => ({ number: c.number, title: c.title, type: c.type, summary: firstSentence(c.text) })),
    renewal: { autoRenews, noticeDays: autoRenews ? noticeDays(renewalText) : null },
    liabilityCap: capMatch ? capMatch[1].trim() : null,
    flags,
    keyTerms: keywords.map((k) => k.term),
  };
}
