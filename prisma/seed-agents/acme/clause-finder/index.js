// Splits contract text into numbered clauses and labels each with a clause type from keyword evidence.
const TYPES = {
  term: ['term', 'commence', 'renew', 'renewal', 'duration', 'expire'],
  payment: ['fee', 'fees', 'invoice', 'payment', 'pay', 'price', 'interest'],
  liability: ['liability', 'liable', 'indemnify', 'indemnification', 'damages'],
  confidentiality: ['confidential', 'confidentiality', 'disclose', 'non-disclosure'],
  termination: ['terminate', 'termination', 'breach', 'cure'],
  'governing-law': ['governed', 'governing', 'jurisdiction', 'courts', 'law'],
  'intellectual-property': ['intellectual', 'property', 'license', 'licence', 'copyright', 'ownership'],
  'data-protection': ['personal', 'data', 'gdpr', 'processor', 'controller'],
};
const HEADING = /^\s*(\d+(?:\.\d+)*)[.)]?\s+([A-Z][^\n]{0,60}?)\s*$/;

function classify(title, body) {
  const words = `${title} ${title} ${body}`.toLowerCase().match(/[a-z-]+/g) ?? [];
  let best = { type: 'other', score: 0 };
  for (const [type, keys] of Object.entries(TYPES)) {
    const score = words.filter((w) => keys.includes(w)).length;
    if (score > best.score) best = { type, score };
  }
  return best.type;
}

export async function handle(input) {
  const clauses = [];
  let current = null;
  for (const line of input.text.split('\n')) {
    const heading = line.match(HEADING);
    // A heading is a short numbered line; a numbered line ending in a full stop is body text.
    if (heading && !/[.;:]$/.test(heading[2])) {
      current = { number: heading[1], title: heading[2], lines: [] };
      clauses.push(current);
    } else if (current && line.trim()) {
      current.lines.push(line.trim());
    }
  }
  return {
    clauses: clauses.map((c) => {
      const text = c.lines.join(' ');
      return { number: c.number, title: c.title, type: classify(c.title, text), text };
    }),
  };
}
