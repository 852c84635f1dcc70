import type { DetectionReason, OutletSummary } from '../core/types';
import { siteKey } from '../outlets/site-key';
import { t, typeLabel, uiLanguage } from '../shared/i18n';

export { typeLabel };

/** Locale key of a reason code: "og-type-article" -> "reason_og_type_article". */
export const reasonKey = (code: string) => `reason_${code.replace(/[^a-zA-Z0-9]/g, '_')}`;

export function reasonText(r: DetectionReason): string {
  const key = reasonKey(r.code);
  const text = t(key);
  return text === key ? r.code : text;
}

export const categoryLabel = (c: string) => t(`category_${c}`);
export const outletKind = (o: OutletSummary): string => (o.type ? typeLabel(o.type) : categoryLabel(o.category));

export { countryName } from '../shared/country';

export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return d.toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'short', day: 'numeric' });
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The page's site as the reader sees it and as "turn off on this site" stores it: "www.example.com." -> "example.com". */
export function siteOf(url: string): string {
  return siteKey(hostOf(url));
}
