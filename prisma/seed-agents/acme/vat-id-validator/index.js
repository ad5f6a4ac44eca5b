// Validates EU and UK VAT identification numbers: country format rules plus the check digit where it is public.
const FORMATS = {
  AT: /^U\d{8}$/, BE: /^[01]\d{9}$/, DE: /^\d{9}$/, DK: /^\d{8}$/, ES: /^[0-9A-Z]\d{7}[0-9A-Z]$/,
  FI: /^\d{8}$/, FR: /^[0-9A-Z]{2}\d{9}$/, GB: /^(\d{9}|\d{12})$/, IE: /^\d{7}[A-W][A-I]?$/,
  IT: /^\d{11}$/, LU: /^\d{8}$/, NL: /^\d{9}B\d{2}$/, PL: /^\d{10}$/, PT: /^\d{9}$/, SE: /^\d{10}01$/,
};

// ISO 7064 MOD 11,10, used by the German Bundeszentralamt für Steuern.
function germanCheck(body) {
  let product = 10;
  for (let i = 0; i < 8; i++) {
    let sum = (Number(body[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(body[8]);
}

// Italian partita IVA: Luhn-style sum over 11 digits.
function italianCheck(body) {
  let sum = 0;
  for (let i = 0; i < 11; i++) {
    let d = Number(body[i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Belgian numbers: the last two digits are 97 minus the first eight modulo 97.
function belgianCheck(body) {
  return 97 - (Number(body.slice(0, 8)) % 97) === Number(body.slice(8));
}

const CHECKS = { DE: germanCheck, IT: italianCheck, BE: belgianCheck };

function checkVatId(raw) {
  const normalized = String(raw).replace(/[\s.-]/g, '').toUpperCase();
  const country = normalized.slice(0, 2);
  const body = normalized.slice(2);
  const result = { input: raw, normalized, country, valid: false, checksumVerified: false, reason: null };
  const format = FORMATS[country];
  if (!format) return { ...result, reason: 'unsupported-country' };
  if (!format.test(body)) return { ...result, reason: 'format' };
  const check = CHECKS[country];
  if (check && !check(body)) return { ...result, reason: 'checksum' };
  return { ...result, valid: true, checksumVerified: Boolean(check) };
}

export async function handle(input) {
  const results = input.vatIds.map(checkVatId);
  return { results, validCount: results.filter((r) => r.valid).length };
}
