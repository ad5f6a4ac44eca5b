// Builds a nested table of contents for a markdown document with GitHub-style anchors.
export async function handle(input, ctx) {
  const minLevel = input.minLevel ?? 2;
  const maxLevel = input.maxLevel ?? 3;
  const headings = [];
  let inFence = false;
  for (const line of input.markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = !inFence && line.match(/^(#{1,6})\s+(.+?)\s*#*\s*$/);
    if (m && m[1].length >= minLevel && m[1].length <= maxLevel) {
      headings.push({ level: m[1].length, text: m[2].replace(/[*_`]/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') });
    }
  }
  const { slugs } = headings.length ? await ctx.call('@stark/slugify', { texts: headings.map((h) => h.text), separator: '-' }) : { slugs: [] };
  // Repeated headings get -1, -2 … like GitHub, so every anchor stays unique.
  const seen = new Map();
  const withAnchors = headings.map((h, i) => {
    const base = slugs[i] || 'section';
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...h, anchor: n ? `${base}-${n}` : base };
  });
  const toc = withAnchors.map((h) => `${'  '.repeat(h.level - minLevel)}- [${h.text}](#${h.anchor})`).join('\n');
  return { toc, headings: withAnchors };
}
