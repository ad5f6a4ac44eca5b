// Forecasts weekly demand for one SKU: exponentially smoothed level × seasonal index × holiday uplift.
export async function handle(input, ctx) {
  const units = input.weeklyUnits;
  const season = input.seasonLength ?? 4;
  const horizon = input.horizon ?? 4;
  const { smoothed } = await ctx.call('@globex/series-smoother', { series: units, method: 'ema', window: input.smoothingWindow ?? 4, digits: 6 });

  // Seasonal index per position in the cycle: mean ratio of actuals to the centred average, normalised to average 1.
  let seasonalIndex = new Array(season).fill(1);
  let method = 'level';
  if (units.length >= 2 * season) {
    const { smoothed: centred } = await ctx.call('@globex/series-smoother', { series: units, method: 'centred', window: season % 2 ? season : season + 1, digits: 6 });
    const ratios = Array.from({ length: season }, () => []);
    centred.forEach((c, i) => c && ratios[i % season].push(units[i] / c));
    const raw = ratios.map((r) => (r.length ? r.reduce((s, x) => s + x, 0) / r.length : 1));
    const mean = raw.reduce((s, x) => s + x, 0) / season;
    seasonalIndex = raw.map((x) => Math.round((x / mean) * 1000) / 1000);
    method = 'level×season';
  }
  // Deseasonalise the last smoothed level so the index is not applied twice.
  const lastPos = (units.length - 1) % season;
  const level = smoothed[smoothed.length - 1] / seasonalIndex[lastPos];
  const uplift = input.holidayUplift ?? 1.25;
  const holidays = new Set(input.holidayWeeks ?? []);
  const forecast = [];
  for (let h = 1; h <= horizon; h++) {
    const pos = (units.length - 1 + h) % season;
    const holiday = holidays.has(h);
    const value = level * seasonalIndex[pos] * (holiday ? uplift : 1);
    forecast.push({ week: units.length + h, units: Math.max(0, Math.round(value)), holiday });
  }
  const total = forecast.reduce((s, f) => s + f.units, 0);
  return { sku: input.sku, method, level: Math.round(level * 100) / 100, seasonalIndex, forecast, total };
}
