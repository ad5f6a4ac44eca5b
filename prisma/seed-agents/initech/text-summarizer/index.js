// Extractive summary: ranks sentences by the weight of the document's keywords they contain and keeps the best in order.
export async function handle(input, ctx) {
  const count = input.sentences ?? 2;
  const sentences = input.text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
  const { keywords } = await ctx.call('@initech/keyword-extractor', { text: input.text, limit: 12 });
  const weights = new Map(keywords.map((k) => [k.term, k.count]));
  const scored = sentences.map((text, index) => {
    const words = text.toLowerCase().match(/[a-z][a-z0-9'-]*[a-z0-9]|[a-z]/g) ?? [];
    const hits = words.reduce((s, w) => s + (weights.get(w.replace(/'s$/, '')) ?? 0), 0);
    // Normalise by the square root of length so long sentences do not win by size alone; lead sentences get a nudge.
    const score = Math.round((hits / Math.sqrt(words.length || 1) + (index === 0 ? 0.5 : 0)) * 1000) / 1000;
    return { index, text, score };
  });
  const chosen = [...scored].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, count).sort((a, b) => a.index - b.index);
  const summary = chosen.map((s) => s.text).join(' ');
  const stats = await ctx.call('@initech/readability-scorer', { text: summary || input.text });
  return {
    summary,
    selected: chosen.map((s) => s.index),
    // Terms that repeat say what the text is about; single mentions are only a fallback.
    keywords: (keywords.filter((k) => k.count > 1).length >= 3 ? keywords.filter((k) => k.count > 1) : keywords).slice(0, 5).map((k) => k.term),
    compression: Math.round((summary.length / input.text.length) * 100) / 100,
    readingEase: stats.fleschReadingEase,
  };
}
