// Summarises KPI rows per metric (totals, averages, last-period change) and flags anomalous periods.
const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export async function handle(input, ctx) {
  const periodField = input.periodField ?? 'period';
  const rows = [...input.rows].sort((a, b) => String(a[periodField]).localeCompare(String(b[periodField])));
  const periods = rows.map((r) => String(r[periodField]));
  const metrics = {};
  const anomalies = [];
  for (const metric of input.metrics) {
    const values = rows.map((r) => Number(r[metric] ?? 0));
    const total = values.reduce((s, v) => s + v, 0);
    const last = values[values.length - 1];
    const previous = values.length > 1 ? values[values.length - 2] : null;
    const changePct = previous ? round(((last - previous) / Math.abs(previous)) * 100, 1) : null;
    const firstHalf = values.slice(0, Math.floor(values.length / 2));
    const secondHalf = values.slice(Math.floor(values.length / 2));
    // Medians of the two halves, so one outlier period does not decide the trend.
    const med = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = Math.floor(s.length / 2);
      return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    const drift = firstHalf.length ? (med(secondHalf) - med(firstHalf)) / (Math.abs(med(firstHalf)) || 1) : 0;
    metrics[metric] = {
      total: round(total),
      mean: round(total / (values.length || 1)),
      min: Math.min(...values),
      max: Math.max(...values),
      last,
      previous,
      changePct,
      trend: drift > 0.05 ? 'up' : drift < -0.05 ? 'down' : 'flat',
    };
    if (values.length >= 6) {
      const found = await ctx.call('@globex/anomaly-detector', { series: values, labels: periods, window: input.window ?? 3, threshold: input.threshold ?? 3.5 });
      for (const a of found.anomalies) anomalies.push({ metric, period: a.label, value: a.value, expected: a.expected, direction: a.direction });
    }
  }
  return { periods: periods.length, from: periods[0] ?? null, to: periods[periods.length - 1] ?? null, metrics, anomalies };
}
