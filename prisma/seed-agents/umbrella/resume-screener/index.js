// Ranks candidates for a job by required and nice-to-have skills found in their résumé text, plus years of experience.
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const has = (text, skill) => new RegExp(`(^|[^a-z0-9+#])${escape(skill.toLowerCase())}($|[^a-z0-9+#])`).test(text);

export async function handle(input, ctx) {
  const { job } = input;
  const ranking = [];
  for (const c of input.candidates) {
    const text = c.text.toLowerCase();
    const matched = job.required.filter((s) => has(text, s));
    const missing = job.required.filter((s) => !has(text, s));
    const bonus = (job.niceToHave ?? []).filter((s) => has(text, s));
    const yearsMatch = text.match(/(\d{1,2})\+?\s*years?/);
    const years = c.years ?? (yearsMatch ? Number(yearsMatch[1]) : null);
    const required = job.required.length ? matched.length / job.required.length : 1;
    const nice = job.niceToHave?.length ? bonus.length / job.niceToHave.length : 0;
    const experience = job.minYears === undefined ? 1 : years === null ? 0 : Math.min(1, years / job.minYears);
    const score = Math.round(70 * required + 20 * nice + 10 * experience);
    const { keywords } = await ctx.call('@initech/keyword-extractor', { text: c.text, limit: 5 });
    ranking.push({
      id: c.id,
      score,
      meetsRequirements: missing.length === 0 && (job.minYears === undefined || (years ?? 0) >= job.minYears),
      matched,
      missing,
      niceToHave: bonus,
      years,
      topTerms: keywords.map((k) => k.term),
    });
  }
  ranking.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { job: job.title, ranking };
}
