/**
 * Name keys for the outlet name index. Two levels so that "Der Standard" and
 * "The Standard" stay apart when written in full, while "die New York Times",
 * "NY-Times" or "Süddeutsche" still find their outlet through the loose key.
 */

// Leading articles of de/en/fr/es/it/nl/pt/ca. Only one is stripped, and never the whole name.
const ARTICLES = new Set([
  'the', 'a', 'an', 'der', 'die', 'das', 'den', 'dem', 'des', 'le', 'la', 'les', 'l', 'el', 'los', 'las', 'il', 'lo',
  'gli', 'i', 'de', 'het', 't', 'o', 'os', 'as', 'els', 'un', 'una', 'uno', 'une', 'ein', 'eine',
]);

// Letters NFD does not decompose but readers type without them.
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i', ħ: 'h' };

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

/** Loose key: one leading article dropped, then all separators: "the n-tv" -> "ntv". */
export function looseKey(folded: string): string {
  const sp = folded.indexOf(' ');
  const rest = sp > 0 && ARTICLES.has(folded.slice(0, sp)) ? folded.slice(sp + 1) : folded;
  return rest.replace(/ /g, '');
}
