// Scales a recipe to a new number of servings and optionally converts quantities to metric or US kitchen units.
const METRIC = { cup: 'ml', tbsp: 'ml', tsp: 'ml', 'fl-oz': 'ml', pt: 'ml', qt: 'l', oz: 'g', lb: 'g' };
const FRACTIONS = [[0, ''], [0.125, '⅛'], [0.25, '¼'], [1 / 3, '⅓'], [0.5, '½'], [2 / 3, '⅔'], [0.75, '¾'], [1, '']];

/** Kitchen-friendly display: metric rounded to sensible steps, US measures to the nearest common fraction. */
function display(quantity, unit) {
  if (['g', 'ml'].includes(unit)) {
    const step = quantity >= 100 ? 5 : 1;
    return String(Math.round(quantity / step) * step);
  }
  if (['kg', 'l'].includes(unit)) return String(Math.round(quantity * 100) / 100);
  const whole = Math.floor(quantity);
  const [value, glyph] = FRACTIONS.reduce((best, f) => (Math.abs(quantity - whole - f[0]) < Math.abs(quantity - whole - best[0]) ? f : best));
  const w = whole + (value === 1 ? 1 : 0);
  if (!glyph) return String(w || (quantity > 0 ? '⅛' : 0));
  return w ? `${w} ${glyph}` : glyph;
}

export async function handle(input, ctx) {
  const factor = input.servings.to / input.servings.from;
  const scaled = input.ingredients.map((i) => ({ ...i, quantity: i.quantity * factor }));
  let conversions = [];
  if (input.system === 'metric') {
    const needed = scaled.filter((i) => METRIC[i.unit]);
    if (needed.length) {
      const { results } = await ctx.call('@stark/unit-converter', { conversions: needed.map((i) => ({ value: i.quantity, from: i.unit, to: METRIC[i.unit] })), precision: 3 });
      conversions = results;
    }
  }
  let next = 0;
  const ingredients = scaled.map((i) => {
    let { quantity, unit } = i;
    if (input.system === 'metric' && METRIC[unit]) {
      quantity = conversions[next++].result;
      unit = METRIC[i.unit];
    }
    const rounded = Math.round(quantity * 1000) / 1000;
    return { name: i.name, quantity: rounded, unit: unit ?? null, display: `${display(rounded, unit)}${unit && unit !== 'pcs' ? ` ${unit}` : ''} ${i.name}` };
  });
  return { factor: Math.round(factor * 1000) / 1000, servings: input.servings.to, ingredients };
}
