// Estimates how guessable a candidate passphrase is: character pool entropy minus penalties for common patterns.
// Words that top every leaked-password list; attackers try them (and their leet spellings) first.
const COMMON = `password qwerty letmein welcome admin dragon monkey football iloveyou sunshine
  princess summer winter secret login master hello freedom shadow baseball`.split(/\s+/);
// The alphabet is split in two overlapping halves; every run of up to six letters lies inside one of them.
const SEQUENCES = ['abcdefghijklmnop', 'jklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const LEET = { '@': 'a', 4: 'a', 3: 'e', 1: 'i', '!': 'i', 0: 'o', $: 's', 5: 's', 7: 't' };
const LABELS = ['very weak', 'weak', 'fair', 'strong', 'very strong'];

function poolSize(s) {
  let pool = 0;
  if (/[a-z]/.test(s)) pool += 26;
  if (/[A-Z]/.test(s)) pool += 26;
  if (/\d/.test(s)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(s)) pool += 33;
  return pool;
}

export async function handle(input) {
  const candidate = input.candidate;
  const lower = candidate.toLowerCase();
  const unleet = lower.replace(/[@4310!$57]/g, (c) => LEET[c]);
  let bits = candidate.length * Math.log2(Math.max(poolSize(candidate), 1));
  const warnings = [];
  for (const word of COMMON) {
    if (unleet.includes(word)) {
      // A dictionary word costs about as much as guessing it from a 10k-word list, not its letters.
      bits -= word.length * Math.log2(26) - 14;
      warnings.push(`contains the common word "${word}"`);
    }
  }
  for (const seq of SEQUENCES) {
    for (let len = 6; len >= 3; len--) {
      const hit = [...Array(seq.length - len + 1).keys()].map((i) => seq.slice(i, i + len)).find((part) => lower.includes(part));
      if (hit) {
        bits -= (hit.length - 1) * Math.log2(26);
        warnings.push(`contains the sequence "${hit}"`);
        break;
      }
    }
  }
  if (/(.)\1{2,}/.test(candidate)) {
    bits -= 10;
    warnings.push('repeats a character three or more times');
  }
  if (/(19|20)\d{2}/.test(candidate)) {
    bits -= 6;
    warnings.push('contains a year');
  }
  for (const personal of input.userInputs ?? []) {
    if (personal.length >= 3 && lower.includes(personal.toLowerCase())) {
      bits -= personal.length * 4;
      warnings.push('contains personal information');
    }
  }
  bits = Math.max(0, Math.round(bits * 10) / 10);
  const score = bits < 28 ? 0 : bits < 36 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
  const suggestions = [];
  if (candidate.length < 12) suggestions.push('use at least 12 characters');
  if (warnings.length) suggestions.push('avoid common words, sequences, years and personal details');
  if (score < 3 && !/\s/.test(candidate)) suggestions.push('a passphrase of four or more random words is easier to remember');
  return { score, label: LABELS[score], entropyBits: bits, length: candidate.length, warnings, suggestions };
}
