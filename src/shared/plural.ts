import { t, uiLanguage } from './i18n';

/**
 * A message for a count: the key gets the CLDR plural category of `n` for the
 * UI language ("statOutlets_one" / "statOutlets_other"; other languages may add
 * "_few", "_many"), falling back to "_other". `$1` is the number, formatted for
 * the language ("4,997" / "4.997"); `more` fill `$2`….
 */
let rules: Intl.PluralRules | null = null;

export function formatCount(n: number): string {
  return n.toLocaleString(uiLanguage());
}

export function tn(key: string, n: number, ...more: string[]): string {
  rules ??= new Intl.PluralRules(uiLanguage());
  const subs = [formatCount(n), ...more];
  const exact = `${key}_${rules.select(n)}`;
  const text = t(exact, subs);
  return text === exact ? t(`${key}_other`, subs) : text;
}
