// Smooths a numeric series with a simple, exponential or centred moving average, or a trailing rolling median.
const round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;

function sma(series, window) {
  let sum = 0;
  return series.map((x, i) => {
    sum += x;
    if (i >= window) sum -= series[i - window];
    return i >= window - 1 ? sum / window : null;
  });
}

function ema(series, window) {
  const alpha = 2 / (window + 1);
  let level = null;
  return series.map((x) => (level = level === null ? x : alpha * x + (1 - alpha) * level));
}

function centred(series, window) {
  const half = Math.floor(window / 2);
  return series.map((_, i) => {
    if (i < half || i + half >= series.length) return null;
    const slice = series.slice(i - half, i + half + 1);
    return slice.reduce((s, x) => s + x, 0) / slice.length;
  });
}

// Trailing rolling median: robust to single outliers, which a mean is not.
function median(series, window) {
  return series.map((_, i) => {
    if (i < window - 1) return null;
    const s = series.slice(i - window + 1, i + 1).sort((a, b) => a - b);
    const mid = Math.floor(window / 2);
    return window % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  });
}

const METHODS = { sma, ema, centred, median };

export async function handle(input) {
  const method = input.method ?? 'sma';
  const window = input.window ?? 3;
  const digits = input.digits ?? 3;
  if (!METHODS[method]) throw new Error(`unknown method "${method}"; use sma, ema, centred or median`);
  if (!Number.isInteger(window) || window < 1) throw new Error('window must be a positive integer');
  const smoothed = METHODS[method](input.series, window).map((v) => (v === null ? null : round(v, digits)));
  const last = [...smoothed].reverse().find((v) => v !== null) ?? null;
  return { method, window, smoothed, last };
}
