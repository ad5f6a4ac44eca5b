// Guesses the language of a text (en, de, fr, es, it) from character trigram profiles and common function words.
const SAMPLES = {
  en: [
    'the quick brown fox jumps over the lazy dog.',
    'this is the way we have always done it and we would like to thank you for your order.',
    'please find the invoice attached and let us know if you have any questions about the delivery.',
  ].join(' '),
  de: [
    'der schnelle braune fuchs springt über den faulen hund.',
    'das ist die art, wie wir es immer gemacht haben, und wir möchten uns für ihre bestellung bedanken.',
    'die rechnung finden sie im anhang, bitte melden sie sich bei fragen zur lieferung.',
  ].join(' '),
  fr: [
    'le renard brun rapide saute par-dessus le chien paresseux.',
    'c\'est ainsi que nous avons toujours fait et nous vous remercions pour votre commande.',
    'vous trouverez la facture ci-jointe, n\'hésitez pas à nous contacter pour toute question sur la livraison.',
  ].join(' '),
  es: [
    'el rápido zorro marrón salta sobre el perro perezoso.',
    'así es como siempre lo hemos hecho y queremos agradecerle por su pedido.',
    'encontrará la factura adjunta, no dude en contactarnos si tiene preguntas sobre la entrega.',
  ].join(' '),
  it: [
    'la volpe marrone veloce salta sopra il cane pigro.',
    'è così che abbiamo sempre fatto e vogliamo ringraziarla per il suo ordine.',
    'troverà la fattura in allegato, non esiti a contattarci per qualsiasi domanda sulla consegna.',
  ].join(' '),
};
const FUNCTION_WORDS = {
  en: ['the', 'and', 'is', 'of', 'to', 'you', 'we', 'for', 'with', 'this'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'sie', 'wir', 'mit', 'für'],
  fr: ['le', 'la', 'les', 'et', 'est', 'vous', 'nous', 'pour', 'avec', 'une'],
  es: ['el', 'los', 'las', 'y', 'es', 'que', 'por', 'para', 'con', 'una'],
  it: ['il', 'gli', 'e', 'è', 'che', 'per', 'con', 'una', 'non', 'sono'],
};

function trigrams(text) {
  const counts = new Map();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) counts.set(padded.slice(i, i + 3), (counts.get(padded.slice(i, i + 3)) ?? 0) + 1);
  }
  return counts;
}

function cosine(a, b) {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    dot += v * (b.get(k) ?? 0);
    na += v * v;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

const PROFILES = Object.fromEntries(Object.entries(SAMPLES).map(([lang, text]) => [lang, trigrams(text)]));

export async function handle(input) {
  const grams = trigrams(input.text);
  const words = input.text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return { language: 'und', confidence: 0, scores: {} };
  const scores = {};
  for (const lang of Object.keys(SAMPLES)) {
    const hits = words.filter((w) => FUNCTION_WORDS[lang].includes(w)).length / words.length;
    // Trigrams carry most of the signal; function words break ties between close Romance languages.
    scores[lang] = Math.round((0.7 * cosine(grams, PROFILES[lang]) + 0.3 * Math.min(1, hits * 3)) * 1000) / 1000;
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const margin = ranked[0][1] - ranked[1][1];
  // Relative margin: 1 when only one language scores at all, near 0 when two languages are equally likely.
  const confidence = Math.round((margin / Math.max(ranked[0][1], 1e-9)) * 100) / 100;
  return { language: ranked[0][0], confidence, scores };
}
