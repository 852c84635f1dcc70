/**
 * Press grammar around an outlet name, shared by the mention scan:
 * quotation marks of every kind („Zeit“, «BBC», »Spiegel«, ‚taz‘, "Politico"),
 * German inflection (der Kleinen Zeitung, des Westfälischen Anzeigers) and
 * descriptors before a name (die palästinensische Nachrichtenagentur Wafa,
 * the state-run Xinhua News Agency, the Hong Kong outlet HK01).
 */

/** Quote characters that open or close a quoted name. ’ and ' are left alone: they are apostrophes in names and words. */
const QUOTES = /[„“”"«»‹›‚‘]/g;
export const OPEN_QUOTE = /[„“"«»‹›‚‘]/;
export const CLOSE_QUOTE = /[“”"«»‹›‘’]/;

/** The line with each quotation mark replaced by a space: same length, so every offset still points into the page text. */
export function shadowQuotes(t: string): string {
  return t.replace(QUOTES, ' ');
}

/** Is the span [s, e) of the page text written in quotation marks? */
export function quoted(t: string, s: number, e: number): boolean {
  return (
    (s > 0 && OPEN_QUOTE.test(t[s - 1])) ||
    (e < t.length && CLOSE_QUOTE.test(t[e]) && s > 0 && OPEN_QUOTE.test(t[s - 1] ?? ''))
  );
}

/**
 * The forms a German inflected word may have in the directory: "Kleinen" ->
 * "Kleine", "Westfälischen" -> "Westfälischer", "Anzeigers" -> "Anzeiger",
 * "Spiegels" -> "Spiegel". The written word itself comes first.
 */
export function deinflect(w: string): string[] {
  const out = [w];
  if (w.length < 5 || !/^\p{Lu}/u.test(w) || /^[\p{Lu}\p{N}]+$/u.test(w)) return out;
  if (w.endsWith('en')) out.push(w.slice(0, -1), `${w.slice(0, -2)}er`, `${w.slice(0, -2)}es`);
  else if (w.endsWith('es')) out.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  else if (w.endsWith('er')) out.push(w.slice(0, -1));
  return out;
}

export type DescriptorKind = 'news-agency' | 'broadcaster' | 'magazine' | 'digital-native' | 'newspaper';

/** German nouns for a kind of outlet, as the end of a compound ("Nachrichtenagentur", "Investigativportals", "Online-Zeitung"). */
const DE_NOUN =
  /^(?:\p{Lu}[\p{L}-]*?)?(?:(?:Nachrichten|Presse|Staats|Medien|Wirtschafts|Finanz|Foto|Bild)-?agentur|Agentur|[Ss]ender|[Zz]eitung|[Mm]agazin|[Pp]ortal|[Bb]latt|[Kk]anal|[Nn]etzwerk|[Mm]edium|[Mm]edien|[Ss]eite|[Ff]ernsehen|[Rr]undfunk|[Nn]ewsletter)(?:s|es|n|en)?$/u;
/** French, Spanish and Italian nouns for a kind of outlet, lower case like the English ones ("le quotidien", "el diario", "l'agenzia"; not "journal", which in English copy is a scientific one). */
const ROMANCE_NOUN =
  /^(?:quotidien|hebdomadaire|magazine|agence|chaîne|radio|diario|periódico|semanario|revista|agencia|cadena|emisora|canal|quotidiano|giornale|settimanale|rivista|agenzia|emittente|rete|testata)$/;
/** English nouns for a kind of outlet. */
const EN_NOUN =
  /^(?:news agency|wire service|outlet|news outlet|media outlet|newspaper|paper|daily|tabloid|broadcaster|network|channel|news channel|news site|website|site|magazine|publication|news portal|portal|weekly|station|television|radio)$/i;

export function descriptorKind(noun: string): DescriptorKind | null {
  // German nouns are capitalised; English ones in running text are not ("the outlet", not "Daily" in "Daily Star").
  const de = /^\p{Lu}/u.test(noun) && DE_NOUN.test(noun);
  const n = (
    de ? noun : /^\p{Ll}/u.test(noun) && (EN_NOUN.test(noun) || ROMANCE_NOUN.test(noun)) ? noun : ''
  ).toLowerCase();
  if (!n) return null;
  if (/agentur|agency|wire|agence|agencia|agenzia/.test(n)) return 'news-agency';
  if (
    /sender|kanal|fernsehen|rundfunk|broadcaster|network|channel|station|television|radio|chaîne|cadena|emisora|canal|emittente|rete/.test(
      n,
    )
  )
    return 'broadcaster';
  if (/magazin|magazine|weekly|hebdomadaire|semanario|revista|settimanale|rivista/.test(n)) return 'magazine';
  if (/portal|seite|site|outlet|medium|netzwerk|newsletter|publication/.test(n)) return 'digital-native';
  return 'newspaper';
}

/** Is this word (no article) itself a descriptor: "Tageszeitung", "Nachrichtenagentur"? Then it names a kind, not an outlet. */
export const isDescriptorWord = (w: string): boolean => GENERIC.test(w);
/** A generic word for an outlet, with at most a generic prefix: "Tageszeitung", "Nachrichtenagentur"; not "Handelsblatt", "Abendblatt". */
const GENERIC =
  /^(?:(?:Tages|Wochen|Sonntags|Abend|Morgen|Nachrichten|Boulevard|Lokal|Regional|Fach|Online|Wirtschafts|Fernseh|Radio|Privat|Staats|Presse|Medien)-?)?(?:[Zz]eitung|[Bb]latt|[Mm]agazin|[Ss]ender|[Aa]gentur|[Pp]ortal|[Kk]anal|[Mm]edien)$|^(?:paper|newspaper|daily|tabloid|magazine|broadcaster|network|channel|outlet|website)$/i;

const DET = /^(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines|the|a|an|its|their|his|her|our)$/i;
/** Lower-case adjectives before the noun: "palästinensische", "exilrussischen", "state-run", "Hong Kong" is handled as capitalised words. */
const ADJ = /^(?:\p{Ll}[\p{L}-]*|[\p{Lu}][\p{L}]*(?:ische[nmrs]?|ischen|er))$/u;

export interface Descriptor {
  /** Offset right after the descriptor (where the name begins, spaces skipped). */
  end: number;
  kind: DescriptorKind;
  /** Capitalised words right before the noun: the name in "the Saudi state-owned Al-Arabiya television", "Pakistan’s Geo news channel". */
  caps: { s: number; e: number } | null;
}

/** After leading adjectives ("dem Züricher „Tages-Anzeiger“", "der britischen „Sun“"): where the name may start, or -1. */
export function pastAdjectives(q: string, from: number, lowerToo: boolean, english: boolean): number {
  let at = from;
  for (let n = 0; n < 3; n++) {
    WORD_AT.lastIndex = at;
    const m = WORD_AT.exec(q);
    if (!m) break;
    // English: an article, then lower-case modifiers ("the state-run"); German: the article is already read
    if (english && n === 0 && /^(?:the|a|an)$/i.test(m[0])) {
      at += m[0].length;
      while (q[at] === ' ') at++;
      continue;
    }
    if (
      english
        ? !EN_MODIFIER.test(m[0]) || m[0] === 'journal'
        : !ADJ.test(m[0]) || DET.test(m[0]) || (!lowerToo && !/^\p{Lu}/u.test(m[0]))
    )
      break;
    at += m[0].length;
    while (q[at] === ' ') at++;
  }
  return at === from ? -1 : at;
}

/** English modifiers before a name ("journal" only looks like one: "the journal Science" is a scientific journal): hyphenated ("state-run", "Kremlin-backed" lower-case only) or adjective-shaped ("conservative", "independent", "new"). */
const EN_MODIFIER =
  /^(?:\p{Ll}+-\p{Ll}+|\p{Ll}+(?:ed|al|ian|ese|ish|ic|ive|ous|ful|ent|ant|ary|ern|ist)|new|leading|local|online|popular|influential|respected)$/u;

const ELIDED_AT = /(?:[LlDd]|[Dd]ell|[Aa]ll|[Dd]all|[Nn]ell|[Ss]ull)['’](?=\p{L})/uy;
const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}'’.&+-]*/uy;

/**
 * At `from` (spaces skipped): [determiner] [adjectives, place names] NOUN,
 * e.g. "der britische Sender ", "die palästinensische Nachrichtenagentur ",
 * "the Hong Kong outlet ", "dem Portal ". Null when no descriptor noun comes within five words.
 */
export function readDescriptor(q: string, from: number): Descriptor | null {
  let at = from;
  let caps: { s: number; e: number } | null = null;
  for (let n = 0; n < 6; n++) {
    while (q[at] === ' ') at++;
    // "l'agence", "dell'agenzia": the elided article stands for the determiner
    ELIDED_AT.lastIndex = at;
    if (n === 0 && ELIDED_AT.test(q)) at = ELIDED_AT.lastIndex;
    WORD_AT.lastIndex = at;
    const m = WORD_AT.exec(q);
    if (!m) return null;
    const w = m[0].replace(/[.'’-]+$/, '');
    const two = /^(news|wire|media)$/i.test(w)
      ? /^ ?(agency|service|outlet|channel|site|portal)\b/i.exec(q.slice(at + w.length, at + w.length + 12))
      : null;
    const noun = two ? `${w} ${two[1]}` : w;
    const kind = descriptorKind(noun);
    // "l'agence de presse", "la agencia de noticias", "l'agenzia di stampa": the noun's complement belongs to it
    const of = kind === 'news-agency' && !two ? / (?:de|di) (?:presse|prensa|noticias|stampa|notizie)(?= )/y : null;
    if (of) of.lastIndex = at + w.length;
    const ofLen = of?.exec(q)?.[0].length ?? 0;
    if (kind && (n > 0 || !DET.test(w)))
      return { end: at + (two ? w.length + two[0].length : w.length + ofLen), kind, caps };
    const possessive = /['’]s$/.test(m[0]);
    const cap = /^[\p{Lu}\p{N}]/u.test(w) && !possessive;
    if (!(DET.test(w) && n === 0) && !ADJ.test(w) && !(n > 0 && cap) && !(n === 0 && possessive)) return null;
    caps = cap && n > 0 ? { s: caps && q.slice(caps.e, at).trim() === '' ? caps.s : at, e: at + w.length } : null;
    at += possessive ? m[0].length : w.length;
  }
  return null;
}
