// Sorts an email into invoice, meeting, newsletter, support, sales, security-alert or personal with weighted rules.
const RULES = [
  ['invoice', /\b(invoice|receipt|payment due|amount due|remittance|billing statement)\b/i, 3],
  ['invoice', /\b(pdf attached|net 30|iban|due date)\b/i, 1],
  ['meeting', /\b(meeting|invite|invitation|calendar|reschedule|agenda)\b/i, 2],
  ['meeting', /\b(\d{1,2}(:\d{2})?\s?(am|pm)|tomorrow at|zoom|teams call)\b/i, 1],
  ['newsletter', /\b(unsubscribe|newsletter|weekly digest|view in browser)\b/i, 3],
  ['newsletter', /^(news|no-?reply|noreply|updates?)@/i, 1, 'from'],
  ['support', /\b(ticket|case #?\d+|support request|not working|error|bug)\b/i, 2],
  ['sales', /\b(quote|pricing|demo|proposal|discount|limited offer|special offer)\b/i, 2],
  ['security-alert', /\b(new sign-?in|password (was )?changed|verification code|suspicious|2fa|security alert)\b/i, 3],
  ['personal', /\b(dinner|birthday|weekend|family|congrats|congratulations)\b/i, 2],
];
const ACTIONS = {
  invoice: 'Forward to accounts payable', meeting: 'Add to calendar', newsletter: 'Move to Reading folder',
  support: 'Open or update a ticket', sales: 'Assign to sales owner', 'security-alert': 'Verify the sign-in, never click links',
  personal: 'Keep in inbox', other: 'Review manually',
};

export async function handle(input) {
  const scores = {};
  const evidence = [];
  for (const [category, pattern, weight, field] of RULES) {
    const text = field === 'from' ? input.from ?? '' : `${input.subject}\n${input.subject}\n${input.body}`;
    const hits = (text.match(new RegExp(pattern.source, 'gi')) ?? []).length;
    if (!hits) continue;
    scores[category] = (scores[category] ?? 0) + weight * Math.min(hits, 3);
    evidence.push(`${category}: ${(text.match(pattern) ?? [''])[0].toLowerCase()}`);
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = ranked.reduce((s, [, v]) => s + v, 0);
  const category = ranked.length ? ranked[0][0] : 'other';
  const confidence = ranked.length ? Math.round((ranked[0][1] / total) * 100) / 100 : 0;
  return { category, confidence, scores, evidence, suggestedAction: ACTIONS[category] };
}
