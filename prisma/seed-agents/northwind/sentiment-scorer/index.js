// Lexicon-based sentiment with negation ("not good") and intensifiers ("very bad"), in the spirit of AFINN.
const LEXICON = {
  love: 3, great: 3, excellent: 3, amazing: 3, fantastic: 3, perfect: 3, awesome: 3,
  good: 2, happy: 2, thanks: 2, thank: 2, helpful: 2, quick: 1, fast: 1, easy: 1, nice: 2, resolved: 2, works: 1,
  bad: -2, slow: -2, broken: -3, bug: -1, error: -2, fail: -2, failed: -2, failing: -2, crash: -3, crashes: -3,
  angry: -3, terrible: -3, awful: -3, worst: -3, useless: -3, frustrated: -2, frustrating: -2, disappointed: -2,
  annoying: -2, unacceptable: -3, refund: -1, cancel: -1, wrong: -2, lost: -2, problem: -1, issue: -1, down: -1,
  charged: -1, twice: -1, confusing: -2, hate: -3, ridiculous: -3, late: -1, missing: -1,
};
const NEGATORS = new Set(['not', "don't", 'dont', 'never', 'no', "isn't", "doesn't", "didn't", "wasn't", 'cannot', "can't", 'without']);
const INTENSIFIERS = { very: 1.5, really: 1.5, extremely: 2, so: 1.3, totally: 1.5, completely: 1.5 };

export async function handle(input) {
  const tokens = input.text.toLowerCase().match(/[a-z']+/g) ?? [];
  let score = 0;
  const positive = [];
  const negative = [];
  tokens.forEach((token, i) => {
    const base = LEXICON[token];
    if (base === undefined) return;
    let value = base;
    const prev = tokens.slice(Math.max(0, i - 2), i);
    const boost = prev.map((t) => INTENSIFIERS[t]).find(Boolean);
    if (boost) value *= boost;
    // A negator within the two preceding words flips and dampens the word, as "not good" is milder than "bad".
    if (prev.some((t) => NEGATORS.has(t))) value = -value * 0.5;
    score += value;
    (value > 0 ? positive : negative).push(token);
  });
  score = Math.round(score * 100) / 100;
  const comparative = tokens.length ? Math.round((score / tokens.length) * 1000) / 1000 : 0;
  const label = score >= 2 ? 'positive' : score <= -2 ? 'negative' : 'neutral';
  return { score, comparative, label, positive, negative };
}
