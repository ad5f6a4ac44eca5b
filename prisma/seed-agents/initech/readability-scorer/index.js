// Scores English readability: Flesch reading ease, Flesch–Kincaid grade, and the sentences that drag the score down.
function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  // Drop a silent final e (but keep "-le" as in "table") and common silent endings, then count vowel groups.
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]).replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

const LEVELS = [
  [90, 'very easy'], [80, 'easy'], [70, 'fairly easy'], [60, 'plain English'],
  [50, 'fairly difficult'], [30, 'difficult'], [-Infinity, 'very difficult'],
];
const round = (n) => Math.round(n * 10) / 10;

export async function handle(input) {
  const sentences = input.text.split(/(?<=[.!?])\s+|\n{2,}/).map((s) => s.trim()).filter((s) => /[a-z]/i.test(s));
  const words = input.text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  if (!words.length) throw new Error('text has no words');
  const syllableCount = words.reduce((s, w) => s + syllables(w), 0);
  const wordsPerSentence = words.length / Math.max(1, sentences.length);
  const syllablesPerWord = syllableCount / words.length;
  const ease = round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord);
  const grade = round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59);
  const longSentences = sentences
    .map((s, index) => ({ index, words: (s.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).length }))
    .filter((s) => s.words > (input.longSentenceWords ?? 25));
  return {
    sentences: sentences.length,
    words: words.length,
    syllables: syllableCount,
    fleschReadingEase: ease,
    fleschKincaidGrade: grade,
    level: LEVELS.find(([min]) => ease >= min)[1],
    longSentences,
  };
}
