/**
 * Language tags as pages declare them. The guess from the text itself is in
 * lang-guess.ts: the full analysis needs it, the first content-script chunk does not.
 */
/** "de-DE" -> "de"; anything that is not a language tag -> null. */
export function normLang(v: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*\s*$/i.exec(v ?? '');
  return m ? m[1].toLowerCase() : null;
}
