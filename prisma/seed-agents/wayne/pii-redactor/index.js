// Redacts e-mail addresses, phone numbers, IBANs and card numbers; IBANs and cards are redacted only when their checksum holds.
const PATTERNS = {
  iban: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g,
  card: /\b\d{4}(?:[ -]?\d{4}){2}(?:[ -]?\d{1,4})?\b|\b3[47]\d{2}[ -]?\d{6}[ -]?\d{5}\b/g,
  email: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g,
  // Not glued to a word or another number (ids like u-1612 9981 or 10.0.0.1 are not phones).
  phone: /(?<![\w.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4}(?![\w-])/g,
};
// Earlier types win overlaps: an IBAN's digits must not be reported as a phone number.
const PRIORITY = ['iban', 'card', 'email', 'phone'];

function candidates(text, types) {
  const found = [];
  for (const type of PRIORITY) {
    if (!types.includes(type)) continue;
    for (const m of text.matchAll(PATTERNS[type])) found.push({ type, start: m.index, end: m.index + m[0].length, value: m[0] });
  }
  return found;
}

// Partial masks: e-mails keep their first letter and domain, numbers keep their last four characters.
function mask(f) {
  if (f.type === 'email') {
    const [local, domain] = f.value.split('@');
    return `${local[0]}${'•'.repeat(Math.max(1, local.length - 1))}@${domain}`;
  }
  return f.value.replace(/[A-Za-z0-9](?=(?:[^A-Za-z0-9]*[A-Za-z0-9]){4})/g, '•');
}

export async function handle(input, ctx) {
  const types = input.types ?? PRIORITY;
  const found = candidates(input.text, types);
  const ibans = found.filter((f) => f.type === 'iban');
  const cards = found.filter((f) => f.type === 'card');
  const ibanCheck = ibans.length ? (await ctx.call('@acme/iban-validator', { ibans: ibans.map((f) => f.value) })).results : [];
  const cardCheck = cards.length ? (await ctx.call('@acme/card-checker', { cards: cards.map((f) => f.value) })).results : [];
  const valid = new Set([...ibans.filter((_, i) => ibanCheck[i].valid), ...cards.filter((_, i) => cardCheck[i].valid)]);
  // A card- or IBAN-shaped number that fails its checksum is an order or reference number: leave it readable.
  const rejected = found.filter((f) => (f.type === 'iban' || f.type === 'card') && !valid.has(f));
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  const accepted = [];
  for (const f of found) {
    if (rejected.includes(f)) continue;
    if (f.type === 'phone') {
      const digits = f.value.replace(/\D/g, '').length;
      if (digits < 9 || digits > 15 || /^\d{4}-\d{2}-\d{2}$/.test(f.value)) continue;
      if (rejected.some((r) => overlaps(r, f))) continue;
    }
    if (accepted.some((a) => overlaps(a, f))) continue;
    accepted.push(f);
  }
  accepted.sort((a, b) => a.start - b.start);
  const partial = input.mode === 'partial';
  let redacted = '';
  let at = 0;
  for (const f of accepted) {
    const label = partial ? mask(f) : `[${f.type.toUpperCase()}]`;
    redacted += input.text.slice(at, f.start) + label;
    at = f.end;
  }
  redacted += input.text.slice(at);
  const counts = Object.fromEntries(PRIORITY.map((t) => [t, accepted.filter((f) => f.type === t).length]));
  return { redacted, counts, findings: accepted.map(({ type, start, end }) => ({ type, start, end })) };
}
