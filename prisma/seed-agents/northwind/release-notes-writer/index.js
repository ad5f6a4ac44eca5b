// Turns merged pull-request titles into customer-facing release notes grouped by product area.
const AREA_NAMES = { api: 'API', ui: 'Dashboard', web: 'Dashboard', auth: 'Sign-in and security', billing: 'Billing', export: 'Exports', search: 'Search' };
const VERBS = { Features: 'New', 'Bug fixes': 'Fixed', Performance: 'Faster', '⚠ Breaking changes': 'Action required' };

function customerSentence(entry) {
  const m = entry.match(/^(?:\*\*([^*]+):\*\* )?(.+?)(?: \((#\d+(?:, #\d+)*)\))?$/);
  const text = m[2].charAt(0).toUpperCase() + m[2].slice(1);
  return { area: m[1] ?? null, text: /[.!?]$/.test(text) ? text : `${text}.` };
}

export async function handle(input, ctx) {
  const log = await ctx.call('@northwind/changelog-writer', {
    currentVersion: input.currentVersion,
    commits: input.commits,
    date: input.date,
  });
  const groups = {};
  const highlights = [];
  for (const [section, entries] of Object.entries(log.sections)) {
    const verb = VERBS[section];
    // Refactoring and documentation commits do not change what a customer sees.
    if (!verb) continue;
    for (const entry of entries) {
      const { area, text } = customerSentence(entry);
      const areaName = area ? AREA_NAMES[area.toLowerCase()] ?? area.charAt(0).toUpperCase() + area.slice(1) : 'General';
      (groups[areaName] ??= []).push(`**${verb}:** ${text}`);
      if (verb === 'New' || verb === 'Action required') highlights.push(text);
    }
  }
  const title = `${input.product} ${log.version}`;
  const lines = [`# What's new in ${title}`, '', `_Released ${input.date}_`];
  for (const area of Object.keys(groups).sort()) lines.push('', `## ${area}`, '', ...groups[area].map((g) => `- ${g}`));
  if (!Object.keys(groups).length) lines.push('', 'Maintenance release with internal improvements only.');
  return { version: log.version, title, notes: `${lines.join('\n')}\n`, highlights };
}
