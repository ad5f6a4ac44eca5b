// Writes a Keep-a-Changelog style markdown section from Conventional Commits, choosing the version when none is given.
const SECTIONS = [
  ['breaking', '⚠ Breaking changes'],
  ['feat', 'Features'],
  ['fix', 'Bug fixes'],
  ['perf', 'Performance'],
  ['refactor', 'Refactoring'],
  ['docs', 'Documentation'],
];

export async function handle(input, ctx) {
  const { commits } = await ctx.call('@northwind/commit-parser', { commits: input.commits });
  let version = input.version;
  if (!version) {
    const advice = await ctx.call('@northwind/semver-advisor', { currentVersion: input.currentVersion, commits: input.commits });
    version = advice.nextVersion;
  }
  const sections = {};
  for (const c of commits) {
    const key = c.breaking ? 'breaking' : c.type;
    const entry = SECTIONS.find(([k]) => k === key);
    if (!entry) continue;
    const body = c.breaking && c.breakingNote ? c.breakingNote : c.subject;
    // Issues already named in the subject ("fixes #51") are not repeated.
    const refs = c.refs.filter((r) => !body.includes(`#${r}`));
    const text = `${c.scope ? `**${c.scope}:** ` : ''}${body}${refs.length ? ` (${refs.map((r) => `#${r}`).join(', ')})` : ''}`;
    (sections[entry[1]] ??= []).push(text);
  }
  const lines = [`## [${version}] - ${input.date}`];
  for (const [, title] of SECTIONS) {
    if (!sections[title]) continue;
    lines.push('', `### ${title}`, '', ...sections[title].map((t) => `- ${t}`));
  }
  const entries = Object.values(sections).reduce((n, list) => n + list.length, 0);
  return { version, markdown: `${lines.join('\n')}\n`, sections, entries, skipped: commits.length - entries };
}
