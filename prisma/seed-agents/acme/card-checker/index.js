// Checks payment card numbers with the Luhn algorithm, names the brand and masks all but the last four digits.
const BRANDS = [
  { brand: 'amex', test: /^3[47]/, lengths: [15] },
  { brand: 'visa', test: /^4/, lengths: [13, 16, 19] },
  { brand: 'mastercard', test: /^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/, lengths: [16] },
  { brand: 'discover', test: /^(6011|65|64[4-9])/, lengths: [16, 19] },
  { brand: 'jcb', test: /^35(2[89]|[3-8]\d)/, lengths: [16] },
];

function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Printed grouping: 4-6-5 for 15-digit Amex numbers, blocks of four for 16 digits, none otherwise.
function mask(digits) {
  const masked = '*'.repeat(Math.max(0, digits.length - 4)) + digits.slice(-4);
  if (masked.length === 15) return `${masked.slice(0, 4)} ${masked.slice(4, 10)} ${masked.slice(10)}`;
  if (masked.length === 16) return masked.replace(/(.{4})(?=.)/g, '$1 ');
  return masked;
}

function checkCard(raw) {
  const digits = String(raw).replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return { masked: null, brand: null, valid: false, reason: 'not-a-card-number' };
  const match = BRANDS.find((b) => b.test.test(digits));
  const brand = match ? match.brand : 'unknown';
  const base = { masked: mask(digits), brand, valid: false, reason: null };
  if (match && !match.lengths.includes(digits.length)) return { ...base, reason: `length ${digits.length} is not used by ${brand}` };
  if (!luhn(digits)) return { ...base, reason: 'checksum' };
  return { ...base, valid: true };
}

export async function handle(input) {
  const results = input.cards.map(checkCard);
  return { results, validCount: results.filter((r) => r.valid).length };
}
