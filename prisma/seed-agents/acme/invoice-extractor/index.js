// Extracts header fields, line items and totals from invoice text, then checks the arithmetic and the supplier VAT id.
const AMOUNT = String.raw`-?\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})|-?\d+(?:[.,]\d{2})?`;
const LINE_ITEM = new RegExp(String.raw`^\s*(.+?)\s+(\d+(?:[.,]\d+)?)\s*[x×]\s*(${AMOUNT})\s+(${AMOUNT})\s*$`);
const CURRENCY_HINTS = [['EUR', /€|\bEUR\b/], ['GBP', /£|\bGBP\b/], ['USD', /\$|\bUSD\b/], ['CHF', /\bCHF\b/]];

/** Parses "1.234,50", "1,234.50" and "1234.50" alike: the last separator followed by two digits is the decimal one. */
function parseAmount(text) {
  const clean = text.replace(/\s/g, '');
  const m = clean.match(/^(-?[\d.,]*?)[.,](\d{2})$/);
  const whole = m ? m[1] : clean;
  const cents = m ? m[2] : '00';
  return Number(`${whole.replace(/[.,]/g, '')}.${cents}`);
}

const round2 = (n) => Math.round(n * 100 + (n >= 0 ? 1e-9 : -1e-9)) / 100;

function field(text, label) {
  const m = text.match(new RegExp(String.raw`^\s*(?:${label})\s*[:#]?\s*(.+?)\s*$`, 'im'));
  return m ? m[1] : null;
}

function amountField(text, label) {
  // The label must not be followed by "id"/"no": "VAT ID: DE…" is an identifier, not an amount.
  const m = text.match(new RegExp(String.raw`^\s*(?:${label})(?!\s*(?:id|no\b|number|reg))[^\n\d]*?(?:(\d+(?:[.,]\d+)?)\s*%)?[^\n\d]*(${AMOUNT})\s*(?:[A-Z]{3}|[€$£])?\s*$`, 'im'));
  return m ? { rate: m[1] ? Number(m[1].replace(',', '.')) : null, amount: parseAmount(m[2]) } : null;
}

export async function handle(input, ctx) {
  const text = input.text;
  const currency = (CURRENCY_HINTS.find(([, re]) => re.test(text)) ?? ['EUR'])[0];
  const lineItems = [];
  for (const line of text.split('\n')) {
    const m = line.match(LINE_ITEM);
    if (!m || /^(sub)?total|vat|tax/i.test(m[1])) continue;
    lineItems.push({ description: m[1], quantity: Number(m[2].replace(',', '.')), unitPrice: parseAmount(m[3]), lineTotal: parseAmount(m[4]) });
  }
  const subtotalField = amountField(text, 'sub-?total|net');
  const vatField = amountField(text, 'vat|tax|mwst');
  const totalField = amountField(text, 'total due|grand total|total');
  const itemsSum = round2(lineItems.reduce((s, i) => s + i.lineTotal, 0));
  const subtotal = subtotalField ? subtotalField.amount : itemsSum;
  const vatRate = vatField?.rate ?? input.defaultVatRate ?? null;
  const vat = vatField ? vatField.amount : vatRate === null ? 0 : round2((subtotal * vatRate) / 100);
  const total = totalField ? totalField.amount : round2(subtotal + vat);

  const checks = lineItems.map((item, i) => ({
    check: `line ${i + 1} quantity × unit price`,
    ok: round2(item.quantity * item.unitPrice) === item.lineTotal,
    detail: `${item.quantity} × ${item.unitPrice} = ${round2(item.quantity * item.unitPrice)}, stated ${item.lineTotal}`,
  }));
  checks.push({ check: 'line items add up to subtotal', ok: itemsSum === subtotal, detail: `sum ${itemsSum}, subtotal ${subtotal}` });
  if (vatRate !== null) {
    const expectedVat = round2((subtotal * vatRate) / 100);
    checks.push({ check: `VAT at ${vatRate}%`, ok: Math.abs(expectedVat - vat) <= 0.01, detail: `expected ${expectedVat}, stated ${vat}` });
  }
  checks.push({ check: 'subtotal + VAT = total', ok: round2(subtotal + vat) === total, detail: `${subtotal} + ${vat} = ${round2(subtotal + vat)}, stated ${total}` });

  const vatIdText = field(text, 'vat id|vat no\\.?|ust-?idnr\\.?');
  let vatId = null;
  if (vatIdText) {
    const { results } = await ctx.call('@acme/vat-id-validator', { vatIds: [vatIdText] });
    vatId = { value: results[0].normalized, valid: results[0].valid };
    checks.push({ check: 'supplier VAT id', ok: results[0].valid, detail: results[0].reason ?? 'valid' });
  }
  const { formatted } = await ctx.call('@acme/currency-formatter', { amounts: [{ amount: total, currency }], locale: input.locale ?? 'en-US' });
  ctx.log(`extracted ${lineItems.length} line items`);

  return {
    supplier: field(text, 'supplier|from|vendor'),
    invoiceNumber: field(text, 'invoice (?:no\\.?|number|#)'),
    date: field(text, 'invoice date|date'),
    currency,
    vatId,
    lineItems,
    subtotal,
    vatRate,
    vat,
    total,
    totalFormatted: formatted[0],
    checks,
    ok: checks.every((c) => c.ok),
  };
}
