import type { DetectionReason, OutletSummary } from '../core/types';
import { t, uiLanguage } from '../shared/i18n';

/** Locale key of a reason code: "og-type-article" -> "reason_og_type_article". */
export const reasonKey = (code: string) => `reason_${code.replace(/[^a-zA-Z0-9]/g, '_')}`;

export function reasonText(r: DetectionReason): string {
  const key = reasonKey(r.code);
  const text = t(key);
  return text === key ? r.code : text;
}

/** Category and type as the report has them, or a breakdown key: any string is looked up the same way. */
export const categoryLabel = (c: string) => t(`category_${c}`);
export const typeLabel = (type: string) => t(`type_${type.replace(/-/g, '_')}`);
export const outletKind = (o: OutletSummary) => (o.type ? typeLabel(o.type) : categoryLabel(o.category));

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
