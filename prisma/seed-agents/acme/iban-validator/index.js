// Validates IBANs with the per-country length table and the ISO 13616 mod-97 checksum.
const LENGTHS = {
  AD: 24, AT: 20, BE: 16, CH: 21, CZ: 24, DE: 22, DK: 18, ES: 24, FI: 18, FR: 27,
  GB: 22, IE: 22, IT: 27, LU: 20, NL: 18, NO: 15, PL: 28, PT: 25, SE: 24, SK: 24,
};

/** Remainder of a long digit string modulo 97, digit by digit so no precision is lost. */
function mod97(digits) {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

function checkIban(raw) {
  const compact = String(raw).replace(/[\s-]/g, '').toUpperCase();
  const country = compact.slice(0, 2);
  const result = { input: raw, valid: false, country: /^[A-Z]{2}$/.test(country) ? country : null, formatted: null, reason: null };
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return { ...result, reason: 'malformed' };
  const expected = LENGTHS[country];
  if (!expected) return { ...result, reason: 'unsupported-country' };
  if (compact.length !== expected) return { ...result, reason: `length ${compact.length}, expected ${expected}` };
  // Move the country code and check digits to the end, then letters become 10..35.
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  if (mod97(digits) !== 1) return { ...result, reason: 'checksum' };
  return { ...result, valid: true, formatted: compact.replace(/(.{4})/g, '$1 ').trim() };
}

export async function handle(input) {
  const results = input.ibans.map(checkIban);
  return { results, validCount: results.filter((r) => r.valid).length };
}
