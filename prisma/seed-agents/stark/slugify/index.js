// Turns titles into URL slugs (with transliteration) and into headline-style Title Case.
const SPECIAL = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ð: 'd', '&': ' and ', '@': ' at ' };
const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'nor', 'of', 'on', 'or', 'the', 'to', 'up', 'via', 'vs']);

function slug(text, separator, maxLength) {
  const ascii = text
    .toLowerCase()
    .replace(/[ßæœøłđþð&@]/g, (c) => SPECIAL[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let out = ascii.replace(/[^a-z0-9]+/g, separator).replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
  // Cut at a word boundary so a slug never ends in half a word.
  if (maxLength && out.length > maxLength) {
    const cut = out.slice(0, maxLength + 1);
    const at = cut.lastIndexOf(separator);
    out = at > 0 ? cut.slice(0, at) : out.slice(0, maxLength);
  }
  return out;
}

function titleCase(text) {
  const words = text.trim().split(/\s+/);
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      const bare = lower.replace(/[^\p{L}]/gu, '');
      // Keep acronyms and words with inner capitals (iPhone, GraphQL) as written.
      if (/[A-Z].*[A-Z]/.test(word.slice(1)) || /^[A-Z]{2,}\W*$/.test(word) || /^[a-z]+[A-Z]/.test(word)) return word;
      // Small words stay lower case inside a title, but not right after a colon.
      const afterColon = i > 0 && /:$/.test(words[i - 1]);
      if (i > 0 && i < words.length - 1 && !afterColon && SMALL.has(bare)) return lower;
      return lower.replace(/^(\p{L})|([-‐]\p{L})/gu, (m) => m.toUpperCase());
    })
    .join(' ');
}

export async function handle(input) {
  const separator = input.separator ?? '-';
  if (!['-', '_', '.'].includes(separator)) throw new Error('separator must be -, _ or .');
  return {
    slugs: input.texts.map((t) => slug(t, separator, input.maxLength)),
    titles: input.texts.map(titleCase),
  };
}
