// Flags points that sit far from the trailing rolling median, scaled by a robust spread (median absolute deviation).
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export async function handle(input, ctx) {
  const { series } = input;
  const window = input.window ?? 4;
  const threshold = input.threshold ?? 3.5;
  const { smoothed } = await ctx.call('@globex/series-smoother', { series, method: 'median', window, digits: 6 });
  // Compare each point with the rolling median of the window *before* it, so a spike cannot raise its own baseline
  // and one outlier does not contaminate the baseline of the points after it.
  const residuals = series.map((x, i) => (i > 0 && smoothed[i - 1] !== null ? x - smoothed[i - 1] : null));
  const known = residuals.filter((r) => r !== null);
  if (known.length < 3) return { anomalies: [], baseline: smoothed, scale: null };
  // The typical residual absorbs a steady trend, so growth alone is not anomalous.
  const drift = median(known);
  const mad = median(known.map((r) => Math.abs(r - drift)));
  // 1.4826 × MAD estimates the standard deviation for normal data; the floor (2% of the level) keeps tiny noise
  // in flat series from scoring high.
  const scale = Math.max(1.4826 * mad, Math.abs(median(series)) * 0.02, 1e-9);
  const anomalies = [];
  residuals.forEach((r, i) => {
    if (r === null) return;
    const score = Math.round(((r - drift) / scale) * 100) / 100;
    if (Math.abs(score) >= threshold) {
      const expected = Math.round((smoothed[i - 1] + drift) * 100) / 100;
      anomalies.push({ index: i, label: input.labels?.[i] ?? String(i), value: series[i], expected, score, direction: score > 0 ? 'spike' : 'drop' });
    }
  });
  return { anomalies, baseline: smoothed, scale: Math.round(scale * 1000) / 1000 };
}
