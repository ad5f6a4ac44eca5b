// Splits single-line postal addresses from the US, UK and Germany into street, number, city, region and postcode.
const US_STATES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));
const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/i;

function parseOne(raw) {
  const text = raw.replace(/\s+/g, ' ').trim();
  const parts = text.split(/\s*,\s*/);
  const empty = { input: raw, country: null, street: null, houseNumber: null, unit: null, city: null, region: null, postalCode: null, confidence: 0 };

  // US: "350 Fifth Avenue, Suite 5000, New York, NY 10118"
  const us = text.match(/,\s*([A-Za-z .'-]+?),?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)(?:,\s*(?:USA|US|United States))?$/);
  if (us && US_STATES.has(us[2])) {
    const first = parts[0].match(/^(\d+[A-Z]?)\s+(.+)$/);
    const unit = parts.slice(1, -2).find((p) => /^(suite|ste|apt|unit|#)/i.test(p)) ?? null;
    return {
      ...empty,
      country: 'US',
      houseNumber: first ? first[1] : null,
      street: first ? first[2] : parts[0],
      unit,
      city: us[1].trim(),
      region: us[2],
      postalCode: us[3],
      confidence: first ? 0.95 : 0.7,
    };
  }
  // UK: "10 Downing Street, London SW1A 2AA"
  const uk = text.match(UK_POSTCODE);
  if (uk && !/\b\d{5}\b/.test(text)) {
    const postalCode = `${uk[1]} ${uk[2]}`.toUpperCase();
    const withoutPostcode = text.replace(UK_POSTCODE, '').replace(/,?\s*(UK|United Kingdom)$/i, '').replace(/\s*,\s*$/, '');
    const segs = withoutPostcode.split(/\s*,\s*/).map((s) => s.trim()).filter(Boolean);
    const first = segs[0].match(/^(\d+[A-Z]?)\s+(.+)$/i);
    const city = segs.length > 1 ? segs[segs.length - 1] : null;
    return { ...empty, country: 'GB', houseNumber: first ? first[1] : null, street: first ? first[2] : segs[0], city, postalCode, confidence: first ? 0.9 : 0.7 };
  }
  // Germany: "Hauptstraße 5a, 10115 Berlin"
  const de = text.match(/^(.+?)\s+(\d+\s?[a-z]?(?:-\d+)?),\s*(\d{5})\s+([^,]+?)(?:,\s*(?:Deutschland|Germany))?$/i);
  if (de) return { ...empty, country: 'DE', street: de[1], houseNumber: de[2].replace(/\s/g, ''), city: de[4], postalCode: de[3], confidence: 0.9 };
  return { ...empty, street: parts[0] ?? null, confidence: 0.1 };
}

export async function handle(input) {
  const addresses = input.addresses.map(parseOne);
  return { addresses, unparsed: addresses.filter((a) => a.country === null).length };
}
