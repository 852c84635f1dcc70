/**
 * Language of a text from its commonest function words: enough to tell the
 * languages Source Lens has attribution rules for, when the page declares none.
 */
const STOPWORDS: Record<string, string[]> = {
  de: [
    'der',
    'die',
    'und',
    'das',
    'ist',
    'nicht',
    'mit',
    'sich',
    'auf',
    'für',
    'dem',
    'den',
    'ein',
    'eine',
    'auch',
    'wird',
    'von',
    'zu',
    'im',
    'dass',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'in',
    'that',
    'it',
    'was',
    'for',
    'on',
    'are',
    'with',
    'as',
    'his',
    'they',
    'be',
    'at',
    'this',
    'have',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'des',
    'est',
    'un',
    'une',
    'du',
    'que',
    'dans',
    'pour',
    'pas',
    'qui',
    'sur',
    'au',
    'avec',
    'il',
    'ce',
    'sont',
  ],
  es: [
    'el',
    'la',
    'de',
    'que',
    'y',
    'en',
    'los',
    'del',
    'se',
    'las',
    'por',
    'un',
    'para',
    'con',
    'una',
    'es',
    'al',
    'lo',
    'como',
    'más',
  ],
  it: [
    'il',
    'di',
    'che',
    'e',
    'la',
    'per',
    'un',
    'in',
    'è',
    'del',
    'della',
    'non',
    'sono',
    'una',
    'con',
    'gli',
    'anche',
    'nel',
    'si',
    'alla',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'op',
    'te',
    'niet',
    'zijn',
    'met',
    'voor',
    'ook',
    'er',
    'maar',
    'om',
    'aan',
    'bij',
    'wordt',
  ],
  pt: [
    'de',
    'que',
    'o',
    'a',
    'do',
    'da',
    'em',
    'um',
    'para',
    'com',
    'não',
    'uma',
    'os',
    'no',
    'se',
    'na',
    'por',
    'mais',
    'as',
    'dos',
  ],
};
const LANGS = Object.keys(STOPWORDS);
/** Word -> the languages listing it: one lookup per word instead of one per word and language. */
const LANGS_OF = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of new Set(STOPWORDS[lang])) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), i]);
});
const WORD = /\p{L}+/gu;
/**
 * Runs that can hold letters once the text is lower case: a-z and everything
 * from U+00AA (the first non-ASCII letter) up, surrogates included. Every
 * \p{L} run lies inside one of them, so splitting the few runs that are not
 * plain a-z with WORD gives exactly WORD's words, without running the Unicode
 * class over the whole sample (several times slower in V8).
 */
const RUN = /[a-z\u00aa-\uffff]+/g;
const ASCII_WORD = /^[a-z]+$/;

export function wordsOf(lower: string): string[] {
  const out: string[] = [];
  for (const run of lower.match(RUN) ?? []) {
    if (ASCII_WORD.test(run)) out.push(run);
    else for (const w of run.match(WORD) ?? []) out.push(w);
  }
  return out;
}

/** Characters read: some 200 words, plenty for function-word counts, and the guess stays cheap on long pages. */
const SAMPLE = 1_200;

export function guessLang(text: string): string | null {
  const words = wordsOf(text.slice(0, SAMPLE).toLowerCase());
  if (words.length < 20) return null;
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const w of words) {
    const langs = LANGS_OF.get(w);
    if (langs) for (const i of langs) hits[i]++;
  }
  // First language with the most hits, as before (ties go to the earlier language).
  let best: string | null = null;
  let bestHits = 0;
  for (let i = 0; i < LANGS.length; i++) {
    if (hits[i] > bestHits) {
      best = LANGS[i];
      bestHits = hits[i];
    }
  }
  return bestHits / words.length > 0.08 ? best : null;
}
