// Parses commit messages in the Conventional Commits format: type, scope, breaking marker, subject and footers.
const HEADER = /^(\w+)(?:\(([^)]+)\))?(!)?:\s+(.+)$/;
const KNOWN = new Set(['feat', 'fix', 'perf', 'refactor', 'docs', 'test', 'build', 'ci', 'chore', 'style', 'revert']);

function parse(message) {
  const [header, ...rest] = message.trim().split('\n');
  const m = header.trim().match(HEADER);
  const body = rest.join('\n').trim();
  const breakingNote = body.match(/^BREAKING[ -]CHANGE:\s*(.+)$/m);
  const refs = [...message.matchAll(/(?:closes|fixes|refs?)\s+#(\d+)/gi)].map((x) => Number(x[1]));
  if (!m || !KNOWN.has(m[1].toLowerCase())) {
    return { conventional: false, type: null, scope: null, subject: header.trim(), breaking: Boolean(breakingNote), breakingNote: breakingNote ? breakingNote[1] : null, refs };
  }
  return {
    conventional: true,
    type: m[1].toLowerCase(),
    scope: m[2] ?? null,
    subject: m[4].trim(),
    breaking: Boolean(m[3] || breakingNote),
    breakingNote: breakingNote ? breakingNote[1] : m[3] ? m[4].trim() : null,
    refs,
  };
}

export async function handle(input) {
  const commits = input.commits.map(parse);
  const byType = {};
  for (const c of commits) {
    const key = c.type ?? 'other';
    byType[key] = (byType[key] ?? 0) + 1;
  }
  return { commits, byType, breakingCount: commits.filter((c) => c.breaking).length };
}
