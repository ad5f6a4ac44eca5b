// Writes a short plain-English status update from KPI rows: a headline, one bullet per metric and any anomalies.
// Thousands get separators and no decimals; grouping is done by hand so output never depends on ICU data.
const fmt = (n) => (Math.abs(n) >= 1000 ? String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(Math.round(n * 100) / 100));

export async function handle(input, ctx) {
  const summary = await ctx.call('@globex/kpi-summarizer', { rows: input.rows, metrics: input.metrics, periodField: input.periodField ?? 'period' });
  const lowerIsBetter = new Set(input.lowerIsBetter ?? []);
  const bullets = [];
  let good = 0;
  let bad = 0;
  for (const metric of input.metrics) {
    const m = summary.metrics[metric];
    const name = metric.replace(/[_-]+/g, ' ');
    if (m.changePct === null) {
      bullets.push(`${name}: ${fmt(m.last)} (no earlier period to compare).`);
      continue;
    }
    const direction = m.changePct > 0 ? 'up' : m.changePct < 0 ? 'down' : 'flat';
    const improving = direction === 'flat' ? null : (direction === 'up') !== lowerIsBetter.has(metric);
    if (improving === true) good++;
    if (improving === false) bad++;
    const change = direction === 'flat' ? 'unchanged' : `${direction} ${Math.abs(m.changePct)}%`;
    bullets.push(`${name}: ${fmt(m.last)} in ${summary.to}, ${change} on the previous period; ${m.trend} trend over ${summary.periods} periods.`);
  }
  for (const a of summary.anomalies) {
    bullets.push(`Unusual ${a.metric.replace(/[_-]+/g, ' ')} in ${a.period}: ${fmt(a.value)} against about ${fmt(a.expected)} expected (${a.direction}).`);
  }
  const mood = good > bad ? 'mostly improving' : bad > good ? 'mostly worsening' : 'mixed';
  const n = summary.anomalies.length;
  const anomalyText = n ? `, ${n} anomal${n > 1 ? 'ies' : 'y'}` : '';
  const headline = `${input.title ?? 'KPIs'} ${summary.from}–${summary.to}: ${mood} (${good} better, ${bad} worse${anomalyText}).`;
  return { headline, bullets, markdown: `**${headline}**\n\n${bullets.map((b) => `- ${b}`).join('\n')}\n` };
}
