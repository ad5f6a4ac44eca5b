// Finds duplicate contacts by normalised e-mail, phone number or name + company, and merges each group.
function normEmail(email) {
  if (!email) return null;
  let [local, domain] = email.trim().toLowerCase().split('@');
  if (!domain) return null;
  local = local.replace(/\+.*$/, '');
  // Gmail ignores dots in the local part; other providers do not.
  if (domain === 'gmail.com' || domain === 'googlemail.com') return `${local.replace(/\./g, '')}@gmail.com`;
  return `${local}@${domain}`;
}

function normPhone(phone, countryCode) {
  if (!phone) return null;
  let digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) digits = `+${countryCode}${digits.slice(1)}`;
  else if (!digits.startsWith('+')) digits = `+${countryCode}${digits}`;
  return digits.length >= 8 ? digits : null;
}

function normName(name) {
  if (!name) return null;
  const tokens = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z\s]/g, ' ').split(/\s+/).filter((t) => t.length > 1);
  return tokens.length ? tokens.sort().join(' ') : null;
}

export async function handle(input) {
  const cc = input.defaultCountryCode ?? '1';
  const contacts = input.contacts;
  const parent = contacts.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const reasons = contacts.map(() => new Set());
  const keys = new Map();
  contacts.forEach((c, i) => {
    const company = (c.company ?? '').toLowerCase().replace(/\b(inc|ltd|gmbh|llc|corp)\b\.?/g, '').trim();
    const candidates = [['email', normEmail(c.email)], ['phone', normPhone(c.phone, cc)], ['name+company', normName(c.name) && company ? `${normName(c.name)}|${company}` : null]];
    for (const [kind, key] of candidates) {
      if (!key) continue;
      const id = `${kind}:${key}`;
      if (keys.has(id)) {
        const j = keys.get(id);
        parent[find(i)] = find(j);
        reasons[i].add(kind);
        reasons[j].add(kind);
      } else keys.set(id, i);
    }
  });
  const groups = new Map();
  contacts.forEach((_, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(i);
  });
  const duplicates = [];
  const merged = [];
  for (const members of groups.values()) {
    // The contact with the most filled-in fields survives; the others fill its gaps.
    const filled = (c) => ['name', 'email', 'phone', 'company'].filter((f) => c[f]).length;
    const order = [...members].sort((a, b) => filled(contacts[b]) - filled(contacts[a]) || a - b);
    const record = {};
    for (const i of [...order].reverse()) for (const [k, v] of Object.entries(contacts[i])) if (v) record[k] = v;
    record.id = contacts[order[0]].id;
    merged.push(record);
    if (members.length > 1) {
      duplicates.push({ keep: record.id, remove: order.slice(1).map((i) => contacts[i].id), matchedOn: [...new Set(members.flatMap((i) => [...reasons[i]]))].sort() });
    }
  }
  return { uniqueCount: merged.length, duplicateCount: contacts.length - merged.length, duplicates, merged };
}
