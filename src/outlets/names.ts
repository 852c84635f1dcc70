/**
 * Name keys for the outlet name index, and the one article list. Two levels so
 * that "Der Standard" and "The Standard" stay apart when written in full, while
 * "die New York Times", "NY-Times" or "Süddeutsche" still find their outlet
 * through the loose key.
 */

/**
 * Leading articles per language (ISO 639-1). An article is dropped only for a
 * language it belongs to: "La Repubblica" (it) loses "La", "i Paper" (en) keeps
 * its "i", which is an article in Italian only.
 */
export const ARTICLES: Readonly<Record<string, readonly string[]>> = {
  de: ['der', 'die', 'das', 'den', 'dem', 'des'],
  en: ['the'],
  fr: ['le', 'la', 'les', 'l'],
  es: ['el', 'la', 'los', 'las'],
  it: ['il', 'lo', 'la', 'l', 'i', 'gli', 'le'],
  nl: ['de', 'het'],
  pt: ['o', 'a', 'os', 'as'],
  ca: ['el', 'la', 'els', 'les', 'l'],
};

const ANY_LANGUAGE = new Set(Object.values(ARTICLES).flat());
const BY_LANGUAGE = new Map(Object.entries(ARTICLES).map(([lang, words]) => [lang, new Set(words)]));

/** Is this folded word a leading article in one of these languages (any language when none are known)? */
export function isArticle(word: string, langs?: readonly string[]): boolean {
  if (!langs?.length) return ANY_LANGUAGE.has(word);
  return langs.some((l) => BY_LANGUAGE.get(l)?.has(word) ?? false);
}

// Letters NFD does not decompose but readers type without them.
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
  ı: 'i',
  ħ: 'h',
};

/** Case, accent and punctuation fold: "L'Équipe" -> "l equipe". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæøœđłþðıħ]/g, (c) => FOLD[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LEAD = /^(\p{L}+)[^\p{L}\p{N}]+(?=[\p{L}\p{N}])/u;
const UPPER = /^\p{Lu}+$/u;

/**
 * Length of the leading article of a name as written ("Die ", "L'", "the "),
 * or 0. Only one article, never the whole name, and an article-shaped word in
 * capitals is an abbreviation ("LA Times", "EL Mundo" stays as written) unless
 * the whole name is in capitals ("DIE ZEIT").
 */
export function leadingArticle(written: string, langs?: readonly string[]): number {
  const m = LEAD.exec(written);
  if (!m || !isArticle(foldName(m[1]), langs)) return 0;
  if (m[1].length > 1 && UPPER.test(m[1]) && written !== written.toUpperCase()) return 0;
  return m[0].length;
}

/** Loose key: the leading article dropped, then case, accents and all separators: "the n-tv" -> "ntv". */
export function looseKey(written: string, langs?: readonly string[]): string {
  return foldName(written.slice(leadingArticle(written, langs))).replace(/ /g, '');
}
