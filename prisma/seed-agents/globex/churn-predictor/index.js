// Scores SaaS accounts by churn risk with a fixed logistic model and lists the signals behind each score.
const INTERCEPT = -1.2;
const SIGNALS = [
  { id: 'low-seat-usage', weight: 1.4, test: (a) => a.seatsUsedPct < 50, why: (a) => `only ${a.seatsUsedPct}% of seats in use` },
  { id: 'falling-logins', weight: 1.1, test: (a) => a.loginsPrev30 > 0 && a.loginsLast30 < a.loginsPrev30 * 0.7, why: (a) => `logins fell from ${a.loginsPrev30} to ${a.loginsLast30}` },
  { id: 'no-logins', weight: 1.8, test: (a) => a.loginsLast30 === 0, why: () => 'no logins in the last 30 days' },
  { id: 'many-tickets', weight: 0.6, test: (a) => a.ticketsLast30 >= 5, why: (a) => `${a.ticketsLast30} support tickets in 30 days` },
  { id: 'failed-payments', weight: 0.9, test: (a) => (a.failedPayments ?? 0) > 0, why: (a) => `${a.failedPayments} failed payment(s)` },
  { id: 'renewal-soon', weight: 0.5, test: (a) => a.daysToRenewal !== undefined && a.daysToRenewal <= 45, why: (a) => `renewal in ${a.daysToRenewal} days` },
  { id: 'detractor', weight: 0.8, test: (a) => a.nps !== undefined && a.nps <= 6, why: (a) => `NPS answer ${a.nps}` },
  { id: 'growing-usage', weight: -1.0, test: (a) => a.loginsLast30 > a.loginsPrev30 * 1.2 && a.loginsPrev30 > 0, why: () => 'logins growing' },
  { id: 'promoter', weight: -0.7, test: (a) => a.nps !== undefined && a.nps >= 9, why: (a) => `NPS answer ${a.nps}` },
];

function score(account) {
  const signals = SIGNALS.filter((s) => s.test(account)).map((s) => ({ signal: s.id, weight: s.weight, detail: s.why(account) }));
  const z = INTERCEPT + signals.reduce((sum, s) => sum + s.weight, 0);
  const risk = Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
  const band = risk >= 0.7 ? 'high' : risk >= 0.4 ? 'medium' : 'low';
  return { id: account.id, risk, band, signals: signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)) };
}

export async function handle(input) {
  const scores = input.accounts.map(score).sort((a, b) => b.risk - a.risk || a.id.localeCompare(b.id));
  const bands = { high: 0, medium: 0, low: 0 };
  for (const s of scores) bands[s.band]++;
  return { scores, bands };
}
