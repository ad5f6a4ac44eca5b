// Evaluates an A/B conversion test with a two-proportion z-test and reports uplift, p-value and a verdict.
// Abramowitz & Stegun 7.1.26 approximation of erf, accurate to about 1.5e-7.
function erf(x) {
  const sign = x < 0 ? -1 : 1;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return sign * y;
}
const normalCdf = (z) => 0.5 * (1 + erf(z / Math.SQRT2));
const round = (n, d) => Math.round(n * 10 ** d) / 10 ** d;

export async function handle(input) {
  const { control, variant } = input;
  const alpha = 1 - (input.confidence ?? 0.95);
  for (const [name, arm] of [['control', control], ['variant', variant]]) {
    if (arm.visitors <= 0 || arm.conversions < 0 || arm.conversions > arm.visitors) throw new Error(`${name}: need 0 ≤ conversions ≤ visitors and visitors > 0`);
  }
  const p1 = control.conversions / control.visitors;
  const p2 = variant.conversions / variant.visitors;
  const pooled = (control.conversions + variant.conversions) / (control.visitors + variant.visitors);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / control.visitors + 1 / variant.visitors));
  const z = se === 0 ? 0 : (p2 - p1) / se;
  const pValue = 2 * (1 - normalCdf(Math.abs(z)));
  const significant = pValue < alpha;
  const verdict = !significant ? 'inconclusive' : p2 > p1 ? 'variant wins' : 'control wins';
  // Rough per-arm sample size for the observed effect at 80% power (z 1.96 + 0.84).
  const effect = Math.abs(p2 - p1);
  const needed = effect === 0 ? null : Math.ceil(((1.96 + 0.84) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2))) / effect ** 2);
  return {
    controlRate: round(p1, 4),
    variantRate: round(p2, 4),
    upliftPct: p1 === 0 ? null : round(((p2 - p1) / p1) * 100, 2),
    z: round(z, 3),
    pValue: round(pValue, 4),
    significant,
    verdict,
    samplePerArmFor80PctPower: needed,
  };
}
