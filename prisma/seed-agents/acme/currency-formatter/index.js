// Formats money amounts for a handful of locales from fixed rules, so output never depends on the host's ICU data.
const LOCALES = {
  'en-US': { group: ',', decimal: '.', pattern: 'prefix' },
  'en-GB': { group: ',', decimal: '.', pattern: 'prefix' },
  'de-DE': { group: '.', decimal: ',', pattern: 'suffix' },
  'fr-FR': { group: ' ', decimal: ',', pattern: 'suffix' },
  'es-ES': { group: '.', decimal: ',', pattern: 'suffix' },
  'ja-JP': { group: ',', decimal: '.', pattern: 'prefix' },
  'de-CH': { group: "'", decimal: '.', pattern: 'code-prefix' },
};
const CURRENCIES = {
  USD: { symbol: '$', digits: 2 }, EUR: { symbol: '€', digits: 2 }, GBP: { symbol: '£', digits: 2 },
  JPY: { symbol: '¥', digits: 0 }, CHF: { symbol: 'CHF', digits: 2 }, SEK: { symbol: 'kr', digits: 2 },
  KWD: { symbol: 'KD', digits: 3 },
};

/** Rounds half away from zero at `digits` places and returns the integer and fraction strings. */
function split(amount, digits) {
  const scale = 10 ** digits;
  const scaled = Math.round(Math.abs(amount) * scale + 1e-7);
  const whole = String(Math.floor(scaled / scale));
  const fraction = digits ? String(scaled % scale).padStart(digits, '0') : '';
  return { whole, fraction };
}

function group(whole, separator) {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function formatAmount(amount, currency, locale) {
  const rules = LOCALES[locale];
  const cur = CURRENCIES[currency];
  if (!rules) throw new Error(`unsupported locale ${locale}`);
  if (!cur) throw new Error(`unsupported currency ${currency}`);
  const { whole, fraction } = split(amount, cur.digits);
  const number = group(whole, rules.group) + (fraction ? rules.decimal + fraction : '');
  const sign = amount < 0 && Number(whole + fraction) !== 0 ? '-' : '';
  if (rules.pattern === 'suffix') return `${sign}${number} ${cur.symbol}`;
  if (rules.pattern === 'code-prefix') return `${sign}${currency} ${number}`;
  return `${sign}${cur.symbol}${number}`;
}

export async function handle(input) {
  const locale = input.locale ?? 'en-US';
  const formatted = input.amounts.map((a) => formatAmount(a.amount, a.currency, locale));
  return { locale, formatted };
}
