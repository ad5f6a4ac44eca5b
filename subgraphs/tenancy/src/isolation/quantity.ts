// Kubernetes resource quantities ("500m", "4Gi", "1e3"): syntax check and a numeric value for comparing them.
const QUANTITY = /^(\d+(?:\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/;

const SUFFIX: Record<string, number> = {
  '': 1,
  n: 1e-9, u: 1e-6, m: 1e-3,
  k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

export const isQuantity = (s: string): boolean => QUANTITY.test(s);

/** Approximate value (a float) of a valid quantity; only used to compare defaults against a quota. */
export function quantityValue(s: string): number {
  const match = QUANTITY.exec(s);
  if (!match) throw new Error(`not a Kubernetes quantity: ${s}`);
  const [, number = '0', suffix = ''] = match;
  const factor = /^[eE]/.test(suffix) ? 10 ** Number(suffix.slice(1)) : (SUFFIX[suffix] ?? 1);
  return Number(number) * factor;
}
