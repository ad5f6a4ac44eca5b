// Converts between units of length, mass, volume, area, data, time and temperature with exact factors.
const UNITS = {
  length: { m: 1, km: 1000, cm: 0.01, mm: 0.001, in: 0.0254, ft: 0.3048, yd: 0.9144, mi: 1609.344, nmi: 1852 },
  mass: { kg: 1, g: 0.001, mg: 1e-6, t: 1000, lb: 0.45359237, oz: 0.028349523125, st: 6.35029318 },
  volume: { l: 1, ml: 0.001, m3: 1000, tsp: 0.00492892159375, tbsp: 0.01478676478125, 'fl-oz': 0.0295735295625, cup: 0.2365882365, pt: 0.473176473, qt: 0.946352946, gal: 3.785411784 },
  area: { m2: 1, km2: 1e6, ha: 10000, acre: 4046.8564224, ft2: 0.09290304 },
  data: { B: 1, KB: 1000, MB: 1e6, GB: 1e9, KiB: 1024, MiB: 1048576, GiB: 1073741824 },
  time: { s: 1, min: 60, h: 3600, d: 86400, wk: 604800 },
};
const TEMPERATURE = {
  C: { toK: (v) => v + 273.15, fromK: (k) => k - 273.15 },
  F: { toK: (v) => ((v - 32) * 5) / 9 + 273.15, fromK: (k) => ((k - 273.15) * 9) / 5 + 32 },
  K: { toK: (v) => v, fromK: (k) => k },
};

function categoryOf(unit) {
  if (TEMPERATURE[unit]) return 'temperature';
  return Object.keys(UNITS).find((c) => unit in UNITS[c]) ?? null;
}

export function convert(value, from, to, precision = 4) {
  const category = categoryOf(from);
  if (!category) throw new Error(`unknown unit "${from}"`);
  if (categoryOf(to) !== category) throw new Error(`cannot convert ${category} unit "${from}" to "${to}"`);
  const raw = category === 'temperature' ? TEMPERATURE[to].fromK(TEMPERATURE[from].toK(value)) : (value * UNITS[category][from]) / UNITS[category][to];
  const scale = 10 ** precision;
  return { category, result: Math.round(raw * scale) / scale };
}

export async function handle(input) {
  const precision = input.precision ?? 4;
  const results = input.conversions.map(({ value, from, to }) => {
    try {
      return { value, from, to, ...convert(value, from, to, precision), error: null };
    } catch (error) {
      return { value, from, to, category: null, result: null, error: error.message };
    }
  });
  return { results };
}
