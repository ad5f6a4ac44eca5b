// `.nexusignore`: which files stay out of an agent's tarball, in a small subset of .gitignore syntax.
//
// One pattern per line; blank lines and lines starting with # are skipped.
//   name       a file or folder with that name at any depth (`*.test.js`, `fixtures`)
//   a/b.js     a path from the package root (any pattern containing a slash is anchored)
//   /name      anchored to the package root
//   name/      folders only
//   *  ?       any run of characters / one character within a path segment; ** any number of segments
// No `!` negation: the manifest, its entry and its readme are always packed, whatever the file says.

export type TIgnoreTest = (relPath: string, isDir: boolean) => boolean;

interface Rule {
  regex: RegExp;
  dirOnly: boolean;
  anchored: boolean;
}

export function parseNexusIgnore(text: string): TIgnoreTest {
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(toRule);
  return (relPath, isDir) => {
    const base = relPath.slice(relPath.lastIndexOf('/') + 1);
    return rules.some((r) => (!r.dirOnly || isDir) && r.regex.test(r.anchored ? relPath : base));
  };
}

function toRule(line: string): Rule {
  const dirOnly = line.endsWith('/');
  let pattern = dirOnly ? line.slice(0, -1) : line;
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  return { regex: globToRegExp(pattern), dirOnly, anchored };
}

function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more whole segments; a trailing `**` matches everything below.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
