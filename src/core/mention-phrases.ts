/**
 * The attribution phrases the mention scan looks for, and their regexes.
 * Scanning every line with these is most of the mention cost, so the
 * alternatives are grouped by first character ("b(?:erichtet…|erief sich)|m(?:…)"):
 * at one position only the alternatives starting with that character can match,
 * and their order is kept, so the matches are exactly those of the flat list;
 * V8 then tries one group per position instead of every alternative.
 */

/**
 * The languages whose articles the scan may read before a name on any page: German and English copy. French,
 * Spanish and Italian phrases follow (ROMANCE_*); on a page in those languages the page's own articles count too
 * (mention-lookup's copyLangs), so "La Repubblica" is not read as "Repubblica" in English copy.
 */
export const PHRASE_LANGS: readonly string[] = ['de', 'en'];

/**
 * French, Spanish and Italian ("Le Monde rapporte", "selon Le Monde", "según El País", "secondo l'ANSA",
 * "a déclaré à l'AFP", "dijo a EFE", "ha detto all'ANSA"). Phrases start with an ASCII letter: the scan
 * stops at ASCII word starts only, so "écrit" or "à" would never be tried.
 */
const ROMANCE_AFTER = [
  'rapporte',
  'rapportait',
  'a rapporté',
  'révèle',
  'a révélé',
  'affirme',
  'indique',
  'a écrit',
  'informó',
  'informa',
  'publicó',
  'publica',
  'reportó',
  'señaló',
  'riporta',
  'ha riportato',
  'scrive',
  'riferisce',
  'rivela',
  'ha rivelato',
];
const TO_FR = ' (?:aux|au|à)';
const TO_ES = ' (?:al|a)';
// "ha detto all'ANSA": the phrase ends before the elided "all'", which the forward scan skips
const TO_IT = "(?: (?:alla|al|ai|a)(?![A-Za-zÀ-ÿ'’]))?";
const ROMANCE_BEFORE = [
  '[Ss]elon',
  "[Dd]['’]après",
  '[Rr]apportée? par',
  '[Cc]itée? par',
  '[Ii]nterrogée? par',
  'auprès (?:du|des|de)',
  '[Dd]ans un entretien (?:accordé )?(?:aux|au|à|avec)',
  'rapporte',
  'révèle',
  'indique',
  ...['déclaré', 'indiqué', 'confié', 'expliqué', 'affirmé', 'précisé', 'raconté'].map((v) => v + TO_FR),
  // "…, a indiqué l'agence Reuters", "a déclaré à l'AFP"
  "a (?:indiqué|rapporté|révélé|affirmé|annoncé|précisé|expliqué|déclaré|confié|raconté)(?: (?:aux|au|à)(?![A-Za-zÀ-ÿ'’]))?",
  '[Ss]egún',
  '[Dd]e acuerdo con',
  '[Cc]itad[oa] por',
  '[Ee]n declaraciones' + TO_ES,
  '[Ee]n (?:una )?entrevista con',
  'informó',
  'publicó',
  'reportó',
  ...['dijo', 'declaró', 'explicó', 'aseguró', 'contó', 'confirmó'].map((v) => v + TO_ES),
  '[Ss]econdo',
  '[Cc]itat[oa] da',
  '[Rr]iportat[oa] da',
  "[Ii]n un['’]intervista" + TO_IT,
  "[Ii]n un['’]intervista con",
  'riporta',
  'scrive',
  'riferisce',
  ...['ha detto', 'ha dichiarato', 'ha spiegato', 'ha raccontato', 'ha confermato', 'ha riferito'].map(
    (v) => v + TO_IT,
  ),
];

/** Verbs that follow the outlet ("X berichtet", "X reported"). Case-sensitive: German verbs are lower case mid-sentence. */

export const AFTER = [
  // the longer ending first: the regex takes the first alternative that matches, and "berichtete" in "berichteten" fails its word end
  'berichtet(?:en|e)?',
  'meldet(?:en|e)?',
  'melden',
  'schreibt',
  'schrieb(?:en)?',
  'schreiben',
  'betont(?:en|e)?',
  'hebt(?: [^\\s]+)? hervor',
  'hob(?: [^\\s]+)? hervor',
  'heben hervor',
  'zitiert(?:en|e)?',
  'erklärt(?:en|e)?',
  'titelt(?:e)?',
  'kommentiert(?:e)?',
  'enthüllt(?:e)?',
  'veröffentlicht(?:e)?',
  'analysiert(?:e)?',
  'zufolge',
  'berief sich',
  'beruft sich',
  'recherchiert(?:e)?',
  'fand heraus',
  'hat (?:zuerst )?berichtet',
  'hatte (?:zuerst )?berichtet',
  'berichten',
  'berichteten',
  // "(?:has |had |first |also )?reported", spelt out so each alternative starts with a plain letter
  'has reported',
  'had reported',
  'first reported',
  'also reported',
  'reported',
  'reports',
  'said',
  'says',
  'noted',
  'notes',
  'wrote',
  'writes',
  'found',
  'revealed',
  'reveals',
  'cited',
  'quoted',
  'quotes',
  'confirmed',
  'stated',
  'claimed',
  'claims',
  'published',
  'obtained',
  'learned',
  'first revealed',
  'added',
  'reporting',
  // a verb more ("verkündete"), and the nouns of a report named after its outlet ("a Reuters report", "a CNN poll", "Associated Press reporters")
  'verkündete',
  'reporters',
  'reporter',
  'report',
  'poll',
  'analysis',
  'investigation',
  'stories',
  'interview',
  // "wie der „Spiegel“ erfuhr", "Das erfuhr der „Tagesspiegel“ aus Koalitionskreisen" (BEFORE)
  'erfuhr(?:en)?',
  // the outlet as publisher of a piece: "X ran a profile of", "X carried a report"
  'ran (?:a|an) (?:profile|story|report|piece|article|interview|editorial|series|headline)',
  'carried (?:a|an) (?:story|report|piece|article|interview)',
  ...ROMANCE_AFTER,
];
/** Phrases the outlet follows ("laut X", "according to X"). A leading "[Ll]" stands for either case. */
export const BEFORE = [
  '[Ll]aut',
  '[Aa]ccording to',
  'told',
  'telling',
  'reported by',
  'cited by',
  'quoted by',
  '[Gg]egenüber',
  '[Nn]ach (?:Angaben|Schätzungen|Darstellung) (?:der|des|von)',
  '[Nn]ach Informationen (?:der|des|von)',
  '[Bb]erichtet(?:en|e)?',
  '[Mm]eldet(?:en|e)?',
  '[Ss]chreibt',
  '[Nn]ach einem Bericht (?:der|des|von)',
  '[Ee]inem Bericht (?:der|des|von)',
  '[Ee]ines Bericht(?:e?s) (?:der|des|von)',
  'Berichten (?:der|des|von)',
  '[Ii]n an interview with',
  '[Ii]m (?:Gespräch|Interview) mit',
  '[Aa]s reported by',
  '[Ii]n a report by',
  '[Ss]chrieb(?:en)?',
  'zitiert(?:en|e)?',
  'a report (?:by|from|in)',
  'an article (?:by|from|in)',
  'speaking to',
  'sprach mit',
  'interview with',
  // English: the outlet as agent or medium ("obtained by", "writing in", "per", "(via …)")
  'obtained by',
  'seen by',
  'reviewed by',
  'compiled by',
  'verified by',
  'conducted by',
  'comment to',
  'commented to',
  'erfuhr(?:en)?',
  // the outlet as the medium of an appearance or an opinion piece: "in an appearance on MSNBC", "in an op-ed for The New York Times"
  'appearance on',
  'appearing on',
  'op-ed (?:for|in)',
  'guest essay (?:for|in)',
  'an essay (?:for|in)',
  'a column (?:for|in)',
  'published by',
  'first reported by',
  'Speaking to',
  '[Ww]riting in',
  'wrote in',
  'per',
  'analysis by',
  'investigation by',
  'review by',
  'survey by',
  'poll by',
  'data by',
  'issued to',
  'statement to',
  'explained to',
  'confirmed to',
  // German noun phrases: "laut Recherchen der", "eine Recherche der", "in einem Interview mit dem", "in der Sendung des", "hieß es bei"
  '[Rr]echerchen? (?:der|des|von)',
  '[Ii]n einem (?:Interview|Gespräch|Podcast|Artikel|Beitrag|Bericht) (?:mit|des|der|bei|von)',
  '[Ii]n der (?:Sendung|Liveübertragung|Dokumentation) (?:des|der|von)',
  '[Ii]m (?:Podcast|Interview|Gespräch) (?:des|der|von|bei)',
  '[Ii]m Interview mit',
  'hieß es (?:in|bei|im|auf)',
  'bestätigte',
  '[Aa]uf (?:die )?(?:Frage|Anfrage) (?:der|des|von)',
  '[Ee]inem Interview (?:mit|des|der)',
  ...ROMANCE_BEFORE,
];

/** "b(?:erichtet|erief sich)|m(?:eldet)": each alternative must start with a letter or a two-letter class like "[Ll]". */
export function byFirstChar(alts: string[]): string {
  const groups = new Map<string, string[]>();
  for (const a of alts) {
    const cls = /^\[(\p{L})(\p{L})\]/u.exec(a);
    if (!cls && !/^\p{L}/u.test(a)) throw new Error(`phrase must start with a letter: ${a}`);
    const heads = cls ? [cls[1], cls[2]] : [a[0]];
    const rest = cls ? a.slice(cls[0].length) : a.slice(1);
    for (const h of heads) groups.set(h, [...(groups.get(h) ?? []), rest]);
  }
  return [...groups].map(([h, rests]) => `${h}(?:${rests.join('|')})`).join('|');
}

// No /u and no lookbehind: word boundaries (letters in any script) are checked on each hit.
export const AFTER_RE = new RegExp(`(?:${byFirstChar(AFTER)})`, 'g');
export const BEFORE_RE = new RegExp(`(?:${byFirstChar(BEFORE)})`, 'g');
// The scan stops only at the start of an ASCII word (\b): the engine skips the inside of words at
// once, twice as fast on page text. A phrase glued to a preceding letter never counted (findMentions
// checks both ends in any script); it no longer hides an overlapping phrase after it either.
const EITHER = new RegExp(`\\b(?:${byFirstChar([...AFTER, ...BEFORE])})`, 'g');
const AFTER_AT = new RegExp(AFTER_RE.source, 'y');
const BEFORE_AT = new RegExp(BEFORE_RE.source, 'y');

export interface PhraseHits {
  /** Start and length of each hit, flat: [start0, len0, start1, len1, …]. */
  after: number[];
  before: number[];
}

/**
 * The matches `t.matchAll(AFTER_RE)` and `t.matchAll(BEFORE_RE)` give at word
 * starts, from one scan of the line: EITHER stops wherever one of them can
 * match, and each is tried there unless its previous match still covers the position.
 */
export function phraseHits(t: string): PhraseHits {
  const after: number[] = [];
  const before: number[] = [];
  let nextAfter = 0;
  let nextBefore = 0;
  EITHER.lastIndex = 0;
  for (let m = EITHER.exec(t); m; m = EITHER.exec(t)) {
    const at = m.index;
    if (at >= nextAfter) nextAfter = hitAt(AFTER_AT, t, at, after, nextAfter);
    if (at >= nextBefore) nextBefore = hitAt(BEFORE_AT, t, at, before, nextBefore);
    EITHER.lastIndex = at + 1;
  }
  return { after, before };
}

function hitAt(re: RegExp, t: string, at: number, out: number[], next: number): number {
  re.lastIndex = at;
  const m = re.exec(t);
  if (!m) return next;
  out.push(at, m[0].length);
  return at + m[0].length;
}
