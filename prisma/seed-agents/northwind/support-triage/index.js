// Routes a support ticket to a queue by keyword scoring and sets urgency from wording, customer tier and sentiment.
const QUEUES = {
  billing: ['invoice', 'charged', 'charge', 'refund', 'payment', 'billing', 'subscription', 'price', 'card', 'twice'],
  technical: ['error', 'bug', 'crash', 'crashes', 'broken', 'api', 'timeout', 'failing', 'fails', 'sync', 'install', 'login', 'outage', 'down'],
  account: ['password', 'account', 'email', 'username', 'access', 'locked', 'delete', 'gdpr', 'permissions', 'sso'],
  shipping: ['delivery', 'shipping', 'shipment', 'tracking', 'parcel', 'package', 'arrived', 'courier', 'damaged'],
  'feature-request': ['feature', 'request', 'suggestion', 'would', 'wish', 'could', 'support', 'roadmap', 'integration'],
};
const URGENT = [
  [/\b(outage|production (is )?down|site is down|all users)\b/i, 3, 'outage wording'],
  [/\b(data loss|lost (all|our) data|security|breach|hacked)\b/i, 3, 'data or security risk'],
  [/\b(urgent|asap|immediately|critical|emergency)\b/i, 2, 'explicit urgency'],
  [/\b(cannot|can't|unable to|blocked)\b/i, 1, 'customer is blocked'],
  [/\b(charged twice|double charged)\b/i, 1, 'duplicate charge'],
];
const TIER_BONUS = { enterprise: 2, business: 1, free: 0 };
const LEVELS = ['low', 'normal', 'high', 'critical'];

export async function handle(input, ctx) {
  const text = `${input.subject}\n${input.body}`;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  const scores = {};
  for (const [queue, keys] of Object.entries(QUEUES)) {
    // Subject words count twice: customers put the gist there.
    const subjectWords = input.subject.toLowerCase().match(/[a-z']+/g) ?? [];
    scores[queue] = words.filter((w) => keys.includes(w)).length + subjectWords.filter((w) => keys.includes(w)).length;
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const queue = ranked[0][1] > 0 ? ranked[0][0] : 'general';
  const confidence = ranked[0][1] === 0 ? 0 : Math.round((ranked[0][1] / (ranked[0][1] + ranked[1][1])) * 100) / 100;

  const sentiment = await ctx.call('@northwind/sentiment-scorer', { text });
  const reasons = [];
  let points = 1;
  for (const [pattern, weight, reason] of URGENT) {
    if (pattern.test(text)) {
      points += weight;
      reasons.push(reason);
    }
  }
  const tierBonus = TIER_BONUS[input.customerTier ?? 'free'] ?? 0;
  if (tierBonus) reasons.push(`${input.customerTier} customer`);
  points += tierBonus;
  if (sentiment.label === 'negative') {
    points += 1;
    reasons.push('negative sentiment');
  }
  const urgency = LEVELS[Math.min(3, Math.floor(points / 2))];
  return { queue, confidence, urgency, sentiment: sentiment.label, sentimentScore: sentiment.score, reasons, scores };
}
