// Recommends the next semantic version from Conventional Commits since the last release.
function bumpVersion(version, bump) {
  const m = version.match(/^(\d+)\.(\d+)\.(\d+)/);
  if (!m) throw new Error(`"${version}" is not a semantic version`);
  let [major, minor, patch] = m.slice(1).map(Number);
  if (bump === 'major') [major, minor, patch] = [major + 1, 0, 0];
  else if (bump === 'minor') [minor, patch] = [minor + 1, 0];
  else if (bump === 'patch') patch += 1;
  return `${major}.${minor}.${patch}`;
}

export async function handle(input, ctx) {
  const { commits } = await ctx.call('@northwind/commit-parser', { commits: input.commits });
  const reasons = [];
  let bump = 'none';
  const rank = { none: 0, patch: 1, minor: 2, major: 3 };
  const raise = (to, why) => {
    if (rank[to] > rank[bump]) bump = to;
    reasons.push(why);
  };
  for (const c of commits) {
    if (c.breaking) raise('major', `breaking: ${c.breakingNote ?? c.subject}`);
    else if (c.type === 'feat') raise('minor', `feature: ${c.subject}`);
    else if (c.type === 'fix' || c.type === 'perf') raise('patch', `${c.type}: ${c.subject}`);
  }
  // Before 1.0.0 the public API is not stable, so a breaking change only moves the minor number.
  const initial = input.currentVersion.startsWith('0.');
  const applied = initial && bump === 'major' ? 'minor' : bump;
  return {
    bump: applied,
    nextVersion: applied === 'none' ? input.currentVersion : bumpVersion(input.currentVersion, applied),
    reasons,
    ignored: commits.filter((c) => !c.breaking && !['feat', 'fix', 'perf'].includes(c.type)).length,
  };
}
